package nl.stip.participation.internal.moderation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.stip.audit.AuditTrail;
import nl.stip.participation.ContributionModerated;
import nl.stip.participation.internal.Contribution;
import nl.stip.participation.internal.ContributionRepository;
import nl.stip.participation.internal.Round;
import nl.stip.participation.internal.RoundAccess;
import nl.stip.participation.internal.RoundRepository;
import nl.stip.participation.internal.moderation.ModerationViews.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A planner's decisions on a contribution: approve (pending → published; a published one with reports: the reports
 * are dealt with; a hidden one: restored, when Stip hid it automatically or when its author appealed and this planner
 * did not hide it), hide with a reason the author is told (its replies go with it; on an appealed item: the appeal is
 * upheld), and undo of one's own decision. Every decision takes the round's row lock first, so decisions, reports and
 * the round's log of one round happen one after another, also across instances. Moderation works in every state of
 * the round (also after it closed).
 */
@Service
class Moderation {

    private final RoundRepository rounds;
    private final ContributionRepository contributions;
    private final ModerationActionRepository actions;
    private final AppealRepository appeals;
    private final ModerationStore store;
    private final Decisions decisions;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Moderation(RoundRepository rounds, ContributionRepository contributions, ModerationActionRepository actions, AppealRepository appeals,
               ModerationStore store, Decisions decisions, RoundAccess access, AuditTrail audit, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.contributions = contributions;
        this.actions = actions;
        this.appeals = appeals;
        this.store = store;
        this.decisions = decisions;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** A contribution and its round, the round's row locked. */
    record Target(Round round, Contribution contribution) {
    }

    Target lock(long contributionId) {
        long roundId = store.roundIdOf(contributionId).orElseThrow(() -> ModerationProblems.noContribution(contributionId));
        Round round = rounds.lockedById(roundId).orElseThrow(() -> ModerationProblems.noContribution(contributionId));
        Contribution c = contributions.findById(contributionId).orElseThrow(() -> ModerationProblems.noContribution(contributionId));
        return new Target(round, c);
    }

    @Transactional
    Decision approve(Authentication who, long contributionId) {
        planner(who);
        Target t = lock(contributionId);
        Contribution c = t.contribution();
        String me = who.getName();
        Instant now = now();
        switch (c.getStatus()) {
            case "pending" -> {
                ModerationAction action = decisions.approve(t.round(), c, me, now);
                events.publishEvent(new ContributionModerated(t.round().getId(), c.getId(), action.getId(), "approved", false, me, null, 0, 0, now));
                return new Decision(action.getId(), c.getId(), c.getStatus(), 0);
            }
            case "published" -> {
                int reports = store.openReports(c.getId());
                if (reports == 0) {
                    throw ModerationProblems.conflict("already-published", "Deze bijdrage staat al online.");
                }
                ModerationAction action = actions.saveAndFlush(ModerationAction.on(t.round().getId(), c.getId(), ModerationAction.APPROVE, me, null, now));
                store.addEffect(action.getId(), c, "published");
                store.resolveReports(c.getId(), action.getId());
                audit.record(me, "moderation.reports-dismissed", t.round().getPlanId(), "contribution:" + c.getId(), reports + " meldingen");
                return new Decision(action.getId(), c.getId(), c.getStatus(), 0);
            }
            default -> {
                return restore(t, me, now);
            }
        }
    }

    /** Approve on a hidden item: its automatic hide reviewed, or its author's appeal granted (by another planner). */
    private Decision restore(Target t, String me, Instant now) {
        Contribution c = t.contribution();
        ModerationAction hide = store.latestActionOn(c.getId()).flatMap(actions::findById)
                .filter(a -> a.getKind().equals(ModerationAction.HIDE) && c.getId().equals(a.getContributionId()))
                .orElseThrow(() -> ModerationProblems.conflict("hidden-with-reaction",
                        "Dit antwoord is verborgen omdat de reactie erboven verborgen is. Beoordeel de reactie."));
        Optional<Appeal> appeal = appeals.findByContributionId(c.getId()).filter(Appeal::isOpen);
        if (appeal.isPresent() && hide.by(me)) {
            throw ModerationProblems.anotherPlanner();
        }
        if (appeal.isEmpty() && !hide.isAutomatic()) {
            throw ModerationProblems.conflict("hidden-by-planner", hide.by(me)
                    ? "U hebt deze bijdrage verborgen. Maak dat ongedaan als u het wilt terugdraaien."
                    : "Een andere medewerker heeft deze bijdrage verborgen. Alleen die kan dat ongedaan maken, of de schrijver maakt bezwaar.");
        }
        ModerationAction action = actions.saveAndFlush(ModerationAction.on(t.round().getId(), c.getId(), ModerationAction.RESTORE, me, null, now));
        // the restore's effects are the hide's, the other way round: an undo of the restore hides them again
        for (ModerationStore.Effect e : store.effects(hide.getId())) {
            contributions.findById(e.contributionId()).filter(x -> x.getStatus().equals("hidden"))
                    .ifPresent(x -> store.addEffect(action.getId(), x, e.statusBefore()));
        }
        appeal.ifPresent(a -> {
            a.decide(Appeal.RESTORED, me, now);
            action.decides(a.getId());
        });
        store.resolveReports(c.getId(), action.getId());
        decisions.revert(t.round(), hide, me, now);
        events.publishEvent(new ContributionModerated(t.round().getId(), c.getId(), action.getId(), "restored", false, me, null, 0, 0, now));
        audit.record(me, appeal.isPresent() ? "moderation.appeal-granted" : "moderation.restored", t.round().getPlanId(), "contribution:" + c.getId(), null);
        return new Decision(action.getId(), c.getId(), c.getStatus(), 0);
    }

    @Transactional
    Decision hide(Authentication who, long contributionId, ModerationViews.Reason body) {
        planner(who);
        String reason = ModerationProblems.text("reason", body == null ? null : body.reason(), ModerationProblems.MAX_REASON, true);
        Target t = lock(contributionId);
        Contribution c = t.contribution();
        String me = who.getName();
        Instant now = now();
        if (!c.getStatus().equals("hidden")) {
            ModerationAction action = decisions.hide(t.round(), c, reason, me, 0, now);
            return new Decision(action.getId(), c.getId(), c.getStatus(), store.effects(action.getId()).size() - 1);
        }
        ModerationAction hide = store.latestActionOn(c.getId()).flatMap(actions::findById)
                .filter(a -> a.getKind().equals(ModerationAction.HIDE) && c.getId().equals(a.getContributionId()))
                .orElseThrow(() -> ModerationProblems.conflict("already-hidden", "Deze bijdrage is al verborgen."));
        Optional<Appeal> appeal = appeals.findByContributionId(c.getId()).filter(Appeal::isOpen);
        if (appeal.isPresent() && hide.by(me)) {
            throw ModerationProblems.anotherPlanner();
        }
        if (appeal.isEmpty() && !hide.isAutomatic()) {
            throw ModerationProblems.conflict("already-hidden", "Deze bijdrage is al verborgen.");
        }
        // an appeal upheld, or an automatic hide confirmed: still hidden, now with this planner's reason
        ModerationAction action = actions.saveAndFlush(ModerationAction.on(t.round().getId(), c.getId(), ModerationAction.HIDE, me, reason, now));
        store.addEffect(action.getId(), c, "hidden");
        c.hide(reason, false, me);
        contributions.flush();
        store.resolveReports(c.getId(), action.getId());
        appeal.ifPresent(a -> {
            a.decide(Appeal.UPHELD, me, now);
            action.decides(a.getId());
        });
        String decision = appeal.isPresent() ? "upheld" : "hidden";
        if (appeal.isEmpty()) {
            events.publishEvent(new nl.stip.participation.ContributionHidden(t.round().getId(), c.getId(), c.getAuthorEmail(), reason, false, me, now));
        }
        events.publishEvent(new ContributionModerated(t.round().getId(), c.getId(), action.getId(), decision, false, me, reason, 0, 0, now));
        audit.record(me, appeal.isPresent() ? "moderation.appeal-upheld" : "moderation.hidden", t.round().getPlanId(), "contribution:" + c.getId(), reason);
        return new Decision(action.getId(), c.getId(), c.getStatus(), 0);
    }

    /** Undoes the caller's own decision, when it is still the newest on its contribution. */
    @Transactional
    Decision undo(Authentication who, long actionId) {
        planner(who);
        ModerationAction found = actions.findById(actionId).orElseThrow(() -> new nl.stip.platform.web.NotFoundException("There is no moderation action " + actionId + "."));
        rounds.lockedById(found.getRoundId()).orElseThrow(() -> ModerationProblems.noRound(found.getRoundId()));
        ModerationAction action = actions.findById(actionId).orElseThrow();
        String me = who.getName();
        if (!action.by(me)) {
            throw ModerationProblems.forbidden("not-your-decision", "U kunt alleen uw eigen besluit ongedaan maken.");
        }
        if (action.isUndone()) {
            throw ModerationProblems.conflict("already-undone", "Dit besluit is al ongedaan gemaakt.");
        }
        Instant now = now();
        Round round = rounds.findById(action.getRoundId()).orElseThrow();
        if (action.getKind().equals(ModerationAction.BLOCK)) {
            store.unblock(action.getRoundId(), action.getParticipant());
            action.undo(me, now);
            audit.record(me, "moderation.block-undone", round.getPlanId(), action.getParticipant(), null);
            return new Decision(action.getId(), 0, "unblocked", 0);
        }
        long newest = store.latestActionOn(action.getContributionId()).orElse(action.getId());
        if (newest != action.getId()) {
            throw ModerationProblems.conflict("newer-decision", "Na uw besluit is er al opnieuw over deze bijdrage beslist. Dat kunt u niet meer ongedaan maken.");
        }
        action.undo(me, now);
        actions.flush();
        store.reopenReports(action.getId());
        if (action.getAppealId() != null) {
            appeals.findById(action.getAppealId()).ifPresent(Appeal::reopen);
        }
        if (action.getKind().equals(ModerationAction.HIDE)) {
            // The hide an appeal is against is gone: the item is back, so the appeal has what it asked for.
            appeals.findByContributionId(action.getContributionId()).filter(Appeal::isOpen)
                    .filter(a -> a.getHideActionId() == action.getId()).ifPresent(a -> a.decide(Appeal.RESTORED, me, now));
        }
        decisions.revert(round, action, me, now);
        audit.record(me, "moderation.undone", round.getPlanId(), "contribution:" + action.getContributionId(), action.getKind());
        events.publishEvent(new ModerationQueueFeed.Undone(round.getId(), action.getContributionId()));
        Contribution c = contributions.findById(action.getContributionId()).orElseThrow();
        return new Decision(action.getId(), c.getId(), c.getStatus(), 0);
    }

    void planner(Authentication who) {
        if (!access.isPlanner(who)) {
            throw ModerationProblems.plannerOnly();
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
