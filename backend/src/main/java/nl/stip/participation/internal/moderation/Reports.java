package nl.stip.participation.internal.moderation;

import java.time.Instant;

import nl.stip.audit.AuditTrail;
import nl.stip.participation.ContributionReported;
import nl.stip.participation.internal.Contribution;
import nl.stip.participation.internal.Round;
import nl.stip.participation.internal.RoundAccess;
import nl.stip.participation.internal.moderation.Moderation.Target;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Meld misbruik": any participant of the round reports a published contribution of someone else, once (the same
 * report again changes nothing and answers the same). When {@code stip.participation.auto-hide-reports} (default 3)
 * distinct participants reported it and no planner dealt with those reports yet, Stip hides it at once, with its
 * replies; the planners are told (the notifications module, from {@link nl.stip.participation.ContributionModerated}).
 */
@Service
class Reports {

    static final String AUTOMATIC_REASON = "Automatisch verborgen: %d deelnemers hebben deze bijdrage gemeld als misbruik. "
            + "De gemeente bekijkt hem zo snel mogelijk.";

    private final Moderation moderation;
    private final Decisions decisions;
    private final ModerationStore store;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final int autoHideAt;

    Reports(Moderation moderation, Decisions decisions, ModerationStore store, RoundAccess access, AuditTrail audit, ApplicationEventPublisher events,
            @Value("${stip.participation.auto-hide-reports:3}") int autoHideAt) {
        this.moderation = moderation;
        this.decisions = decisions;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.autoHideAt = Math.max(1, autoHideAt);
    }

    @Transactional
    void report(Authentication who, long contributionId, String reasonInput) {
        String reason = ModerationProblems.text("reason", reasonInput, ModerationProblems.MAX_REASON, false);
        Target t = moderation.lock(contributionId);
        Round round = t.round();
        Contribution c = t.contribution();
        if (!access.mayRead(round.getId(), who)) {
            throw ModerationProblems.noContribution(contributionId);
        }
        String me = who.getName();
        if (!access.mayParticipate(round.getId(), who)) {
            throw ModerationProblems.forbidden("not-participant", "Aan deze ronde doen alleen bevestigde bewoners mee die het plan raakt.");
        }
        if (store.isBlocked(round.getId(), me)) {
            throw ModerationProblems.forbidden("blocked", "U bent voor deze ronde geblokkeerd door de gemeente.");
        }
        if (store.hasReported(contributionId, me)) {
            return; // once per person: the same report again is the same report
        }
        if (!c.isPublished()) {
            throw ModerationProblems.noContribution(contributionId);
        }
        if (!"open".equals(round.getState())) {
            throw ModerationProblems.conflict("round-not-open", "Deze ronde is niet open. U kunt niets meer melden.");
        }
        if (c.getAuthorEmail().equals(me)) {
            throw ModerationProblems.conflict("own-contribution", "U kunt uw eigen bijdrage niet melden.");
        }
        store.report(round.getId(), contributionId, me, reason);
        int reports = store.openReports(contributionId);
        Instant now = Moderation.now();
        audit.record(me, "moderation.reported", round.getPlanId(), "contribution:" + contributionId, reason);
        events.publishEvent(new ContributionReported(round.getId(), contributionId, reports, now));
        if (reports >= autoHideAt) {
            decisions.hide(round, c, String.format(AUTOMATIC_REASON, reports), null, reports, now);
        }
    }
}
