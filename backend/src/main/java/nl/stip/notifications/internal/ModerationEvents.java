package nl.stip.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.accounts.AccountDirectory;
import nl.stip.notifications.internal.Delivery.Notice;
import nl.stip.participation.AppealFiled;
import nl.stip.participation.ContributionApproved;
import nl.stip.participation.ContributionFacts;
import nl.stip.participation.ContributionHidden;
import nl.stip.participation.ContributionModerated;
import nl.stip.participation.ContributionPosted;
import nl.stip.participation.ContributionRestored;
import nl.stip.participation.ContributionSummary;
import nl.stip.platform.Texts;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices about a round's contributions, after the act committed (through the event publication registry):
 * <ul>
 * <li>{@code round-reply}: a published reply (or the initiator's answer) to someone's contribution tells its author;
 * the notice shows the reply, so it names the contribution.</li>
 * <li>Hidden: every notice that shows the contribution is hidden from everyone (and comes back when it is restored);
 * its author is told why ({@code my-contribution}, with the reason, plain text), and so is the author of a reply
 * hidden with its reaction.</li>
 * <li>{@code round-moderation}, for the planners (by default in the centre and by e-mail at once): a hide, saying
 * whether Stip did it automatically after reports or which planner did it, and an appeal — never to the planner who
 * did it.</li>
 * </ul>
 */
@Component
class ModerationEvents {

    private static final int EXCERPT = 140;

    private final ContributionFacts contributions;
    private final PlanDirectory plans;
    private final AccountDirectory accounts;
    private final NotificationsStore store;
    private final Delivery delivery;
    private final Texts texts;

    ModerationEvents(ContributionFacts contributions, PlanDirectory plans, AccountDirectory accounts, NotificationsStore store, Delivery delivery,
                     Texts texts) {
        this.contributions = contributions;
        this.plans = plans;
        this.accounts = accounts;
        this.store = store;
        this.delivery = delivery;
        this.texts = texts;
    }

    @ApplicationModuleListener
    public void posted(ContributionPosted event) {
        reply(event.contributionId());
    }

    @ApplicationModuleListener
    public void approved(ContributionApproved event) {
        reply(event.contributionId());
    }

    @ApplicationModuleListener
    public void hidden(ContributionHidden event) {
        store.hideNotificationsOf(event.contributionId());
        Optional<ContributionSummary> found = contributions.find(event.contributionId());
        if (found.isEmpty() || event.authorEmail().equals(event.hiddenBy())) {
            return;
        }
        ContributionSummary c = found.get();
        plan(c.planId()).ifPresent(plan -> delivery.deliver(c.authorEmail(), new Notice(
                "contribution-hidden:" + c.id() + ":" + event.at().toEpochMilli(), NotificationKind.MY_CONTRIBUTION, plan.id(), plan.title(),
                texts.get("notifications.moderation.hidden.title", what(c)),
                texts.get("notifications.moderation.hidden.text", what(c), c.roundTitle(), plan.title(), event.reason()),
                link(plan))));
    }

    @ApplicationModuleListener
    public void restored(ContributionRestored event) {
        store.showNotificationsOf(event.contributionId());
        contributions.find(event.contributionId()).ifPresent(c -> plan(c.planId()).ifPresent(plan -> delivery.deliver(c.authorEmail(), new Notice(
                "contribution-restored:" + c.id() + ":" + event.at().toEpochMilli(), NotificationKind.MY_CONTRIBUTION, plan.id(), plan.title(),
                texts.get("notifications.moderation.restored.title", what(c)),
                texts.get("notifications.moderation.restored.text", what(c), c.roundTitle(), plan.title()), link(plan)))));
    }

    @ApplicationModuleListener
    public void moderated(ContributionModerated event) {
        Optional<ContributionSummary> found = contributions.find(event.contributionId());
        if (found.isEmpty()) {
            return;
        }
        ContributionSummary c = found.get();
        Optional<PlanFacts> plan = plan(c.planId());
        if (plan.isEmpty()) {
            return;
        }
        PlanFacts p = plan.get();
        String key = "moderation:" + event.actionId();
        if (event.decision().equals("hidden")) {
            String title = event.automatic() ? texts.get("notifications.moderation.planner.auto.title", what(c), c.roundTitle())
                    : texts.get("notifications.moderation.planner.hidden.title", what(c), c.roundTitle(), name(event.decidedBy()));
            String text = event.automatic()
                    ? texts.get("notifications.moderation.planner.auto.text", what(c), c.roundTitle(), p.title(), event.reports(), event.repliesHidden())
                    : texts.get("notifications.moderation.planner.hidden.text", what(c), c.roundTitle(), p.title(), name(event.decidedBy()),
                            event.reason(), event.repliesHidden());
            delivery.deliverAll(planners(event.decidedBy()), new Notice(key, NotificationKind.ROUND_MODERATION, p.id(), p.title(), title, text, link(p)));
        } else if (event.decision().equals("upheld")) {
            delivery.deliver(c.authorEmail(), new Notice(key, NotificationKind.MY_CONTRIBUTION, p.id(), p.title(),
                    texts.get("notifications.moderation.upheld.title", what(c)),
                    texts.get("notifications.moderation.upheld.text", what(c), c.roundTitle(), p.title(), event.reason()), link(p)));
        }
    }

    @ApplicationModuleListener
    public void appealed(AppealFiled event) {
        contributions.find(event.contributionId()).ifPresent(c -> plan(c.planId()).ifPresent(p -> delivery.deliverAll(planners(event.hiddenBy()),
                new Notice("appeal:" + event.appealId(), NotificationKind.ROUND_MODERATION, p.id(), p.title(),
                        texts.get("notifications.moderation.appeal.title", what(c), c.roundTitle()),
                        texts.get("notifications.moderation.appeal.text", what(c), c.roundTitle(), p.title(),
                                event.hiddenBy() == null ? texts.get("notifications.moderation.by-stip") : name(event.hiddenBy())), link(p)))));
    }

    /** Tells the author of the contribution a published reply answers, unless they wrote it themselves. */
    private void reply(long replyId) {
        Optional<ContributionSummary> found = contributions.find(replyId).filter(r -> r.parentId() != null && r.published());
        if (found.isEmpty()) {
            return;
        }
        ContributionSummary reply = found.get();
        Optional<ContributionSummary> parent = contributions.find(reply.parentId());
        Optional<PlanFacts> plan = plan(reply.planId());
        if (parent.isEmpty() || plan.isEmpty() || parent.get().authorEmail().equals(reply.authorEmail())) {
            return;
        }
        PlanFacts p = plan.get();
        boolean initiator = reply.kind().equals("initiator-answer");
        delivery.deliver(parent.get().authorEmail(), new Notice("round-reply:" + reply.id(), NotificationKind.ROUND_REPLY, p.id(), p.title(),
                texts.get(initiator ? "notifications.reply.initiator.title" : "notifications.reply.title", what(parent.get())),
                texts.get("notifications.reply.text", what(parent.get()), reply.roundTitle(), excerpt(reply.text())), link(p), reply.id()));
        // hidden while this was on its way: hide this notice too (the hide's listener may have run before it existed)
        if (contributions.find(replyId).map(r -> !r.published()).orElse(true)) {
            store.hideNotificationsOf(replyId);
        }
    }

    private List<String> planners(String except) {
        List<String> people = new ArrayList<>(accounts.plannerEmails());
        people.remove(except);
        return people;
    }

    private Optional<PlanFacts> plan(long planId) {
        return plans.find(planId);
    }

    private String link(PlanFacts plan) {
        return delivery.planLink(plan.id(), plans.area(plan.id()).orElse(null));
    }

    private String name(String email) {
        return email == null ? texts.get("notifications.moderation.by-stip") : accounts.displayName(email).orElse(email);
    }

    private String what(ContributionSummary c) {
        return texts.get("notifications.contribution." + c.kind());
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
