package nl.stip.participation;

import org.springframework.security.core.Authentication;

/**
 * The one door other modules (variants, voting, reporting) use to act inside a round: the same access rule, the same
 * refusals (404/401/403/409 problem details, Dutch messages) and the same sequenced delta log as the round's own
 * reactions, so a variant saved or a result changed reaches the live clients in order, stored before broadcast.
 */
public interface RoundGate {

    /** The round when the caller may read its contents; else 404 (may not know it), 401 (visitor) or 403. */
    RoundSummary readable(long roundId, Authentication who);

    /** The round when the caller may write in it now: readable, a participant, not blocked, and the round open (else 409). */
    RoundSummary writable(long roundId, Authentication who);

    /**
     * As {@link #writable}, then takes the round's row lock and checks again that it is still open; must run inside the
     * caller's transaction (the lock orders the round's changes until it commits). Take it last, just before the write.
     */
    RoundSummary lockWritable(long roundId, Authentication who);

    /** The round for a planner (any state); 404 when there is no round, 403 for anyone not a planner. */
    RoundSummary forPlanner(long roundId, Authentication who);

    /** Whether the caller may read the round's contents (for live subscriptions and lists); never throws. */
    boolean mayRead(long roundId, Authentication who);

    /** Whether the caller is a planner of the municipality. */
    boolean isPlanner(Authentication who);

    /** Whether the caller owns the round's plan or is one of its members (or a planner). */
    boolean inCircle(long roundId, Authentication who);

    /**
     * Appends a change to the round's delta log (the next sequence number, in the caller's transaction) and sends
     * {@code {"seq", "type", "data": publicPayload}} to {@code /topic/rounds.{id}} after commit. The payload must hold
     * nothing the public may not see. Returns the sequence number.
     */
    long append(long roundId, String type, Object publicPayload);

    /**
     * Sends a message that is not part of the record (e.g. a variant still being shaped) to
     * {@code /topic/rounds.{id}.drafts} after the current transaction commits (at once outside one): readers of the round
     * may subscribe; nothing is stored, a client that was away simply misses it.
     */
    void sendDraft(long roundId, String type, Object publicPayload);
}
