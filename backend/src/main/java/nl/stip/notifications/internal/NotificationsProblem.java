package nl.stip.notifications.internal;

import java.util.Map;

import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A refused notifications request that names the field it is about (answered with {@code code} and {@code parameter}). */
class NotificationsProblem extends ProblemException {

    NotificationsProblem(HttpStatus status, String code, String parameter, String message) {
        super(status, code, message, parameter == null ? Map.of() : Map.of("parameter", parameter));
    }
}
