package nl.stip.platform.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request that must wait: answered 429 with a {@code Retry-After} header (whole seconds, at least 1), the same number
 * as {@code retryAfter}, the stable {@code code} and any further properties the caller should know (e.g. a way in
 * meanwhile). The one way every rate limit and throttle answers.
 */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, String message, Duration wait, Map<String, Object> properties) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, message, properties);
        this.retryAfterSeconds = seconds(wait);
    }

    public TooManyRequestsException(String code, String message, Duration wait) {
        this(code, message, wait, Map.of());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole seconds, rounded up, at least 1. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
