package nl.stip.accounts;

import java.time.Duration;

/** A login attempt that must wait (429 with Retry-After); a mailed login link is the way in meanwhile. */
class LoginThrottledException extends RuntimeException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins. Try again in " + seconds(wait) + " seconds, or ask for a login link by mail (POST /api/v1/auth/login-link).");
        this.wait = wait;
    }

    /** Whole seconds, rounded up, at least 1: the Retry-After value. */
    long retryAfterSeconds() {
        return seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
