package nl.stip.participation.internal.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.stip.audit.AuditTrail;
import nl.stip.participation.ContributionHidden;
import nl.stip.participation.ContributionModerated;
import nl.stip.participation.ContributionRestored;
import nl.stip.participation.internal.Contribution;
import nl.stip.participation.internal.ContributionItems;
import nl.stip.participation.internal.ContributionRepository;
import nl.stip.participation.internal.Round;
import nl.stip.participation.internal.RoundChangeLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves every moderation decision is made of, each inside the decision's transaction (under the round's lock):
 * hiding a contribution with its replies, reverting what an action changed, and telling it — the public change in the
 * round's log ({@code hidden}, {@code restored}, {@code approved}: the live clients get it with its sequence number),
 * the events the notifications module tells people from, and the audit trail.
 */
@Component
class Decisions {

    /** What a reply hidden with its reaction says to its author (the reaction's reason is the reaction author's). */
    static final String WITH_REACTION = "De reactie waarop dit antwoord staat, is verborgen. Daarom is dit antwoord ook verborgen.";

    private final ContributionRepository contributions;
    private final ModerationActionRepository actions;
    private final ModerationStore store;
    private final RoundChangeLog log;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Decisions(ContributionRepository contributions, ModerationActionRepository actions, ModerationStore store, RoundChangeLog log,
              AuditTrail audit, ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.actions = actions;
        this.store = store;
        this.log = log;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Hides a pending or published contribution and every reply under it that is not hidden yet; {@code actor} null:
     * automatically, after {@code reports} reports. Returns the action.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ModerationAction hide(Round round, Contribution c, String reason, String actor, int reports, Instant now) {
        ModerationAction action = actions.saveAndFlush(ModerationAction.on(round.getId(), c.getId(), ModerationAction.HIDE, actor, reason, now));
        store.addEffect(action.getId(), c, "hidden");
        c.hide(reason, actor == null, actor);
        List<Contribution> replies = new ArrayList<>();
        for (long id : store.descendants(c.getId())) {
            Contribution reply = contributions.findById(id).orElseThrow();
            if (!reply.getStatus().equals("hidden")) {
                store.addEffect(action.getId(), reply, "hidden");
                reply.hide(WITH_REACTION, actor == null, actor);
                replies.add(reply);
            }
        }
        contributions.flush();
        store.resolveReports(c.getId(), action.getId());
        log.append(round.getId(), "hidden", Map.of("id", c.getId(), "repliesHidden", replies.size()));
        events.publishEvent(new ContributionHidden(round.getId(), c.getId(), c.getAuthorEmail(), reason, actor == null, actor, now));
        for (Contribution reply : replies) {
            events.publishEvent(new ContributionHidden(round.getId(), reply.getId(), reply.getAuthorEmail(), WITH_REACTION, actor == null, actor, now));
        }
        events.publishEvent(new ContributionModerated(round.getId(), c.getId(), action.getId(), "hidden", actor == null, actor, reason,
                replies.size(), reports, now));
        audit.record(actor == null ? "stip" : actor, actor == null ? "moderation.hidden-automatically" : "moderation.hidden", round.getPlanId(),
                "contribution:" + c.getId(), (actor == null ? reports + " meldingen; " : "") + (replies.isEmpty() ? "" : replies.size() + " antwoorden mee; ")
                        + reason);
        return action;
    }

    /**
     * Puts back what {@code undone} changed, as a new state of each contribution it touched that is still as the
     * action left it; tells the public change (restored items, or one hidden change for the item and its replies).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Contribution> revert(Round round, ModerationAction undone, String by, Instant now) {
        List<Contribution> restored = new ArrayList<>();
        List<Contribution> hidden = new ArrayList<>();
        Contribution main = null;
        boolean mainWasPublic = false;
        for (ModerationStore.Effect e : store.effects(undone.getId())) {
            Contribution c = contributions.findById(e.contributionId()).orElse(null);
            if (c == null || !c.getStatus().equals(e.statusAfter())) {
                continue;
            }
            boolean wasPublic = c.isPublished();
            c.revertTo(e.statusBefore(), e.reasonBefore(), e.automaticBefore(), e.hiddenByBefore());
            if (c.getId().equals(undone.getContributionId())) {
                main = c;
                mainWasPublic = wasPublic;
            }
            if (!wasPublic && c.isPublished()) {
                restored.add(c);
            } else if (wasPublic && !c.isPublished()) {
                hidden.add(c);
            }
        }
        contributions.flush();
        for (Contribution c : restored) {
            log.append(round.getId(), "restored", Map.of("item", ContributionItems.publicItem(c, store.agreements(c.getId()))));
            events.publishEvent(new ContributionRestored(round.getId(), c.getId(), c.getAuthorEmail(), by, now));
        }
        if (!hidden.isEmpty()) {
            long id = main != null && mainWasPublic && !main.isPublished() ? main.getId() : hidden.get(0).getId();
            log.append(round.getId(), "hidden", Map.of("id", id, "repliesHidden", hidden.size() - 1));
            for (Contribution c : hidden) {
                if (c.getStatus().equals("hidden")) {
                    events.publishEvent(new ContributionHidden(round.getId(), c.getId(), c.getAuthorEmail(), c.getHiddenReason(),
                            c.isHiddenAutomatically(), c.getHiddenBy(), now));
                }
            }
        }
        return restored;
    }

    /** Publishes a pending contribution. */
    @Transactional(propagation = Propagation.MANDATORY)
    ModerationAction approve(Round round, Contribution c, String by, Instant now) {
        ModerationAction action = actions.saveAndFlush(ModerationAction.on(round.getId(), c.getId(), ModerationAction.APPROVE, by, null, now));
        store.addEffect(action.getId(), c, "published");
        c.publish();
        contributions.flush();
        log.append(round.getId(), "approved", Map.of("item", ContributionItems.publicItem(c, store.agreements(c.getId()))));
        events.publishEvent(new nl.stip.participation.ContributionApproved(round.getId(), c.getId(), c.getKind(), c.getAuthorEmail(), by, now));
        audit.record(by, "moderation.approved", round.getPlanId(), "contribution:" + c.getId(), null);
        return action;
    }
}
