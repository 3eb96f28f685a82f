package nl.stip.participation;

import java.time.Instant;

/** A contribution was hidden, by a planner or automatically after reports ({@code automatic}). */
public record ContributionHidden(long roundId, long contributionId, String authorEmail, String reason, boolean automatic,
                                 String hiddenBy, Instant at) {
}
