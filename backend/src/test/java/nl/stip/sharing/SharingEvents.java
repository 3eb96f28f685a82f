package nl.stip.sharing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the sharing module's events as a later listener (notifications) would receive them, so the ITs can assert
 * that an act published its event. A test-only bean in the one shared context; it forks nothing.
 */
@Component
public class SharingEvents {

    static final List<Object> RECEIVED = new CopyOnWriteArrayList<>();

    @EventListener
    void shared(PlanShared event) {
        RECEIVED.add(event);
    }

    @EventListener
    void published(PlanPublished event) {
        RECEIVED.add(event);
    }

    @EventListener
    void unpublished(PlanUnpublished event) {
        RECEIVED.add(event);
    }

    static <T> List<T> of(Class<T> type, long planId) {
        return RECEIVED.stream().filter(type::isInstance).filter(e -> planOf(e) == planId).map(type::cast).toList();
    }

    private static long planOf(Object e) {
        if (e instanceof PlanShared s) {
            return s.planId();
        }
        if (e instanceof PlanPublished p) {
            return p.planId();
        }
        return e instanceof PlanUnpublished u ? u.planId() : -1;
    }
}
