package nl.stip.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import nl.stip.concerned.ConcernedResidents;
import nl.stip.notifications.internal.Delivery.Notice;
import nl.stip.participation.RoundClosed;
import nl.stip.participation.RoundOpened;
import nl.stip.platform.Texts;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.SharingDirectory;
import org.locationtech.jts.geom.Geometry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a round's opening and closing into notices ({@code round-opened}, {@code round-closed}), after the act's
 * transaction committed, through the event publication registry like {@link PlanEvents}. They go to the people this
 * module already tells about the plan: its followers, the subscribers whose area the plan meets, the confirmed
 * residents it concerns, and the plan's owner and members — but not the planner who did it.
 */
@Component
class RoundEvents {

    private final PlanDirectory plans;
    private final SharingDirectory sharing;
    private final ConcernedResidents concerned;
    private final NotificationsStore store;
    private final Delivery delivery;
    private final Texts texts;

    RoundEvents(PlanDirectory plans, SharingDirectory sharing, ConcernedResidents concerned, NotificationsStore store, Delivery delivery, Texts texts) {
        this.plans = plans;
        this.sharing = sharing;
        this.concerned = concerned;
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
    }

    @ApplicationModuleListener
    public void opened(RoundOpened event) {
        tell(event.planId(), NotificationKind.ROUND_OPENED, "round-opened:" + event.roundId(), event.title(), event.openedBy(),
                "notifications.round.opened.title", "notifications.round.opened.text");
    }

    @ApplicationModuleListener
    public void closed(RoundClosed event) {
        tell(event.planId(), NotificationKind.ROUND_CLOSED, "round-closed:" + event.roundId(), event.title(), event.closedBy(),
                "notifications.round.closed.title", "notifications.round.closed.text");
    }

    private void tell(long planId, NotificationKind kind, String key, String roundTitle, String actor, String titleKey, String textKey) {
        Optional<PlanFacts> found = plans.find(planId);
        if (found.isEmpty()) {
            return;
        }
        PlanFacts plan = found.get();
        Optional<Geometry> area = plans.area(planId);
        Set<String> people = new LinkedHashSet<>();
        people.add(plan.owner());
        people.addAll(sharing.members(planId));
        people.addAll(store.followers(planId));
        area.ifPresent(a -> people.addAll(store.subscribersMeeting(a)));
        people.addAll(concerned.confirmedResidents(planId));
        if (actor != null) {
            people.remove(actor);
        }
        Notice notice = new Notice(key, kind, planId, plan.title(), texts.get(titleKey, plan.title()),
                texts.get(textKey, plan.title(), roundTitle), delivery.planLink(planId, area.orElse(null)));
        delivery.deliverAll(people, notice);
    }
}
