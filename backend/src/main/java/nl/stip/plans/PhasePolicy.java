package nl.stip.plans;

import java.util.EnumSet;
import java.util.Set;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Who may do what with a plan, by its phase and the caller's part in it: the one place these rules live. The phases
 * before {@link Phase#APPLICATION} are the initiator's: the owner draws, saves versions and moves the plan on one step
 * at a time; moving it to {@code application} is submitting the application, the owner's last own step. From then on
 * the design is frozen and the plan is the municipality's: a planner records the decision, realisation and evaluation,
 * and may move a plan to any phase, also back (an application withdrawn or incomplete goes back to e.g.
 * {@code aligning}, after which the owner saves a new version and submits again). Documents never change the design (a
 * model is placed only by saving a design), so the owner and planners add them in every phase, and anyone who sees the
 * plan may check its design again. A planner never saves the initiator's design.
 */
final class PhasePolicy {

    /**
     * The caller's part in a plan. {@code CO_EDITOR}, {@code ADVISOR} and {@code VIEWER} are the roles the owner gives by
     * invitation ({@link PlanMembership}); they see the plan but act on it only as the matrix says. {@code OTHER} does
     * not see it at all.
     */
    enum Part { OWNER, CO_EDITOR, ADVISOR, VIEWER, PLANNER, OTHER }

    enum Act {
        /** Move the plan to the phase right after the current one. */
        MOVE_NEXT,
        /** Move the plan to any other phase, skipping some or going back. */
        MOVE_ANY,
        SAVE_DESIGN,
        UPLOAD_DOCUMENT,
        RECHECK
    }

    private PhasePolicy() {
    }

    /** Whether the initiator still shapes the plan in this phase: the design is open and the owner moves it on. */
    static boolean initiatorsPhase(Phase phase) {
        return phase.ordinal() < Phase.APPLICATION.ordinal();
    }

    /** The matrix: what a part may do in a phase. */
    static Set<Act> allowed(Part part, Phase phase) {
        boolean open = initiatorsPhase(phase);
        return switch (part) {
            case OWNER -> open ? EnumSet.of(Act.MOVE_NEXT, Act.SAVE_DESIGN, Act.UPLOAD_DOCUMENT, Act.RECHECK)
                    : EnumSet.of(Act.UPLOAD_DOCUMENT, Act.RECHECK);
            case CO_EDITOR -> open ? EnumSet.of(Act.SAVE_DESIGN, Act.UPLOAD_DOCUMENT, Act.RECHECK) : EnumSet.of(Act.UPLOAD_DOCUMENT, Act.RECHECK);
            case PLANNER -> EnumSet.of(Act.MOVE_NEXT, Act.MOVE_ANY, Act.UPLOAD_DOCUMENT, Act.RECHECK);
            // Checking again stores nothing; an advisor may, to see what the municipality will see.
            case ADVISOR -> EnumSet.of(Act.RECHECK);
            case VIEWER, OTHER -> EnumSet.noneOf(Act.class);
        };
    }

    static boolean may(Part part, Phase phase, Act act) {
        return allowed(part, phase).contains(act);
    }

    /** Refuses moving a plan from {@code from} to {@code to} (another phase) unless this part may. */
    static void requireMove(Part part, Phase from, Phase to) {
        boolean next = to.ordinal() == from.ordinal() + 1;
        if (may(part, from, Act.MOVE_ANY) || next && may(part, from, Act.MOVE_NEXT)) {
            return;
        }
        if (part == Part.OTHER) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-owner", "Only the owner of a plan and planners move its phase.");
        }
        if (part == Part.CO_EDITOR || part == Part.ADVISOR || part == Part.VIEWER) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-owner", "Only the owner of a plan moves it to the next phase.");
        }
        if (!initiatorsPhase(from) || to.ordinal() > Phase.APPLICATION.ordinal()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "municipality-phase", "From '" + Phase.APPLICATION.key()
                    + "' on the plan is the municipality's: a planner records the decision, the realisation and the evaluation. "
                    + "The owner moves a plan one phase at a time up to '" + Phase.APPLICATION.key() + "' (submitting the application).");
        }
        throw new InvalidParameterException("phase", "from '" + from.key() + "' the next phase is '" + Phase.values()[from.ordinal() + 1].key()
                + "'; phases cannot be skipped or gone back to (a planner can)");
    }

    /** Refuses saving a design unless this part may in this phase: 409 design-frozen for the owner from the application on. */
    static void requireSaveDesign(Part part, Phase phase) {
        if (may(part, phase, Act.SAVE_DESIGN)) {
            return;
        }
        if (part == Part.OWNER || part == Part.CO_EDITOR) {
            throw new ProblemException(HttpStatus.CONFLICT, "design-frozen", "The design is frozen: the plan is in phase '" + phase.key()
                    + "', and from '" + Phase.APPLICATION.key() + "' on the submitted design is what the municipality decides on. "
                    + "A new design after submission goes through the municipality: a planner moves the plan back to an earlier "
                    + "phase (e.g. '" + Phase.ALIGNING.key() + "'), then the owner saves it as the next version and submits again.");
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "not-owner", "Only the owner of a plan and its co-editors save its design.");
    }

    /** Refuses adding a document unless this part may in this phase. */
    static void requireUpload(Part part, Phase phase) {
        if (!may(part, phase, Act.UPLOAD_DOCUMENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-owner", "Only the owner of a plan, its co-editors and planners add documents.");
        }
    }

    /** Refuses checking the design again unless this part may in this phase. */
    static void requireRecheck(Part part, Phase phase) {
        if (!may(part, phase, Act.RECHECK)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-owner", "Only the owner of a plan, its co-editors, advisors and planners check it again.");
        }
    }
}
