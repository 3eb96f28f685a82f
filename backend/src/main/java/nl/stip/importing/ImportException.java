package nl.stip.importing;

/** A file cannot be imported; the message says what was wrong and where. Nothing of the import is kept. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
