package nl.stip.voting;

import java.time.Instant;

/** A ballot was cast or changed in a round ({@code first}: the voter's first ballot there); no voter is named. */
public record BallotCast(long roundId, boolean first, long ballots, Instant at) {
}
