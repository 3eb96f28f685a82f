package nl.stip.participation;

import java.time.Instant;

/** What other modules may know of a round (through {@link Rounds}). */
public record RoundSummary(long id, long planId, String title, String state, String audience, String moderation,
                           Instant startsAt, Instant endsAt, Instant openedAt, Instant closedAt, long lastSeq,
                           boolean allowVariants, boolean allowVotes, boolean allowBudget) {

    public boolean open() {
        return "open".equals(state);
    }
}
