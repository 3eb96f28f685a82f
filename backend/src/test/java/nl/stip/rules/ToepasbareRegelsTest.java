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

    /** At a place, without a design (as a lookup asks): pastBinnenRegels is empty. */
    static String outcome(String activity, String functie, boolean bsg, boolean monument) {
        Map<String, Object> inputs = new java.util.HashMap<>(Map.of("functie", functie, "beschermdStadsgezicht", bsg, "monument", monument));
        inputs.put("pastBinnenRegels", null);
        return DECISIONS.evaluate(activity, inputs).verdict().outcome();
    }

    /** With a checked design: fitsRules true or false. */
    static String outcome(String activity, String functie, boolean bsg, boolean monument, boolean fitsRules) {
        return DECISIONS.evaluate(activity, inputs(functie, bsg, monument, fitsRules)).verdict().outcome();
    }

    static Map<String, Object> inputs(String functie, boolean bsg, boolean monument, boolean fitsRules) {
        return Map.of("functie", functie, "beschermdStadsgezicht", bsg, "monument", monument, "pastBinnenRegels", fitsRules);
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
    void aDesignThatBreaksARuleNeedsAPermitWhereItWouldOtherwiseBeFree() {
        assertThat(outcome("aanbouw", "wonen", false, false, false)).isEqualTo("vergunning-regulier");
        assertThat(DECISIONS.evaluate("aanbouw", inputs("wonen", false, false, false)).verdict().explanation())
                .contains("past niet binnen de regels").contains("af te wijken");
        assertThat(outcome("aanbouw", "wonen", false, false, true)).isEqualTo("vergunningvrij");
        assertThat(outcome("dakkapel", "centrum", false, false, false)).isEqualTo("vergunning-regulier");
        assertThat(outcome("aanbouw", "wonen", false, true, false)).as("a monument says why itself").isEqualTo("vergunning-regulier");
        assertThat(DECISIONS.evaluate("aanbouw", inputs("wonen", false, true, false)).verdict().explanation()).contains("monument");
        assertThat(outcome("aanbouw", "groen", false, false, false)).isEqualTo("vergunning-uitgebreid");
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
                .verdict().explanation()).contains("inrit");
    }

    @Test
    void aLocationWithoutDmnFilesStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new DmnDecisions("classpath*:nowhere/*.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No DMN files");
    }
}
