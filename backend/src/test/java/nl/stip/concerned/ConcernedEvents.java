package nl.stip.concerned;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the concerned module's invitations as a later listener (notifications) would receive them; a test-only bean. */
@Component
public class ConcernedEvents {

    static final List<ConcernedPartiesInvited> INVITED = new CopyOnWriteArrayList<>();

    @EventListener
    void invited(ConcernedPartiesInvited event) {
        INVITED.add(event);
    }

    static List<ConcernedPartiesInvited> of(long planId) {
        return INVITED.stream().filter(e -> e.planId() == planId).toList();
    }
}
