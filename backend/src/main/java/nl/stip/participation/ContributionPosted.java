package nl.stip.participation;

import java.time.Instant;

/** Someone put a contribution in a round: {@code kind} reaction, reply or initiator-answer. */
public record ContributionPosted(long roundId, long contributionId, String kind, String authorEmail, Instant at) {
}
