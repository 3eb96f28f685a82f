package nl.stip.participation.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nl.stip.audit.AuditTrail;
import nl.stip.participation.RoundClosed;
import nl.stip.participation.RoundOpened;
import nl.stip.participation.internal.RoundViews.Interactions;
import nl.stip.participation.internal.RoundViews.QuestionView;
import nl.stip.participation.internal.RoundViews.RoundInput;
import nl.stip.participation.internal.RoundViews.RoundView;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.SharingDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round's life cycle: a planner creates one on any plan (the plan's owner proposes one, which a planner opens),
 * edits it while it is a draft (optimistic locking on {@code version}), opens it on a published plan and closes it;
 * a planner may schedule a draft instead, which {@link RoundOpener} opens at its start; {@link RoundCloser} closes it at its end. Each step is one change of the round's log, in the audit trail, and the
 * opening and closing are told as {@link RoundOpened} and {@link RoundClosed} in the same transaction.
 */
@Service
class RoundService {

    static final String SYSTEM = "system";

    private final RoundRepository rounds;
    private final QuestionRepository questions;
    private final RoundAccess access;
    private final PlanDirectory plans;
    private final SharingDirectory sharing;
    private final RoundChangeLog log;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RoundService(RoundRepository rounds, QuestionRepository questions, RoundAccess access, PlanDirectory plans, SharingDirectory sharing,
                 RoundChangeLog log, AuditTrail audit, ApplicationEventPublisher events, JsonMapper json,
                 org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.questions = questions;
        this.access = access;
        this.plans = plans;
        this.sharing = sharing;
        this.log = log;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @Transactional
    RoundView create(Authentication who, long planId, RoundInput body) {
        PlanFacts plan = plans.find(planId).orElseThrow(() -> new nl.stip.platform.web.NotFoundException("There is no plan " + planId + "."));
        boolean planner = access.isPlanner(who);
        boolean owner = !planner && access.isOwner(planId, who);
        if (!planner && !owner) {
            if (access.part(planId, who).isEmpty() && !sharing.isPublished(planId)) {
                throw new nl.stip.platform.web.NotFoundException("There is no plan " + planId + ".");
            }
            throw RoundProblems.forbidden("not-owner", "Alleen de gemeente of de initiatiefnemer van het plan kan een ronde voorstellen.");
        }
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with title, startsAt, endsAt and the round's settings");
        }
        Round round = new Round(plan.id(), who.getName(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        String title = PlainText.required("title", body.title(), 200);
        String description = PlainText.optional("description", body.description(), 4000);
        Instant startsAt = RoundRules.instant("startsAt", body.startsAt());
        Instant endsAt = RoundRules.instant("endsAt", body.endsAt());
        RoundRules.period(startsAt, endsAt);
        round.describe(title, description, startsAt, endsAt);
        round.rules(RoundRules.oneOf("moderation", body.moderation(), RoundRules.MODERATION, "post"),
                RoundRules.oneOf("audience", body.audience(), RoundRules.AUDIENCE, "accounts"), RoundRules.replyDepth(body.replyDepth(), 1));
        round.ratePerMinute(RoundRules.ratePerMinute(body.ratePerMinute(), null));
        Interactions in = RoundRules.interactions(body.interactions());
        round.interactions(RoundRules.flag(in.reactions(), true), RoundRules.flag(in.replies(), true), RoundRules.flag(in.agreement(), true),
                RoundRules.flag(in.variants(), false), RoundRules.flag(in.votes(), false), RoundRules.flag(in.budget(), false));
        List<RoundRules.Checked> checked = RoundRules.questions(body.questions());
        if (owner) {
            round.proposedBy(who.getName());
        }
        rounds.saveAndFlush(round);
        saveQuestions(round.getId(), checked);
        audit.record(who.getName(), owner ? "round.proposed" : "round.created", planId, "round " + round.getId(), title);
        round.seqAdvancedTo(log.append(round.getId(), "round", publicRound(round)));
        return view(round);
    }

    @Transactional
    RoundView edit(Authentication who, long roundId, RoundInput body) {
        requirePlanner(who);
        Round round = rounds.lockedById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (body == null || body.version() == null) {
            throw new InvalidParameterException("version", "send the version of the round you changed (from GET /rounds/{id})");
        }
        if (body.version() != round.getVersion()) {
            throw new ProblemException(HttpStatus.CONFLICT, "stale-version",
                    "Iemand anders heeft deze ronde intussen gewijzigd. Laad de ronde opnieuw en probeer het nog eens.",
                    java.util.Map.of("currentVersion", round.getVersion()));
        }
        if (!round.isDraft()) {
            throw RoundProblems.conflict("not-draft", "Alleen een ronde die nog niet geopend is, kan worden gewijzigd.");
        }
        String title = body.title() == null ? round.getTitle() : PlainText.required("title", body.title(), 200);
        String description = body.description() == null ? round.getDescription() : PlainText.optional("description", body.description(), 4000);
        Instant startsAt = body.startsAt() == null ? round.getStartsAt() : RoundRules.instant("startsAt", body.startsAt());
        Instant endsAt = body.endsAt() == null ? round.getEndsAt() : RoundRules.instant("endsAt", body.endsAt());
        RoundRules.period(startsAt, endsAt);
        String moderation = RoundRules.oneOf("moderation", body.moderation(), RoundRules.MODERATION, round.getModeration());
        String audience = RoundRules.oneOf("audience", body.audience(), RoundRules.AUDIENCE, round.getAudience());
        int depth = RoundRules.replyDepth(body.replyDepth(), round.getReplyDepth());
        List<RoundRules.Checked> checked = body.questions() == null ? null : RoundRules.questions(body.questions());
        round.describe(title, description, startsAt, endsAt);
        round.rules(moderation, audience, depth);
        round.ratePerMinute(RoundRules.ratePerMinute(body.ratePerMinute(), round.getRatePerMinute()));
        if (body.interactions() != null) {
            Interactions in = body.interactions();
            round.interactions(RoundRules.flag(in.reactions(), round.isAllowReactions()), RoundRules.flag(in.replies(), round.isAllowReplies()),
                    RoundRules.flag(in.agreement(), round.isAllowAgreement()), RoundRules.flag(in.variants(), round.isAllowVariants()),
                    RoundRules.flag(in.votes(), round.isAllowVotes()), RoundRules.flag(in.budget(), round.isAllowBudget()));
        }
        if (checked != null) {
            questions.deleteByRoundId(roundId);
            questions.flush();
            saveQuestions(roundId, checked);
        }
        rounds.saveAndFlush(round);
        audit.record(who.getName(), "round.updated", round.getPlanId(), "round " + roundId, null);
        round.seqAdvancedTo(log.append(roundId, "round", publicRound(round)));
        return view(round);
    }

    @Transactional
    RoundView open(Authentication who, long roundId) {
        requirePlanner(who);
        Round round = rounds.lockedById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        requireOpenable(round, now);
        openLocked(round, who.getName(), now);
        return view(round);
    }

    /**
     * Schedules a draft (planner): it opens by itself at its {@code startsAt}, which must lie ahead, and closes at its
     * end. The draft stays editable; a changed start is the new moment. One change of the round's log.
     */
    @Transactional
    RoundView schedule(Authentication who, long roundId) {
        requirePlanner(who);
        Round round = rounds.lockedById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        requireOpenable(round, now);
        if (!round.getStartsAt().isAfter(now)) {
            throw new InvalidParameterException("startsAt", "Het begin van deze ronde is al voorbij. Kies een begin in de toekomst, "
                    + "of open de ronde nu.");
        }
        round.schedule(who.getName(), now);
        rounds.saveAndFlush(round);
        audit.record(who.getName(), "round.scheduled", round.getPlanId(), "round " + roundId, round.getStartsAt().toString());
        round.seqAdvancedTo(log.append(roundId, "round", publicRound(round)));
        return view(round);
    }

    /** Takes a draft's schedule off (planner): it waits for a planner's "open" again. */
    @Transactional
    RoundView unschedule(Authentication who, long roundId) {
        requirePlanner(who);
        Round round = rounds.lockedById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!round.isDraft()) {
            throw RoundProblems.conflict("not-draft", "Alleen een ronde die nog niet geopend is, kan worden ingepland.");
        }
        if (round.isScheduled()) {
            round.schedule(null, null);
            rounds.saveAndFlush(round);
            audit.record(who.getName(), "round.unscheduled", round.getPlanId(), "round " + roundId, null);
            round.seqAdvancedTo(log.append(roundId, "round", publicRound(round)));
        }
        return view(round);
    }

    /**
     * Opens a scheduled draft whose start has come (for {@link RoundOpener}), as a planner's open would: one change,
     * the audit trail, {@link RoundOpened}. The row is taken with {@code FOR UPDATE SKIP LOCKED} and only while it is
     * still a due, scheduled draft, so two instances open it once. A round that can no longer open (plan not public,
     * end passed) loses its schedule and is audited; false when there was nothing (more) to do.
     */
    @Transactional
    boolean openIfDue(long roundId, Instant now) {
        boolean due = jdbc.sql("SELECT id FROM participation_round WHERE id = ? AND state = 'draft' AND scheduled_at IS NOT NULL "
                        + "AND starts_at <= ? FOR UPDATE SKIP LOCKED")
                .params(roundId, java.sql.Timestamp.from(now)).query(Long.class).optional().isPresent();
        if (!due) {
            return false;
        }
        Round round = rounds.findById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            requireOpenable(round, at);
        } catch (ProblemException e) {
            round.schedule(null, null);
            rounds.saveAndFlush(round);
            audit.record(SYSTEM, "round.schedule-failed", round.getPlanId(), "round " + roundId, e.getMessage());
            round.seqAdvancedTo(log.append(roundId, "round", publicRound(round)));
            return false;
        }
        openLocked(round, null, at);
        return true;
    }

    private void requireOpenable(Round round, Instant now) {
        if (!round.isDraft()) {
            throw RoundProblems.conflict("not-draft", round.isOpen() ? "Deze ronde is al open." : "Deze ronde is gesloten en kan niet opnieuw open.");
        }
        if (!sharing.isPublished(round.getPlanId())) {
            throw RoundProblems.conflict("plan-not-published", "Het plan is niet openbaar. Een ronde kan pas open als het plan openbaar is.");
        }
        if (!round.getEndsAt().isAfter(now)) {
            throw RoundProblems.conflict("round-ended", "De einddatum van deze ronde is al voorbij. Kies eerst een latere einddatum.");
        }
    }

    /** {@code by} null: opened by its schedule (audited as the system, told with no opener). */
    private void openLocked(Round round, String by, Instant now) {
        round.open(by, now);
        rounds.saveAndFlush(round);
        audit.record(by == null ? SYSTEM : by, by == null ? "round.opened-automatically" : "round.opened", round.getPlanId(),
                "round " + round.getId(), round.getTitle());
        round.seqAdvancedTo(log.append(round.getId(), "round", publicRound(round)));
        events.publishEvent(new RoundOpened(round.getId(), round.getPlanId(), round.getTitle(), now, round.getEndsAt(), by, now));
    }

    @Transactional
    RoundView close(Authentication who, long roundId) {
        requirePlanner(who);
        Round round = rounds.lockedById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!round.isOpen()) {
            throw RoundProblems.conflict("not-open", round.isDraft() ? "Deze ronde is nog niet geopend." : "Deze ronde is al gesloten.");
        }
        closeLocked(round, who.getName());
        return view(round);
    }

    /** Closes the round if it is still open and due (for {@link RoundCloser}); false when another instance was first. */
    @Transactional
    boolean closeIfDue(long roundId, Instant now) {
        Round round = rounds.lockedById(roundId).orElse(null);
        if (round == null || !round.isOpen() || round.getEndsAt().isAfter(now)) {
            return false;
        }
        closeLocked(round, null);
        return true;
    }

    private void closeLocked(Round round, String by) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        round.close(by, now);
        rounds.saveAndFlush(round);
        audit.record(by == null ? SYSTEM : by, by == null ? "round.closed-automatically" : "round.closed", round.getPlanId(),
                "round " + round.getId(), round.getTitle());
        round.seqAdvancedTo(log.append(round.getId(), "round", publicRound(round)));
        events.publishEvent(new RoundClosed(round.getId(), round.getPlanId(), round.getTitle(), by, now));
    }

    @Transactional(readOnly = true)
    RoundView find(Authentication who, long roundId) {
        Round round = rounds.findById(roundId).filter(r -> access.maySee(r, who)).orElseThrow(() -> RoundProblems.noRound(roundId));
        return view(round);
    }

    @Transactional(readOnly = true)
    List<RoundView> ofPlan(Authentication who, long planId) {
        return rounds.findByPlanIdOrderByIdDesc(planId).stream().filter(r -> access.maySee(r, who)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    List<RoundView> list(Authentication who, String state, Long planId) {
        if (state != null && !List.of("draft", "open", "closed", "reported").contains(state)) {
            throw new InvalidParameterException("state", "unknown state '" + state + "'; one of draft, open, closed, reported");
        }
        List<Round> found = planId != null ? rounds.findByPlanIdOrderByIdDesc(planId)
                : state != null ? rounds.findByStateOrderByIdDesc(state) : rounds.findAll();
        return found.stream().filter(r -> state == null || state.equals(r.getState())).filter(r -> access.maySee(r, who))
                .sorted((a, b) -> Long.compare(b.getId(), a.getId())).map(this::view).toList();
    }

    private void requirePlanner(Authentication who) {
        if (!access.isPlanner(who)) {
            throw RoundProblems.plannerOnly();
        }
    }

    private void saveQuestions(long roundId, List<RoundRules.Checked> checked) {
        List<Question> list = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            RoundRules.Checked q = checked.get(i);
            list.add(new Question(roundId, i, q.kind(), q.text(), q.options() == null ? null : json.writeValueAsString(q.options())));
        }
        questions.saveAllAndFlush(list);
    }

    List<String> options(Question q) {
        return q.getOptions() == null ? null : json.readValue(q.getOptions(), new TypeReference<List<String>>() { });
    }

    RoundView view(Round r) {
        List<QuestionView> qs = questions.findByRoundIdOrderByPosition(r.getId()).stream()
                .map(q -> new QuestionView(q.getId(), q.getPosition(), q.getKind(), q.getText(), options(q))).toList();
        return new RoundView(r.getId(), r.getPlanId(), r.getTitle(), r.getDescription(), r.getStartsAt(), r.getEndsAt(), r.getState(),
                r.getModeration(), r.getAudience(), r.getReplyDepth(),
                new Interactions(r.isAllowReactions(), r.isAllowReplies(), r.isAllowAgreement(), r.isAllowVariants(), r.isAllowVotes(), r.isAllowBudget()),
                r.isProposed(), qs, r.getOpenedAt(), r.getClosedAt(), r.getLastSeq(), r.getVersion(), r.isScheduled(), r.getRatePerMinute());
    }

    /** The round as the public delta {@code round} carries it. */
    RoundView publicRound(Round r) {
        return view(r);
    }
}
