package nl.stip.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.stip.platform.Texts;
import nl.stip.plans.PlanStore.PhaseEntry;
import nl.stip.plans.PlanStore.PlanRow;
import nl.stip.plans.PlanStore.VersionRow;
import nl.stip.plans.PlanViews.CheckSummary;
import nl.stip.plans.PlanViews.Deadline;
import nl.stip.plans.PlanViews.Plan;
import nl.stip.plans.PlanViews.TimelineStep;
import org.springframework.stereotype.Component;

/**
 * Puts together what the API shows of a plan: the timeline of its phases, the next steps and the deadline that follow
 * from the phase and the latest check, in Dutch. Reads only; who may see the plan is PlanService's business.
 */
@Component
class PlanViewAssembler {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.DUTCH);
    private static final int OBJECTION_WEEKS = 6;

    private final PlanStore store;
    private final Texts texts;

    PlanViewAssembler(PlanStore store, Texts texts) {
        this.store = store;
        this.texts = texts;
    }

    /** The plan as its owner or a planner sees it, with what this caller may do with it now ({@link PhasePolicy}). */
    Plan view(PlanRow plan, PhasePolicy.Part part) {
        List<TimelineStep> timeline = timeline(plan);
        VersionRow latest = plan.version() == 0 ? null : store.version(plan.id(), plan.version()).orElse(null);
        Instant phaseEntered = timeline.get(plan.phase().ordinal()).enteredAt();
        LocalDate since = phaseEntered == null ? LocalDate.now(ZONE) : phaseEntered.atZone(ZONE).toLocalDate();
        NextSteps next = nextSteps(plan.phase(), latest, since);
        return new Plan(plan.id(), plan.title(), plan.description(), plan.activity(), plan.parcelIds(),
                store.parcelNames(plan.parcelIds()), plan.parcelsFromDesign(), plan.owner(), plan.phase().key(),
                texts.get("plan.phase." + plan.phase().key()), timeline, plan.version(),
                latest == null ? null : summary(latest), next.steps(), next.deadline(), plan.createdAt(),
                latest == null ? null : latest.savedAt(),
                PhasePolicy.may(part, plan.phase(), PhasePolicy.Act.UPLOAD_DOCUMENT),
                plan.phase().ordinal() + 1 < Phase.values().length && PhasePolicy.may(part, plan.phase(), PhasePolicy.Act.MOVE_NEXT),
                PhasePolicy.may(part, plan.phase(), PhasePolicy.Act.SAVE_DESIGN), role(part));
    }

    static String role(PhasePolicy.Part part) {
        return switch (part) {
            case OWNER -> "owner";
            case CO_EDITOR -> "co-editor";
            case ADVISOR -> "advisor";
            case VIEWER -> "viewer";
            case PLANNER -> "planner";
            case OTHER -> null;
        };
    }

    static CheckSummary summary(VersionRow v) {
        return new CheckSummary(v.compliant(), v.failed(), v.attention(), v.outcome(), v.legalTermWeeks());
    }

    /** Every phase, with when it was last entered for those reached so far. */
    private List<TimelineStep> timeline(PlanRow plan) {
        List<PhaseEntry> entries = store.phaseEntries(plan.id());
        List<TimelineStep> timeline = new ArrayList<>();
        for (Phase p : Phase.values()) {
            Instant entered = null;
            if (p.ordinal() <= plan.phase().ordinal()) {
                for (PhaseEntry e : entries) {
                    if (e.phase() == p) {
                        entered = e.enteredAt(); // the latest time it was entered
                    }
                }
            }
            timeline.add(new TimelineStep(p.key(), texts.get("plan.phase." + p.key()), entered,
                    entered == null ? null : entered.atZone(ZONE).toLocalDate(), p == plan.phase(), entered != null));
        }
        return timeline;
    }

    /** What to do next and the deadline that runs (or null), for a phase entered on a day. */
    private record NextSteps(List<String> steps, Deadline deadline) {
    }

    /** What comes next in a phase entered on {@code since}, given the latest saved version (null without a design). */
    private NextSteps nextSteps(Phase phase, VersionRow latest, LocalDate since) {
        List<String> next = new ArrayList<>();
        Deadline deadline = null;
        switch (phase) {
            case APPLICATION -> {
                String outcome = latest == null ? null : latest.outcome();
                Integer weeks = latest == null ? null : latest.legalTermWeeks();
                if (outcome == null || weeks == null) {
                    next.add(texts.get("plan.next.application.unknown"));
                } else if (outcome.equals("vergunningvrij")) {
                    next.add(texts.get("plan.next.application.vergunningvrij"));
                } else if (outcome.equals("melding")) {
                    LocalDate start = since.plusWeeks(weeks);
                    next.add(texts.get("plan.next.application.melding", DATE.format(start), weeks, DATE.format(since)));
                    deadline = new Deadline(texts.get("plan.deadline.start"), start);
                } else {
                    LocalDate decision = since.plusWeeks(weeks);
                    next.add(texts.get("plan.next.application.vergunning", DATE.format(decision), weeks, DATE.format(since)));
                    deadline = new Deadline(texts.get("plan.deadline.decision"), decision);
                }
            }
            case DECISION -> {
                LocalDate end = since.plusWeeks(OBJECTION_WEEKS);
                next.add(texts.get("plan.next.decision", DATE.format(end), OBJECTION_WEEKS));
                deadline = new Deadline(texts.get("plan.deadline.objection"), end);
            }
            default -> next.add(texts.get("plan.next." + phase.key()));
        }
        if (latest == null && phase.ordinal() <= Phase.APPLICATION.ordinal()) {
            next.add(texts.get("plan.next.no-design"));
        } else if (latest != null && !latest.compliant() && phase.ordinal() <= Phase.APPLICATION.ordinal()) {
            next.add(texts.get("plan.next.not-compliant", latest.version(), latest.failed()));
        }
        return new NextSteps(List.copyOf(next), deadline);
    }
}
