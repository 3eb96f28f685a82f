package nl.stip.participation.internal;

/**
 * One change of a round, as the public may see it: published in-process inside the transaction that stored it (by
 * {@link RoundChangeLog#append}); the live broadcaster sends it to {@code /topic/rounds.{id}} after commit as
 * {@code {"seq": N, "type": "...", "data": publicPayload}}. {@code publicPayload} is a JSON-serialisable object (a
 * record or a map).
 */
public record RoundDelta(long roundId, long seq, String type, Object publicPayload) {
}
