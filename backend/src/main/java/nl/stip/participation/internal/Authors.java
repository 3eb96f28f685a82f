package nl.stip.participation.internal;

import nl.stip.accounts.AccountDirectory;
import nl.stip.participation.internal.RoundViews.Author;
import org.springframework.stereotype.Component;

/**
 * How an author is shown: publicly only by their part ("Initiatiefnemer", "Gemeente", "Deelnemer"), {@code mine} for
 * the viewer's own; planners also get the name and e-mail address.
 */
@Component
class Authors {

    static final String INITIATOR = "initiator";
    static final String PLANNER = "planner";
    static final String PARTICIPANT = "participant";

    private final AccountDirectory accounts;

    Authors(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    static String label(String role) {
        return switch (role) {
            case INITIATOR -> "Initiatiefnemer";
            case PLANNER -> "Gemeente";
            default -> "Deelnemer";
        };
    }

    /** The public author (as a delta carries it: no {@code mine}, no name). */
    static Author publicAuthor(String role) {
        return new Author(label(role), role, null, null, null);
    }

    /** The author as {@code viewer} (null: anonymous) sees them. */
    Author seenBy(String role, String email, String viewer, boolean viewerIsPlanner) {
        boolean mine = viewer != null && viewer.equals(email);
        if (viewerIsPlanner) {
            return new Author(label(role), role, mine, accounts.displayName(email).orElse(null), email);
        }
        return new Author(label(role), role, mine, null, null);
    }
}
