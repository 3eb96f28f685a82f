package nl.stip.participation;

import java.time.Instant;

/** The author of a hidden contribution appealed (once); a planner other than {@code hiddenBy} decides. */
public record AppealFiled(long roundId, long contributionId, long appealId, String authorEmail, String hiddenBy, Instant at) {
}
