package nl.stip.participation;

import java.time.Instant;

/** A participant reported a contribution as abuse; {@code reports} distinct reporters so far. */
public record ContributionReported(long roundId, long contributionId, int reports, Instant at) {
}
