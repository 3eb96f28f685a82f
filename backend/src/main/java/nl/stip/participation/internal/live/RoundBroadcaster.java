package nl.stip.participation.internal.live;

import java.time.Duration;
import java.util.List;

import nl.stip.participation.internal.RoundDelta;
import nl.stip.participation.internal.RoundDraft;
import nl.stip.platform.AfterCommit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends every change of a round to {@code /topic/rounds.{id}} as {@code {"seq", "type", "data"}} — or, when several
 * follow each other within the batch window ({@code stip.live.batch-window}, default 100 ms), as one frame
 * {@code {"batch": [{"seq", "type", "data"}, …]}} in sequence order — once the transaction that stored it has committed
 * (stored before broadcast: a rolled-back change is never sent), never overtaking an earlier change of this instance
 * ({@link DeltaOutbox}). Not an event-publication-registry listener on purpose: a delta lost with a crashed instance is
 * found by the clients as a gap (or on reconnect) and fetched from {@code /changes}; storing a publication per delta
 * would double the writes.
 */
@Component
@ConditionalOnWebApplication
class RoundBroadcaster {

    /** The message body on the round's topic. */
    record LiveDelta(long seq, String type, Object data) {
    }

    /** Several deltas of the round in one frame, in sequence order. */
    record LiveBatch(List<Object> batch) {
    }

    /** The message body on the round's drafts topic (not stored, no sequence number). */
    record LiveDraft(String type, Object data) {
    }

    private final SimpMessagingTemplate broker;
    private final DeltaOutbox outbox;

    RoundBroadcaster(SimpMessagingTemplate broker, @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler,
                     @Value("${stip.live.batch-window:100ms}") Duration window) {
        this.broker = broker;
        this.outbox = new DeltaOutbox(this::send, (delay, task) -> scheduler.schedule(task, java.time.Instant.now().plus(delay)), window, System::nanoTime);
    }

    @EventListener
    void stored(RoundDelta delta) {
        LiveDelta message = new LiveDelta(delta.seq(), delta.type(), delta.publicPayload());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            outbox.committed(delta.roundId(), delta.seq(), message);
            return;
        }
        outbox.taken(delta.roundId(), delta.seq());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    outbox.committed(delta.roundId(), delta.seq(), message);
                } else {
                    outbox.rolledBack(delta.roundId(), delta.seq());
                }
            }
        });
    }

    @EventListener
    void draft(RoundDraft draft) {
        Runnable send = () -> broker.convertAndSend(RoundTopics.drafts(draft.roundId()), new LiveDraft(draft.type(), draft.publicPayload()));
        AfterCommit.run(send);
    }

    private void send(long roundId, List<DeltaOutbox.Ready> deltas) {
        Object body = deltas.size() == 1 ? deltas.get(0).message() : new LiveBatch(deltas.stream().map(DeltaOutbox.Ready::message).toList());
        broker.convertAndSend(RoundTopics.round(roundId), body);
    }
}
