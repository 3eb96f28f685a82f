package nl.stip.participation.internal.moderation;

import nl.stip.participation.AppealFiled;
import nl.stip.participation.ContributionModerated;
import nl.stip.participation.ContributionPosted;
import nl.stip.participation.ContributionReported;
import nl.stip.participation.internal.moderation.ModerationViews.QueueItem;
import nl.stip.platform.AfterCommit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * The planners' moderation queue live, on {@link #TOPIC} (planners only, {@link ModerationQueueGuard}): when an item
 * comes into the queue (posted under pre-moderation, reported, appealed) or a decision or its undo changes it, the item as the
 * queue shows it now ({@code queued}), or {@code settled} when it left the queue. Read in the writing transaction (it
 * sees its own writes) and sent after commit, so nothing is pushed that was not stored. A missed message is caught up
 * by {@code GET /api/v1/moderation/queue}, which stays the record.
 */
@Component
@ConditionalOnWebApplication
class ModerationQueueFeed {

    static final String TOPIC = "/topic/moderation.queue";

    /** An undo put an item back as it was (into the queue, or out of it): inside moderation only. */
    record Undone(long roundId, long contributionId) {
    }

    /** {@code queued} with the item, or {@code settled} (item null). */
    record QueueSignal(String type, long roundId, long contributionId, QueueItem item) {
    }

    private final ModerationQueue queue;
    private final JdbcClient jdbc;
    private final SimpMessagingTemplate broker;

    ModerationQueueFeed(ModerationQueue queue, JdbcClient jdbc, SimpMessagingTemplate broker) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.broker = broker;
    }

    @EventListener
    void posted(ContributionPosted event) {
        // under post-moderation a new item is published and not in the queue: one look-up by key, nothing sent
        boolean pending = jdbc.sql("SELECT status FROM round_contribution WHERE id = ?").param(event.contributionId()).query(String.class)
                .optional().filter("pending"::equals).isPresent();
        if (pending) {
            tell(event.roundId(), event.contributionId(), false);
        }
    }

    @EventListener
    void reported(ContributionReported event) {
        tell(event.roundId(), event.contributionId(), false);
    }

    @EventListener
    void appealed(AppealFiled event) {
        tell(event.roundId(), event.contributionId(), false);
    }

    @EventListener
    void moderated(ContributionModerated event) {
        tell(event.roundId(), event.contributionId(), true);
    }

    @EventListener
    void undone(Undone event) {
        tell(event.roundId(), event.contributionId(), true);
    }

    private void tell(long roundId, long contributionId, boolean mayHaveLeft) {
        QueueSignal signal = queue.one(contributionId).map(item -> new QueueSignal("queued", roundId, contributionId, item))
                .orElse(mayHaveLeft ? new QueueSignal("settled", roundId, contributionId, null) : null);
        if (signal == null) {
            return;
        }
        Runnable send = () -> broker.convertAndSend(TOPIC, signal);
        AfterCommit.run(send);
    }
}
