package nl.stip.notifications.internal;

import nl.stip.concerned.ConcernedPartiesInvited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** "Invite all concerned": each invited confirmed resident finds an in-app notice (after commit, through the registry). */
@Component
class ConcernedInvitationListener {

    private final ConcernedNotices notices;

    ConcernedInvitationListener(ConcernedNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    public void invited(ConcernedPartiesInvited event) {
        notices.concernedInvited(event.planId(), event.emails(), event.invitedBy());
    }
}
