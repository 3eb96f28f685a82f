package nl.stip.plans;

import java.time.Instant;

/**
 * A plan moved from phase {@code from} to phase {@code to} (API keys such as {@code application}), by
 * {@code changedBy} (principal name). Published inside the transaction of the move: a move that is rolled back tells
 * nobody.
 */
public record PlanPhaseChanged(long planId, String from, String to, String changedBy, Instant at) {
}
