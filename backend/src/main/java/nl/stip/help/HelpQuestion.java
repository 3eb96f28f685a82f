package nl.stip.help;

import java.time.Instant;

/**
 * A question in the planners' inbox: what was asked, the link of the view it was asked from, the panel, who asked
 * ({@code askedBy}: the account's e-mail address; null for a visitor without account) and where to answer
 * ({@code contactEmail}: the account's or the address an anonymous visitor left, or null), and whether it is handled.
 */
public record HelpQuestion(long id, String question, String link, String panel, String askedBy, String contactEmail,
                           Instant askedAt, boolean handled, Instant handledAt, String handledBy) {

    /** The body of {@code POST /api/v1/help}. {@code email} is optional: where an anonymous visitor wants the answer. */
    record Ask(String question, String link, String panel, String email) {
    }

    /** The answer to a question sent. */
    record Asked(long id, Instant askedAt) {
    }
}
