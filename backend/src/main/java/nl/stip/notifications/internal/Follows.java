package nl.stip.notifications.internal;

import nl.stip.notifications.internal.NotificationViews.Follow;
import nl.stip.platform.web.NotFoundException;
import nl.stip.sharing.SharingDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a published plan: its phase changes and decisions reach the follower. Owners and members follow their
 * plans without asking. A plan that is not published does not exist here (404), so following reveals nothing.
 */
@Service
class Follows {

    private final NotificationsStore store;
    private final SharingDirectory sharing;

    Follows(NotificationsStore store, SharingDirectory sharing) {
        this.store = store;
        this.sharing = sharing;
    }

    @Transactional(readOnly = true)
    Follow get(String email, long planId) {
        requirePublished(planId);
        return new Follow(planId, store.follows(email, planId));
    }

    @Transactional
    Follow follow(String email, long planId) {
        requirePublished(planId);
        store.follow(email, planId);
        return new Follow(planId, true);
    }

    @Transactional
    Follow unfollow(String email, long planId) {
        store.unfollow(email, planId); // also after the plan was unpublished
        return new Follow(planId, false);
    }

    private void requirePublished(long planId) {
        if (!sharing.isPublished(planId)) {
            throw new NotFoundException("There is no published plan " + planId + ".");
        }
    }
}
