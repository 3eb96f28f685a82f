package nl.stip.participation;

import java.time.Instant;

/**
 * A hidden contribution is visible again: its hide was undone, or an appeal or a planner's review of an automatic hide
 * restored it ({@code restoredBy} the planner).
 */
public record ContributionRestored(long roundId, long contributionId, String authorEmail, String restoredBy, Instant at) {
}
