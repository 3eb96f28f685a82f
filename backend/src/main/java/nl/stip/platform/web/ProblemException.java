package nl.stip.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served for a reason the caller should know, with a status and a stable machine-readable
 * {@code code} (the web app maps the code to a Dutch text); answered as problem details.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ProblemException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
