package nl.stip.participation;

import java.time.Instant;

/** A planner approved a pending contribution (pre-moderation): it is published now. */
public record ContributionApproved(long roundId, long contributionId, String kind, String authorEmail, String approvedBy, Instant at) {
}
