package nl.stip.sharing.internal;

import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A refused sharing request that names the field it is about (answered with {@code code} and {@code parameter}). */
class SharingProblem extends ProblemException {

    final String parameter;

    SharingProblem(HttpStatus status, String code, String parameter, String message) {
        super(status, code, message);
        this.parameter = parameter;
    }
}
