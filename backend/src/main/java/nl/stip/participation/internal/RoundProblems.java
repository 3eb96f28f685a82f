package nl.stip.participation.internal;

import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The refusals of participation, each with a stable code and a Dutch message (B1) the viewer may show as it is. */
final class RoundProblems {

    private RoundProblems() {
    }

    static NotFoundException noRound(long id) {
        return new NotFoundException("There is no round " + id + ".");
    }

    static NotFoundException noContribution(long id) {
        return new NotFoundException("There is no contribution " + id + ".");
    }

    static ProblemException notOpen(String state) {
        String why = switch (state) {
            case "draft" -> "Deze ronde is nog niet geopend. U kunt nog niet meedoen.";
            case "closed", "reported" -> "Deze ronde is gesloten. U kunt niet meer reageren.";
            default -> "Deze ronde is niet open.";
        };
        return new ProblemException(HttpStatus.CONFLICT, "round-not-open", why);
    }

    static ProblemException conflict(String code, String dutch) {
        return new ProblemException(HttpStatus.CONFLICT, code, dutch);
    }

    static ProblemException forbidden(String code, String dutch) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, dutch);
    }

    static ProblemException notParticipant() {
        return forbidden("not-participant", "Aan deze ronde doen alleen bevestigde bewoners mee die het plan raakt.");
    }

    static ProblemException loginRequired() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "login-required", "Log in om deze ronde te lezen: zij is alleen voor wie het plan raakt.");
    }

    static ProblemException blocked() {
        return forbidden("blocked", "U bent voor deze ronde geblokkeerd door de gemeente.");
    }

    static ProblemException plannerOnly() {
        return forbidden("planner-only", "Alleen de gemeente kan dit doen.");
    }
}
