package nl.stip.participation.internal.live;

import nl.stip.participation.ContributionHidden;
import nl.stip.participation.ContributionPosted;
import nl.stip.participation.ContributionReported;
import nl.stip.platform.AfterCommit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Signals beside the public deltas, after commit: to the round's planners on {@code /topic/rounds.{id}.moderation}
 * that something was posted or reported (their queue view reloads {@code GET /moderation/queue}); to the author on
 * {@code /user/queue/rounds} that their item was hidden, with the reason. Signals only: the record is the REST state.
 */
@Component
@ConditionalOnWebApplication
class ModerationFeed {

    /** What planners hear: {@code posted} or {@code reported}, which item, and the number of reports. */
    record ModerationSignal(String type, long roundId, long contributionId, String kind, Integer reports) {
    }

    /** What an author hears about their own item. */
    record PersonalSignal(String type, long roundId, long contributionId, String reason, boolean automatic) {
    }

    private final SimpMessagingTemplate broker;

    ModerationFeed(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @EventListener
    void posted(ContributionPosted event) {
        AfterCommit.run(() -> broker.convertAndSend(RoundTopics.moderation(event.roundId()),
                new ModerationSignal("posted", event.roundId(), event.contributionId(), event.kind(), null)));
    }

    @EventListener
    void reported(ContributionReported event) {
        AfterCommit.run(() -> broker.convertAndSend(RoundTopics.moderation(event.roundId()),
                new ModerationSignal("reported", event.roundId(), event.contributionId(), null, event.reports())));
    }

    @EventListener
    void hidden(ContributionHidden event) {
        AfterCommit.run(() -> broker.convertAndSendToUser(event.authorEmail(), "/queue/rounds",
                new PersonalSignal("hidden", event.roundId(), event.contributionId(), event.reason(), event.automatic())));
    }
}
