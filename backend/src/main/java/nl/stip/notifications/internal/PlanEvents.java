package nl.stip.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import nl.stip.notifications.internal.Delivery.Notice;
import nl.stip.platform.Texts;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.plans.PlanPhaseChanged;
import nl.stip.sharing.PlanPublished;
import nl.stip.sharing.SharingDirectory;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns plan events into notices, after the publishing transaction committed (asynchronously, in a transaction of
 * its own, through the JDBC event publication registry: a listener that fails or an application that stops half-way
 * leaves the publication incomplete, and it is resubmitted). A published plan goes to everyone whose subscribed area
 * it meets (matched through the spatial index), but its owner; a phase change goes to the plan's owner, its members
 * and, while it is published, its followers, but the person who moved it.
 */
@Component
class PlanEvents {

    private static final Logger log = LoggerFactory.getLogger(PlanEvents.class);

    private final PlanDirectory plans;
    private final SharingDirectory sharing;
    private final NotificationsStore store;
    private final Delivery delivery;
    private final Texts texts;

    PlanEvents(PlanDirectory plans, SharingDirectory sharing, NotificationsStore store, Delivery delivery, Texts texts) {
        this.plans = plans;
        this.sharing = sharing;
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
    }

    @ApplicationModuleListener
    public void published(PlanPublished event) {
        Optional<PlanFacts> found = plans.find(event.planId());
        Optional<Geometry> area = plans.area(event.planId());
        if (found.isEmpty() || area.isEmpty()) {
            log.info("Plan {} was published but has no place (or is gone): no area alerts", event.planId());
            return;
        }
        PlanFacts plan = found.get();
        String key = "plan-published:" + plan.id() + ":" + event.publishedAt().toEpochMilli();
        Notice notice = new Notice(key, NotificationKind.PLAN_PUBLISHED_NEARBY, plan.id(), plan.title(),
                texts.get("notifications.published.title", plan.title()),
                texts.get("notifications.published.text", plan.title(), texts.get("check.activity." + plan.activity()).toLowerCase(java.util.Locale.ROOT)),
                delivery.planLink(plan.id(), area.get()));
        java.util.List<String> people = new java.util.ArrayList<>(store.subscribersMeeting(area.get()));
        people.remove(plan.owner());
        delivery.deliverAll(people, notice);
    }

    @ApplicationModuleListener
    public void phaseChanged(PlanPhaseChanged event) {
        Optional<PlanFacts> found = plans.find(event.planId());
        if (found.isEmpty()) {
            return;
        }
        PlanFacts plan = found.get();
        boolean decision = "decision".equals(event.from());
        NotificationKind kind = decision ? NotificationKind.DECISION : NotificationKind.FOLLOWED_PLAN_PHASE;
        String from = texts.get("plan.phase." + event.from());
        String to = texts.get("plan.phase." + event.to());
        String key = "plan-phase:" + plan.id() + ":" + event.from() + ">" + event.to() + ":" + event.at().toEpochMilli();
        Notice notice = new Notice(key, kind, plan.id(), plan.title(),
                texts.get(decision ? "notifications.decision.title" : "notifications.phase.title", plan.title(), to),
                texts.get(decision ? "notifications.decision.text" : "notifications.phase.text", plan.title(), from, to),
                delivery.planLink(plan.id(), plans.area(plan.id()).orElse(null)));
        Set<String> people = new LinkedHashSet<>();
        people.add(plan.owner());
        people.addAll(sharing.members(plan.id()));
        if (sharing.isPublished(plan.id())) {
            people.addAll(store.followers(plan.id()));
        }
        people.remove(event.changedBy());
        delivery.deliverAll(people, notice);
    }
}
