package nl.stip.participation.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The order and pace of a round's deltas leaving an instance: never overtaking, batched within the window. */
class DeltaOutboxTest {

    private final List<List<Long>> frames = new ArrayList<>();
    private final List<Runnable> planned = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private DeltaOutbox outbox(Duration window) {
        return new DeltaOutbox((round, batch) -> frames.add(batch.stream().map(DeltaOutbox.Ready::seq).toList()),
                (delay, task) -> planned.add(task), window, clock::get);
    }

    private void later(Duration d) {
        clock.addAndGet(d.toNanos());
        List<Runnable> due = new ArrayList<>(planned);
        planned.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void aLaterCommitWaitsForAnEarlierNumberStillInFlightOnThisInstance() {
        DeltaOutbox outbox = outbox(Duration.ZERO);
        outbox.taken(1, 5);
        outbox.taken(1, 6);
        outbox.committed(1, 6, "six");   // 6's thread got to its afterCommit first
        assertThat(frames).isEmpty();
        outbox.committed(1, 5, "five");
        assertThat(frames).containsExactly(List.of(5L, 6L));
    }

    @Test
    void aRolledBackNumberNoLongerHoldsTheOthersBack() {
        DeltaOutbox outbox = outbox(Duration.ZERO);
        outbox.taken(1, 7);
        outbox.taken(1, 8);
        outbox.committed(1, 8, "eight");
        outbox.rolledBack(1, 7);
        assertThat(frames).containsExactly(List.of(8L));
    }

    @Test
    void numbersTakenOnAnotherInstanceAreNotWaitedFor() {
        DeltaOutbox outbox = outbox(Duration.ZERO);
        outbox.committed(1, 3, "three");
        outbox.committed(1, 9, "nine");
        assertThat(frames).containsExactly(List.of(3L), List.of(9L));
    }

    @Test
    void theFirstDeltaAfterAQuietWindowGoesAtOnceAndTheNextOnesGoTogetherAtTheWindowsEnd() {
        DeltaOutbox outbox = outbox(Duration.ofMillis(100));
        outbox.committed(1, 1, "one");
        assertThat(frames).containsExactly(List.of(1L));
        clock.addAndGet(Duration.ofMillis(10).toNanos());
        outbox.committed(1, 2, "two");
        outbox.committed(1, 3, "three");
        assertThat(frames).hasSize(1);
        assertThat(planned).hasSize(1);
        later(Duration.ofMillis(90));
        assertThat(frames).containsExactly(List.of(1L), List.of(2L, 3L));
        later(Duration.ofMillis(200));
        outbox.committed(1, 4, "four");
        assertThat(frames).last().isEqualTo(List.of(4L));
    }

    @Test
    void roundsDoNotHoldEachOtherBack() {
        DeltaOutbox outbox = outbox(Duration.ZERO);
        outbox.taken(1, 5);
        outbox.committed(2, 1, "other round");
        assertThat(frames).containsExactly(List.of(1L));
    }
}
