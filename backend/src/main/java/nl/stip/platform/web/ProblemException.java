package nl.stip.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be served for a reason the caller should know, with a status and a stable machine-readable
 * {@code code} (the web app maps the code to a Dutch text); answered as problem details.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** With further members of the answer the caller should know, e.g. {@code parameter} naming the field. */
    public ProblemException(HttpStatus status, String code, String message, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
