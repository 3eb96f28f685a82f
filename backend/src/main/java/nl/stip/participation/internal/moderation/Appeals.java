package nl.stip.participation.internal.moderation;

import nl.stip.audit.AuditTrail;
import nl.stip.participation.AppealFiled;
import nl.stip.participation.internal.Contribution;
import nl.stip.participation.internal.moderation.Moderation.Target;
import nl.stip.participation.internal.moderation.ModerationViews.AppealView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's appeal against the hide of their own contribution: once per contribution, only while it is hidden by
 * its own hide (a reply hidden with its reaction follows the reaction). It goes back to the moderation queue
 * ({@code appealed}), where a planner other than the one who hid it decides (approve: restored; hide: upheld).
 */
@Service
class Appeals {

    private final Moderation moderation;
    private final AppealRepository appeals;
    private final ModerationActionRepository actions;
    private final ModerationStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Appeals(Moderation moderation, AppealRepository appeals, ModerationActionRepository actions, ModerationStore store, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.moderation = moderation;
        this.appeals = appeals;
        this.actions = actions;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    AppealView appeal(Authentication who, long contributionId, ModerationViews.AppealInput body) {
        String text = ModerationProblems.text("text", body == null ? null : body.text(), ModerationProblems.MAX_APPEAL, true);
        Target t = moderation.lock(contributionId);
        Contribution c = t.contribution();
        String me = who.getName();
        if (!c.getAuthorEmail().equals(me)) {
            throw ModerationProblems.forbidden("not-author", "Alleen de schrijver kan bezwaar maken tegen het verbergen.");
        }
        if (!c.getStatus().equals("hidden")) {
            throw ModerationProblems.conflict("not-hidden", "Uw bijdrage is niet verborgen. U hoeft geen bezwaar te maken.");
        }
        if (appeals.findByContributionId(contributionId).isPresent()) {
            throw ModerationProblems.conflict("already-appealed", "U hebt al bezwaar gemaakt tegen het verbergen. Dat kan één keer.");
        }
        ModerationAction hide = store.latestActionOn(contributionId).flatMap(actions::findById)
                .filter(a -> a.getKind().equals(ModerationAction.HIDE) && c.getId().equals(a.getContributionId()))
                .orElseThrow(() -> ModerationProblems.conflict("hidden-with-reaction",
                        "Dit antwoord is verborgen omdat de reactie erboven verborgen is. Alleen de schrijver van die reactie kan bezwaar maken."));
        Appeal appeal = appeals.saveAndFlush(new Appeal(contributionId, t.round().getId(), hide.getId(), me, text, Moderation.now()));
        audit.record(me, "moderation.appealed", t.round().getPlanId(), "contribution:" + contributionId, null);
        events.publishEvent(new AppealFiled(t.round().getId(), contributionId, appeal.getId(), me, hide.getActor(), appeal.getCreatedAt()));
        return new AppealView(appeal.getId(), contributionId, text, appeal.getCreatedAt(), "open");
    }
}
