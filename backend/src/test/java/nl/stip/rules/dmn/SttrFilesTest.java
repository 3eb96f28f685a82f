package nl.stip.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real STTR files of the national Vergunningcheck (Amsterdam's test files) read and evaluated next to Stip's tables. */
class SttrFilesTest {

    static final String GEO_ACTIVITY = "nl.imow-gm0363.activiteit.2";
    static final String TREE_ACTIVITY = "nl.imow-gm0983.activiteit.MD2i221";
    static final String DEMO_ACTIVITY = "nl.imow-gm0363.activiteit.Bijbehorendbouwwerkbouwen";

    static final DmnDecisions BOTH = load("classpath*:stip-demo/doesburg/toepasbare-regels/*.dmn,"
            + "classpath:sttr/geo.dmn,classpath:sttr/tree-felling.dmn,classpath:sttr/demo.dmn,classpath:sttr/area-number.dmn");

    static DmnDecisions load(String pattern) {
        try {
            return new DmnDecisions(pattern);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anSttrConclusionIsOneActivityNamedByItsFunctioneleStructuurRefNotItsPaths() {
        assertThat(BOTH.activities()).extracting(DmnDecisions.Activity::key).containsExactly(
                "aanbouw", "dakkapel", "nieuwbouw-woning", "bedrijfspand", "boom-kappen", "uitweg",
                GEO_ACTIVITY, TREE_ACTIVITY, DEMO_ACTIVITY, "nl.stip-test.activiteit.bijgebouw");
        DmnDecisions.Activity geo = BOTH.activity(GEO_ACTIVITY);
        assertThat(geo.label()).isEqualTo("Conclusie Bouwen");
        assertThat(geo.file()).isEqualTo("geo.dmn");
        assertThat(geo.decisionName()).isEqualTo("_Conclusie_dummy");
    }

    @Test
    void theQuestionsAreTheTransitiveInputsWithTheFilesOwnTextsAndTypes() {
        List<Question> geo = BOTH.activity(GEO_ACTIVITY).questions();
        assertThat(geo).hasSize(11).allSatisfy(q -> assertThat(q.type()).isEqualTo(Question.BOOLEAN));
        assertThat(geo).extracting(Question::text).contains("Wordt de aanbouw hoger dan 5 m?",
                "Gaat u een aanbouw maken in een beschermd stadsgezicht?");
        Question location = geo.get(0);
        assertThat(location.location()).isEqualTo("nl.imow-gm0363.gebied.4");
        assertThat(location.text()).isNull();
        assertThat(location.id()).isEqualTo("_6955a83b-e19c-4014-9655-3076879ea74f");
        assertThat(location.ruleId()).isEqualTo("uitv__6955a83b-e19c-4014-9655-3076879ea74f");
        assertThat(geo.stream().filter(q -> q.text() != null && q.text().startsWith("Staat het bouwwerk op de grond")).findFirst()
                .orElseThrow().explanation()).contains("fundering");

        List<Question> tree = BOTH.activity(TREE_ACTIVITY).questions();
        assertThat(tree).extracting(Question::id).containsExactly("erf", "beschermd", "plan", "vormboom");
        Question plan = tree.get(2);
        assertThat(plan.type()).isEqualTo(Question.LIST);
        assertThat(plan.text()).isEqualTo("Wat wilt u gaan doen met de boom?");
        assertThat(plan.options()).containsExactly("Kappen", "Meer dan 20% snoeien van de kroon of de wortels",
                "Minder dan 20% snoeien van de kroon of de wortels");
        assertThat(tree.get(1).text()).as("whitespace of the file folded").isEqualTo("Is het een beschermde boom?");

        assertThat(BOTH.activity("nl.stip-test.activiteit.bijgebouw").questions()).singleElement()
                .satisfies(q -> assertThat(q.type()).isEqualTo(Question.NUMBER));
        assertThat(BOTH.activity("aanbouw").questions()).extracting(Question::id)
                .containsExactly("functie", "beschermdStadsgezicht", "monument", "pastBinnenRegels");
        assertThat(BOTH.activity("aanbouw").questions().get(0).type()).as("from the typeRef").isEqualTo(Question.TEXT);
    }

    @Test
    void aDecisionWithMissingInputsIsOpenWithItsQuestionsNeverAnError() {
        DmnDecisions.Evaluation none = BOTH.evaluate(GEO_ACTIVITY, Map.of());
        assertThat(none.decided()).isFalse();
        assertThat(none.open()).hasSize(11);
        Map<String, Object> most = allFalse(GEO_ACTIVITY);
        most.remove("_e16662c3-d8bf-444d-8340-94998ded1e7e");
        DmnDecisions.Evaluation one = BOTH.evaluate(GEO_ACTIVITY, most);
        assertThat(one.open()).extracting(Question::text).containsExactly("Wordt de aanbouw hoger dan 5 m?");
        // the reported file's input, by name, with a space in it
        assertThat(BOTH.evaluate("nl.stip-test.activiteit.bijgebouw", Map.of("functie", "wonen")).open())
                .extracting(Question::id).containsExactly("oppervlakte m2");
    }

    @Test
    void aValueOfTheWrongTypeIsAnUndecidedAnswerNotAnException() {
        DmnDecisions.Evaluation wrong = BOTH.evaluate("nl.stip-test.activiteit.bijgebouw", Map.of("oppervlakte m2", "veel"));
        assertThat(wrong.decided()).isFalse();
        assertThat(wrong.open()).isEmpty();
        assertThat(wrong.problem()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"25, Toestemmingsvrij", "30, Toestemmingsvrij", "30.5, Vergunningplicht", "120, Vergunningplicht"})
    void numbersReachTheEngineAsDecimals(double area, String conclusion) {
        Object value = area == Math.rint(area) ? (Object) (int) area : (Object) area;
        assertThat(BOTH.evaluate("nl.stip-test.activiteit.bijgebouw", Map.of("oppervlakte m2", value)).verdict().outcome())
                .isEqualTo(conclusion);
    }

    /** Every combination of answers to the file's questions: each conclusion its top table names is reached, none fails. */
    @ParameterizedTest
    @CsvSource({GEO_ACTIVITY, TREE_ACTIVITY, DEMO_ACTIVITY})
    void everyConclusionOfARealFileIsReachedByAnswersAndEveryAnswerSetDecides(String activity) {
        List<Question> questions = BOTH.activity(activity).questions();
        Set<String> reached = new TreeSet<>();
        for (Map<String, Object> answers : combinations(questions)) {
            DmnDecisions.Evaluation e = BOTH.evaluate(activity, answers);
            assertThat(e.decided()).as("%s with %s: %s", activity, answers, e.problem()).isTrue();
            reached.add(e.verdict().outcome());
        }
        assertThat(reached).containsExactly("Toestemmingsvrij", "Vergunningplicht");
    }

    @Test
    void anSttrConclusionAndStipsOwnRowAreBothUnderstood() {
        // a tree in a garden that is not protected may be felled: "nee" from the first path decides
        assertThat(BOTH.evaluate(TREE_ACTIVITY, Map.of("erf", true, "beschermd", false, "plan", "Kappen", "vormboom", false))
                .verdict().outcome()).isEqualTo("Toestemmingsvrij");
        assertThat(BOTH.evaluate(TREE_ACTIVITY, Map.of("erf", false, "beschermd", false, "plan", "Kappen", "vormboom", false))
                .verdict().outcome()).isEqualTo("Vergunningplicht");
        Map<String, Object> monument = allFalse(GEO_ACTIVITY);
        monument.put("_ce0dffab-5b40-4bc8-a4e6-4f602a8b1513", true);
        assertThat(BOTH.evaluate(GEO_ACTIVITY, monument).verdict().outcome()).isEqualTo("Vergunningplicht");
        Map<String, Object> stip = new HashMap<>(Map.of("functie", "wonen", "beschermdStadsgezicht", false, "monument", true));
        stip.put("pastBinnenRegels", null);
        DmnDecisions.Verdict row = BOTH.evaluate("aanbouw", stip).verdict();
        assertThat(row.outcome()).isEqualTo("vergunning-regulier");
        assertThat(row.explanation()).contains("monument");
        assertThat(DmnDecisions.verdict(List.of("Toestemmingsvrij", "Meldingsplicht", "Vergunningplicht")).outcome())
                .as("of several hits the strictest").isEqualTo("Vergunningplicht");
    }

    @Test
    void aFileThatIsNotDmnIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new DmnDecisions("classpath:sttr/geo.dmn,classpath:sttr/not-dmn.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not-dmn.dmn").hasMessageContaining("is not DMN");
    }

    @Test
    void aFileThatIsNotXmlIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new DmnDecisions("classpath:sttr/not-xml.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not-xml.dmn").hasMessageContaining("not valid XML");
    }

    @Test
    void dmnWithoutDecisionsIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new DmnDecisions("classpath:sttr/no-decisions.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-decisions.dmn").hasMessageContaining("no decisions");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> new DmnDecisions("classpath:sttr/geo.dmn,file:/nowhere/conclusie.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("conclusie.dmn");
    }

    @Test
    void theSameActivityInTwoFilesIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new DmnDecisions("classpath:sttr/geo.dmn,file:src/test/resources/sttr/geo.dmn"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(GEO_ACTIVITY).hasMessageContaining("geo.dmn and geo.dmn");
    }

    static Map<String, Object> allFalse(String activity) {
        Map<String, Object> answers = new HashMap<>();
        BOTH.activity(activity).questions().forEach(q -> answers.put(q.id(), false));
        return answers;
    }

    static List<Map<String, Object>> combinations(List<Question> questions) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(new HashMap<>());
        for (Question q : questions) {
            List<Object> values = q.type().equals(Question.LIST) ? List.copyOf(q.options()) : List.of(true, false);
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : all) {
                for (Object v : values) {
                    Map<String, Object> m = new HashMap<>(partial);
                    m.put(q.id(), v);
                    next.add(m);
                }
            }
            all = next;
        }
        return all;
    }
}
