package nl.stip.plans;

import static nl.stip.plans.PhasePolicy.Act.MOVE_ANY;
import static nl.stip.plans.PhasePolicy.Act.MOVE_NEXT;
import static nl.stip.plans.PhasePolicy.Act.RECHECK;
import static nl.stip.plans.PhasePolicy.Act.SAVE_DESIGN;
import static nl.stip.plans.PhasePolicy.Act.UPLOAD_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PhasePolicy.Act;
import nl.stip.plans.PhasePolicy.Part;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The phase × role matrix as docs/accounts-and-plans.md states it, cell by cell, and the answers a refused act gets. */
class PhasePolicyTest {

    /** One row per phase: what the owner, a co-editor and a planner may do (docs/accounts-and-plans.md's table). */
    private static final Object[][] MATRIX = {
            {Phase.IDEA, EnumSet.of(MOVE_NEXT, SAVE_DESIGN, UPLOAD_DOCUMENT, RECHECK)},
            {Phase.EXPLORING, EnumSet.of(MOVE_NEXT, SAVE_DESIGN, UPLOAD_DOCUMENT, RECHECK)},
            {Phase.ALIGNING, EnumSet.of(MOVE_NEXT, SAVE_DESIGN, UPLOAD_DOCUMENT, RECHECK)},
            {Phase.PARTICIPATION, EnumSet.of(MOVE_NEXT, SAVE_DESIGN, UPLOAD_DOCUMENT, RECHECK)},
            {Phase.APPLICATION, EnumSet.of(UPLOAD_DOCUMENT, RECHECK)},
            {Phase.DECISION, EnumSet.of(UPLOAD_DOCUMENT, RECHECK)},
            {Phase.REALISATION, EnumSet.of(UPLOAD_DOCUMENT, RECHECK)},
            {Phase.EVALUATION, EnumSet.of(UPLOAD_DOCUMENT, RECHECK)},
    };

    @Test
    @SuppressWarnings("unchecked")
    void eachRoleMayDoInEachPhaseWhatTheTableSays() {
        assertThat(MATRIX.length).as("a row per phase").isEqualTo(Phase.values().length);
        SoftAssertions soft = new SoftAssertions();
        for (Object[] row : MATRIX) {
            Phase phase = (Phase) row[0];
            Set<Act> owner = (Set<Act>) row[1];
            soft.assertThat(PhasePolicy.allowed(Part.OWNER, phase)).as("owner in " + phase).isEqualTo(owner);
            Set<Act> coEditor = EnumSet.copyOf(owner);
            coEditor.remove(MOVE_NEXT); // moving on (and submitting) is the owner's act
            soft.assertThat(PhasePolicy.allowed(Part.CO_EDITOR, phase)).as("co-editor in " + phase).isEqualTo(coEditor);
            soft.assertThat(PhasePolicy.allowed(Part.PLANNER, phase)).as("planner in " + phase)
                    .isEqualTo(EnumSet.of(MOVE_NEXT, MOVE_ANY, UPLOAD_DOCUMENT, RECHECK));
            soft.assertThat(PhasePolicy.allowed(Part.ADVISOR, phase)).as("advisor in " + phase).isEqualTo(EnumSet.of(RECHECK));
            soft.assertThat(PhasePolicy.allowed(Part.VIEWER, phase)).as("viewer in " + phase).isEmpty();
            soft.assertThat(PhasePolicy.allowed(Part.OTHER, phase)).as("other in " + phase).isEmpty();
        }
        soft.assertAll();
    }

    @Test
    void theOwnerMovesOneStepAtATimeUpToTheApplication() {
        assertThatCode(() -> PhasePolicy.requireMove(Part.OWNER, Phase.IDEA, Phase.EXPLORING)).doesNotThrowAnyException();
        assertThatCode(() -> PhasePolicy.requireMove(Part.OWNER, Phase.PARTICIPATION, Phase.APPLICATION))
                .as("submitting the application is the owner's act").doesNotThrowAnyException();
        assertThatThrownBy(() -> PhasePolicy.requireMove(Part.OWNER, Phase.EXPLORING, Phase.PARTICIPATION))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("phase"))
                .hasMessageContaining("'aligning'");
        assertThatThrownBy(() -> PhasePolicy.requireMove(Part.OWNER, Phase.ALIGNING, Phase.IDEA)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> PhasePolicy.requireMove(Part.OWNER, Phase.IDEA, Phase.APPLICATION)).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void theDecisionAndLaterAreThePlannersAndTheOwnerIsToldSo() {
        Phase[][] refused = {
                {Phase.APPLICATION, Phase.DECISION}, {Phase.PARTICIPATION, Phase.DECISION}, {Phase.DECISION, Phase.REALISATION},
                {Phase.REALISATION, Phase.EVALUATION}, {Phase.APPLICATION, Phase.ALIGNING}, {Phase.EVALUATION, Phase.IDEA},
        };
        for (Phase[] move : refused) {
            assertThatThrownBy(() -> PhasePolicy.requireMove(Part.OWNER, move[0], move[1])).as(move[0] + " → " + move[1])
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                        assertThat(e.code()).isEqualTo("municipality-phase");
                    })
                    .hasMessageContaining("a planner records the decision");
            assertThatCode(() -> PhasePolicy.requireMove(Part.PLANNER, move[0], move[1])).as("planner " + move[0] + " → " + move[1])
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> PhasePolicy.requireMove(Part.CO_EDITOR, Phase.IDEA, Phase.EXPLORING))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void theDesignIsFrozenFromTheApplicationOnAndNeverThePlannersToSave() {
        for (Phase phase : Phase.values()) {
            if (PhasePolicy.initiatorsPhase(phase)) {
                assertThatCode(() -> PhasePolicy.requireSaveDesign(Part.OWNER, phase)).as(phase.key()).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> PhasePolicy.requireSaveDesign(Part.OWNER, phase)).as(phase.key())
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                            assertThat(e.code()).isEqualTo("design-frozen");
                        })
                        .hasMessageContaining("a planner moves the plan back to an earlier phase");
            }
            assertThatThrownBy(() -> PhasePolicy.requireSaveDesign(Part.PLANNER, phase))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("not-owner"));
        }
        assertThat(PhasePolicy.initiatorsPhase(Phase.PARTICIPATION)).isTrue();
        assertThat(PhasePolicy.initiatorsPhase(Phase.APPLICATION)).isFalse();
    }
}
