package nl.stip.platform.web;

/** The requested thing does not exist; answered as 404 problem details. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
