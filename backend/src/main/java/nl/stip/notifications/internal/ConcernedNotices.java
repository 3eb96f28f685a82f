package nl.stip.notifications.internal;

import java.util.List;
import java.util.Optional;

import nl.stip.platform.Texts;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notice of "invite all concerned": each confirmed resident the owner invited finds it in the notification
 * centre (once per plan and person, whatever the preferences: it is a personal invitation, not an area alert; the
 * concerned module mails them itself). Called by {@link ConcernedInvitationListener} on {@code nl.stip.concerned.ConcernedPartiesInvited}.
 */
@Component
class ConcernedNotices {

    static final String KIND = "concerned-invited";

    private final PlanDirectory plans;
    private final NotificationsStore store;
    private final Delivery delivery;
    private final Texts texts;

    ConcernedNotices(PlanDirectory plans, NotificationsStore store, Delivery delivery, Texts texts) {
        this.plans = plans;
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
    }

    @Transactional
    public void concernedInvited(long planId, List<String> emails, String invitedBy) {
        Optional<PlanFacts> found = plans.find(planId);
        if (found.isEmpty() || emails == null || emails.isEmpty()) {
            return;
        }
        PlanFacts plan = found.get();
        String key = KIND + ":" + planId;
        List<String> people = emails.stream().filter(e -> e != null && !e.equals(invitedBy)).distinct().toList();
        store.insertNotifications(store.claimDeliveries(key, people, Channel.IN_APP.key), key, KIND, planId,
                texts.get("notifications.concerned.title", plan.title()), texts.get("notifications.concerned.text", plan.title()),
                delivery.planLink(planId, plans.area(planId).orElse(null)));
    }
}
