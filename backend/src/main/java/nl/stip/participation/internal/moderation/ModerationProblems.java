package nl.stip.participation.internal.moderation;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Moderation's refusals, each with a stable code and a Dutch message (B1), and its plain-text checks. */
final class ModerationProblems {

    static final int MAX_REASON = 500;
    static final int MAX_APPEAL = 2000;

    private ModerationProblems() {
    }

    static NotFoundException noContribution(long id) {
        return new NotFoundException("There is no contribution " + id + ".");
    }

    static NotFoundException noRound(long id) {
        return new NotFoundException("There is no round " + id + ".");
    }

    static ProblemException conflict(String code, String dutch) {
        return new ProblemException(HttpStatus.CONFLICT, code, dutch);
    }

    static ProblemException forbidden(String code, String dutch) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, dutch);
    }

    static ProblemException plannerOnly() {
        return forbidden("planner-only", "Alleen de gemeente kan dit doen.");
    }

    static ProblemException anotherPlanner() {
        return forbidden("another-planner", "U hebt deze bijdrage zelf verborgen. Een andere medewerker beslist over het bezwaar.");
    }

    /** Plain text, stripped, 1 to {@code max} characters, no control characters but line breaks and tabs. */
    static String text(String field, String input, int max, boolean required) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidParameterException(field, "the " + field + " is empty: write 1 to " + max + " characters");
            }
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new InvalidParameterException(field, "the " + field + " has " + length + " characters; at most " + max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidParameterException(field, "the " + field + " holds a control character (such as NUL); send plain text");
        }
        return text;
    }
}
