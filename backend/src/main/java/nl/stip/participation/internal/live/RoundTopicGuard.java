package nl.stip.participation.internal.live;

import nl.stip.participation.internal.RoundAccess;
import nl.stip.platform.live.TopicGuard;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may follow a round live: the same rule as reading its state over REST ({@link RoundAccess#mayRead}): a visitor
 * a round of a published plan open to all accounts, a round for the concerned only its participants; the moderation
 * feed planners only. Presence is counted on the deltas topic.
 */
@Component
class RoundTopicGuard implements TopicGuard {

    private final RoundAccess access;

    RoundTopicGuard(RoundAccess access) {
        this.access = access;
    }

    @Override
    public boolean covers(String destination) {
        return destination.startsWith(RoundTopics.PREFIX);
    }

    @Override
    public boolean maySubscribe(String destination, Authentication person) {
        RoundTopics.Topic topic = RoundTopics.parse(destination);
        if (topic == null) {
            return false;
        }
        if (topic.kind() == RoundTopics.Kind.MODERATION && !access.isPlanner(person)) {
            return false;
        }
        return access.mayRead(topic.roundId(), person);
    }

    @Override
    public boolean countsPresence(String destination) {
        RoundTopics.Topic topic = RoundTopics.parse(destination);
        return topic != null && topic.kind() == RoundTopics.Kind.DELTAS;
    }
}
