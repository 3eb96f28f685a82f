package nl.stip.participation.internal.live;

import nl.stip.participation.internal.RoundDelta;
import nl.stip.participation.internal.RoundDraft;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends every change of a round to {@code /topic/rounds.{id}} as {@code {"seq", "type", "data"}}, once the
 * transaction that stored it has committed (stored before broadcast: a rolled-back change is never sent). Not an
 * event-publication-registry listener on purpose: a delta lost with a crashed instance is found by the clients as a
 * gap (or on reconnect) and fetched from {@code /changes}; storing a publication per delta would double the writes.
 */
@Component
@ConditionalOnWebApplication
class RoundBroadcaster {

    /** The message body on the round's topic. */
    record LiveDelta(long seq, String type, Object data) {
    }

    /** The message body on the round's drafts topic (not stored, no sequence number). */
    record LiveDraft(String type, Object data) {
    }

    private final SimpMessagingTemplate broker;

    RoundBroadcaster(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventListener
    void stored(RoundDelta delta) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(delta);
                }
            });
        } else {
            send(delta);
        }
    }

    @EventListener
    void draft(RoundDraft draft) {
        Runnable send = () -> broker.convertAndSend(RoundTopics.drafts(draft.roundId()), new LiveDraft(draft.type(), draft.publicPayload()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(RoundDelta delta) {
        broker.convertAndSend(RoundTopics.round(delta.roundId()), new LiveDelta(delta.seq(), delta.type(), delta.publicPayload()));
    }
}
