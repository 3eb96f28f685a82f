package nl.stip.participation.internal.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * The order and the pace in which a round's committed deltas leave this instance.
 * <p><b>Order.</b> The round's row lock orders the commits, but each transaction sends after its own commit, in its own
 * thread: a later delta could overtake an earlier one on the wire. So a delta is registered when its sequence number
 * is taken ({@link #taken}), and a committed delta waits until every smaller number this instance took has committed
 * or rolled back. Numbers taken on other instances are not waited for (the clients' gap rule covers them).
 * <p><b>Pace.</b> Under load, sending every delta to every subscriber as its own frame costs a frame per delta per
 * client; so at most one frame per round leaves per {@code window}: the first delta after a quiet window goes at once,
 * the ones that follow within the window go together in one frame. With a window of 0 every delta goes alone.
 */
final class DeltaOutbox {

    /** One committed delta, ready to go. */
    record Ready(long seq, Object message) {
    }

    private final class Round {
        final TreeSet<Long> inFlight = new TreeSet<>();
        final TreeMap<Long, Object> ready = new TreeMap<>();
        long lastFlush = Long.MIN_VALUE / 2;
        boolean flushPlanned;
    }

    private final Map<Long, Round> rounds = new HashMap<>();
    private final BiConsumer<Long, List<Ready>> send;
    /** Runs a task after a delay (the broker's task scheduler; a hand-driven clock in tests). */
    interface Later {
        void after(Duration delay, Runnable task);
    }

    private final Later later;
    private final LongSupplier nanoClock;
    private final long windowNanos;

    /** {@code send} gets the round and its deltas in sequence order (one or more), called under the outbox's lock. */
    DeltaOutbox(BiConsumer<Long, List<Ready>> send, Later later, Duration window, LongSupplier nanoClock) {
        this.send = send;
        this.later = later;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The sequence number was taken in a transaction on this instance (not yet committed). */
    synchronized void taken(long roundId, long seq) {
        rounds.computeIfAbsent(roundId, id -> new Round()).inFlight.add(seq);
    }

    /** The transaction that took the number committed: the delta may go once all smaller numbers taken here are settled. */
    synchronized void committed(long roundId, long seq, Object message) {
        Round round = rounds.computeIfAbsent(roundId, id -> new Round());
        round.inFlight.remove(seq);
        round.ready.put(seq, message);
        sendDue(roundId, round);
    }

    /** The transaction rolled back: its number was given back and will be taken again. */
    synchronized void rolledBack(long roundId, long seq) {
        Round round = rounds.get(roundId);
        if (round != null) {
            round.inFlight.remove(seq);
            sendDue(roundId, round);
        }
    }

    /**
     * Sends what may go now, or plans a flush at the window's end. Sending happens under the outbox's lock: handing a
     * frame to the broker is quick (the simple broker queues it per session; with RabbitMQ the bridge queues it for its
     * one sender thread), and it keeps two threads from overtaking each other on the wire.
     */
    private void sendDue(long roundId, Round round) {
        if (sendable(round).isEmpty() || round.flushPlanned) {
            forgetIfIdle(roundId, round);
            return;
        }
        long now = nanoClock.getAsLong();
        long next = round.lastFlush + windowNanos;
        if (now >= next) {
            round.lastFlush = now;
            send.accept(roundId, take(round));
            return;
        }
        round.flushPlanned = true;
        later.after(Duration.ofNanos(next - now), () -> flush(roundId));
    }

    private synchronized void flush(long roundId) {
        Round round = rounds.get(roundId);
        if (round == null) {
            return;
        }
        round.flushPlanned = false;
        List<Ready> batch = take(round);
        if (batch.isEmpty()) {
            forgetIfIdle(roundId, round);
            return;
        }
        round.lastFlush = nanoClock.getAsLong();
        send.accept(roundId, batch);
    }

    /** The ready deltas below the smallest number still in flight here, in order. */
    private static List<Long> sendable(Round round) {
        Long blocking = round.inFlight.isEmpty() ? null : round.inFlight.first();
        List<Long> seqs = new ArrayList<>();
        for (Long seq : round.ready.keySet()) {
            if (blocking != null && seq > blocking) {
                break;
            }
            seqs.add(seq);
        }
        return seqs;
    }

    private static List<Ready> take(Round round) {
        List<Ready> batch = new ArrayList<>();
        for (Long seq : sendable(round)) {
            batch.add(new Ready(seq, round.ready.remove(seq)));
        }
        return batch;
    }

    private void forgetIfIdle(long roundId, Round round) {
        if (round.inFlight.isEmpty() && round.ready.isEmpty() && !round.flushPlanned
                && nanoClock.getAsLong() - round.lastFlush >= windowNanos) {
            rounds.remove(roundId);
        }
    }

}
