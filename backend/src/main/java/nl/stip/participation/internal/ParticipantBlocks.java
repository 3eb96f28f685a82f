package nl.stip.participation.internal;

/**
 * Whether a participant is blocked from a round (moderation implements it; its table is its own). Every bean of this
 * type is asked; without one nobody is blocked.
 */
public interface ParticipantBlocks {

    boolean isBlocked(long roundId, String email);
}
