package nl.stip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import nl.stip.rules.dmn.DmnDecisions;
import org.junit.jupiter.api.Test;

/** The demo DMN tables, evaluated by the real KIE DMN engine. */
class ToepasbareRegelsTest {

    static final DmnDecisions DECISIONS = load();

    static DmnDecisions load() {
        try {
            return new DmnDecisions("classpath*:stip-demo/doesburg/toepasbare-regels/*.dmn");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String outcome(String activity, String functie, boolean bsg, boolean monument) {
        return DECISIONS.evaluate(activity, Map.of("functie", functie, "beschermdStadsgezicht", bsg, "monument", monument)).outcome();
    }

    @Test
    void everyCommonActivityHasADecisionWithALabel() {
        assertThat(DECISIONS.activities()).extracting(DmnDecisions.Activity::key)
                .containsExactly("aanbouw", "dakkapel", "nieuwbouw-woning", "bedrijfspand", "boom-kappen", "uitweg");
        assertThat(DECISIONS.activities()).allSatisfy(a -> assertThat(a.label()).isNotBlank());
    }

    @Test
    void aMonumentAlwaysNeedsAPermitForAnExtension() {
        assertThat(outcome("aanbouw", "wonen", false, true)).isEqualTo("vergunning-regulier");
        assertThat(outcome("aanbouw", "wonen", false, false)).isEqualTo("vergunningvrij");
    }

    @Test
    void beschermdStadsgezichtTurnsAFreeDormerIntoAPermit() {
        assertThat(outcome("dakkapel", "centrum", true, false)).isEqualTo("vergunning-regulier");
        assertThat(outcome("dakkapel", "centrum", false, false)).isEqualTo("vergunningvrij");
    }

    @Test
    void buildingInGreenAreaNeedsTheExtendedProcedure() {
        assertThat(outcome("aanbouw", "groen", false, false)).isEqualTo("vergunning-uitgebreid");
        assertThat(outcome("nieuwbouw-woning", "groen", false, false)).isEqualTo("vergunning-uitgebreid");
        assertThat(outcome("bedrijfspand", "bedrijf", false, false)).isEqualTo("vergunning-regulier");
    }

    @Test
    void treeFellingOutsideProtectedAreasIsANotification() {
        assertThat(outcome("boom-kappen", "wonen", false, false)).isEqualTo("melding");
        assertThat(outcome("boom-kappen", "wonen", true, false)).isEqualTo("vergunning-regulier");
    }

    @Test
    void everyDecisionGivesAnExplanation() {
        assertThat(DECISIONS.evaluate("uitweg", Map.of("functie", "wonen", "beschermdStadsgezicht", false, "monument", false))
                .explanation()).contains("inrit");
    }

    @Test
    void aLocationWithoutDmnFilesStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new DmnDecisions("classpath*:nowhere/*.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No DMN files");
    }
}
