package nl.stip.participation.internal;

/**
 * A message for a round's readers that is not part of its record (a variant still being shaped): published in-process
 * by {@link RoundGateService#sendDraft}; the live side sends it to {@code /topic/rounds.{id}.drafts} after commit.
 */
public record RoundDraft(long roundId, String type, Object publicPayload) {
}
