package nl.stip.participation.internal.moderation;

import nl.stip.participation.internal.RoundAccess;
import nl.stip.platform.live.TopicGuard;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may follow the moderation queue live: planners only; a resident's or a visitor's SUBSCRIBE is refused. */
@Component
class ModerationQueueGuard implements TopicGuard {

    private final RoundAccess access;

    ModerationQueueGuard(RoundAccess access) {
        this.access = access;
    }

    @Override
    public boolean covers(String destination) {
        return destination.equals(ModerationQueueFeed.TOPIC);
    }

    @Override
    public boolean maySubscribe(String destination, Authentication person) {
        return person != null && access.isPlanner(person);
    }
}
