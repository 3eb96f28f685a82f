package nl.stip.platform.database;

/** No PostGIS could be found or started; the message says what to install or configure. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
