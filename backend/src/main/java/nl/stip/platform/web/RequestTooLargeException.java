package nl.stip.platform.web;

/** A request body is larger than the endpoint accepts; answered as 413 problem details. */
public class RequestTooLargeException extends RuntimeException {
    public RequestTooLargeException(String message) {
        super(message);
    }
}
