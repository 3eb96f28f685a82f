package nl.stip.participation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.stip.participation.internal.RoundDelta;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the participation events as they are published (in the transaction); a test-only bean. */
@Component
public class RoundEventLog {

    static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

    @EventListener
    void opened(RoundOpened e) {
        EVENTS.add(e);
    }

    @EventListener
    void closed(RoundClosed e) {
        EVENTS.add(e);
    }

    @EventListener
    void posted(ContributionPosted e) {
        EVENTS.add(e);
    }

    @EventListener
    void delta(RoundDelta e) {
        EVENTS.add(e);
    }

    static <T> List<T> of(Class<T> type, java.util.function.Predicate<T> which) {
        return EVENTS.stream().filter(type::isInstance).map(type::cast).filter(which).toList();
    }
}
