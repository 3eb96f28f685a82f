package nl.stip.participation;

import java.time.Instant;

/** What other modules may know of a contribution (through {@link ContributionFacts}): the facts, no access decision. */
public record ContributionSummary(long id, long roundId, long planId, String roundTitle, String kind, Long parentId, String authorEmail,
                                  String status, String text, Instant createdAt) {

    public boolean published() {
        return "published".equals(status);
    }
}
