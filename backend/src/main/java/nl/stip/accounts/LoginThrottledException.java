package nl.stip.accounts;

import java.time.Duration;
import java.util.Map;

import nl.stip.platform.web.TooManyRequestsException;

/** A login attempt that must wait (429 with Retry-After); a mailed login link is the way in meanwhile. */
class LoginThrottledException extends TooManyRequestsException {

    LoginThrottledException(Duration wait) {
        super("too-many-attempts", "Too many failed logins. Try again in " + seconds(wait)
                + " seconds, or ask for a login link by mail (POST /api/v1/auth/login-link).", wait, Map.of("hint", "login-link"));
    }
}
