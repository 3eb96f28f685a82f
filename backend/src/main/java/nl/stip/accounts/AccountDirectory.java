package nl.stip.accounts;

import java.util.List;
import java.util.Optional;

/** What other modules may know about accounts without reading the accounts' tables. */
public interface AccountDirectory {

    /** The e-mail addresses of the verified planners (case managers), for mail meant for the municipality. */
    List<String> plannerEmails();

    /** The display name of the account with this e-mail address, if there is one. */
    Optional<String> displayName(String email);

    /** The address as accounts are keyed (trimmed, lower case), or null when it is not an e-mail address. */
    String validEmail(String input);
}
