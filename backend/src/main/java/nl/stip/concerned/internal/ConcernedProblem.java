package nl.stip.concerned.internal;

import java.util.Map;

import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A refused request of the concerned module, with its stable {@code code} and the {@code parameter} it is about. */
class ConcernedProblem extends ProblemException {

    ConcernedProblem(HttpStatus status, String code, String parameter, String message) {
        super(status, code, message, parameter == null ? Map.of() : Map.of("parameter", parameter));
    }
}
