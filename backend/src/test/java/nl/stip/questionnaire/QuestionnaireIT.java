package nl.stip.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The questionnaire of real STTR files (Amsterdam's, in the shared context next to Stip's tables; mapping in
 * IntegrationTest): the file's questions, answers filled in from a point or a drawn design, conclusions, and bad answers.
 */
class QuestionnaireIT extends IntegrationTest {

    static final String GEO = "/api/v1/activities/nl.imow-gm0363.activiteit.2";
    static final String TREE = "/api/v1/activities/nl.imow-gm0983.activiteit.MD2i221";
    static final String AREA = "/api/v1/activities/nl.stip-test.activiteit.bijgebouw";
    static final String HEIGHT_Q = "_e16662c3-d8bf-444d-8340-94998ded1e7e";
    static final String BSG_Q = "_b9ff3816-1b89-4674-9eac-e0732eca75e4";
    static final String MONUMENT_Q = "_ce0dffab-5b40-4bc8-a4e6-4f602a8b1513";
    /** "Ligt de plek in het werkingsgebied nl.imow-gm0363.gebied.4?", mapped to the demo plan's Historische binnenstad. */
    static final String AREA_Q = "_6955a83b-e19c-4014-9655-3076879ea74f";
    /** In the historic centre of Doesburg (beschermd stadsgezicht), as LookupIT. */
    static final String CENTRE = "x=206341&y=447531";
    static final String HOUSE = "x=205834.72&y=446338.68";

    @Autowired
    JdbcClient jdbc;

    Http http;
    Browser visitor;

    @BeforeEach
    void clients() {
        http = new Http(port);
        visitor = new Browser(port).primed();
    }

    JsonNode get(String path) {
        Http.Response response = http.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    JsonNode answer(String path, String body) {
        Http.Response response = visitor.post(path + "/answers", body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static JsonNode question(JsonNode questionnaire, String id) {
        return questionnaire.get("questions").valueStream().filter(q -> q.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }

    @Test
    void anyoneReadsTheFilesOwnQuestionsAndTheConclusionWaitsForTheAnswers() {
        JsonNode geo = get(GEO + "/questions");
        assertThat(geo.get("label").asString()).isEqualTo("Conclusie Bouwen");
        assertThat(geo.get("source").asString()).isEqualTo("geo.dmn");
        assertThat(geo.get("questions")).hasSize(11);
        assertThat(geo.get("questions").valueStream().map(q -> q.get("text").asString()))
                .contains("Wordt de aanbouw hoger dan 5 m?", "Staat het bouwwerk op de grond?")
                .contains("Ligt de plek in het werkingsgebied nl.imow-gm0363.gebied.4?");
        assertThat(geo.get("questions").valueStream().map(q -> q.get("type").asString()).distinct()).containsExactly("boolean");
        assertThat(question(geo, HEIGHT_Q).get("mapped").asBoolean()).isTrue();
        assertThat(question(geo, HEIGHT_Q).get("value").isNull()).isTrue();
        assertThat(geo.get("conclusion").get("outcome").asString()).isEqualTo("nog-niet-te-bepalen");
        assertThat(geo.get("conclusion").get("openQuestions")).hasSize(11);

        JsonNode tree = get(TREE + "/questions");
        JsonNode plan = question(tree, "plan");
        assertThat(plan.get("type").asString()).isEqualTo("list");
        assertThat(plan.get("options")).hasSize(3);
        assertThat(question(tree, "erf").get("explanation").asString()).contains("tuin of een erf");

        assertThat(http.get("/api/v1/activities").json().valueStream().map(a -> a.get("key").asString()))
                .contains("aanbouw", "nl.imow-gm0363.activiteit.2", "nl.imow-gm0983.activiteit.MD2i221");
    }

    @Test
    void aPointFillsInWhatTheOmgevingsplanSaysThereMarkedAsFilledIn() {
        JsonNode centre = get(GEO + "/questions?" + CENTRE);
        JsonNode bsg = question(centre, BSG_Q);
        assertThat(bsg.get("value").asBoolean()).isTrue();
        assertThat(bsg.get("prefilled").asBoolean()).isTrue();
        assertThat(bsg.get("prefilledFrom").asString()).isEqualTo("location");
        assertThat(bsg.get("prefilledNote").asString()).isEqualTo("ingevuld uit de gegevens van deze plek");
        assertThat(bsg.get("basis").asString()).contains("Beschermd stadsgezicht");
        assertThat(question(centre, HEIGHT_Q).get("prefilled").asBoolean()).as("no design, no height").isFalse();
        JsonNode area = question(centre, AREA_Q);
        assertThat(area.get("value").asBoolean()).as("the centre lies in the Historische binnenstad").isTrue();
        assertThat(area.get("prefilledFrom").asString()).isEqualTo("location");
        assertThat(area.get("basis").asString()).isEqualTo("volgens het omgevingsplan ligt de plek in Historische binnenstad");
        assertThat(centre.get("conclusion").get("openQuestions")).hasSize(8);

        JsonNode house = get(GEO + "/questions?" + HOUSE);
        assertThat(question(house, BSG_Q).get("value").asBoolean()).isFalse();
        assertThat(question(house, BSG_Q).get("prefilled").asBoolean()).isTrue();
        assertThat(question(house, AREA_Q).get("value").asBoolean()).isFalse();
        assertThat(question(house, AREA_Q).get("basis").asString()).isEqualTo("volgens het omgevingsplan ligt de plek niet in Historische binnenstad");
    }

    @Test
    void aDrawnDesignFillsInItsHeightAndAreaAndAnAnswerOverrulesIt() {
        DemoGarden garden = DemoGarden.find(jdbc);
        String design = "{\"activity\":\"anders\",\"volumes\":[{\"footprint\":" + TestGeometry.rect(garden.centre().x, garden.centre().y, 2, 3)
                + ",\"baseHeight\":0,\"height\":6.2,\"roof\":{\"type\":\"flat\"}}]}";
        JsonNode geo = answer(GEO, "{\"answers\":{},\"design\":" + design + "}");
        JsonNode height = question(geo, HEIGHT_Q);
        assertThat(height.get("value").asBoolean()).as("6.2 m is higher than 5 m").isTrue();
        assertThat(height.get("prefilledFrom").asString()).isEqualTo("design");
        assertThat(height.get("prefilledNote").asString()).isEqualTo("ingevuld uit uw ontwerp");
        assertThat(height.get("basis").asString()).isEqualTo("hoogte van uw ontwerp: 6,2 m");

        JsonNode area = answer(AREA, "{\"answers\":{},\"design\":" + design + "}");
        JsonNode m2 = question(area, "oppervlakte m2");
        assertThat(m2.get("value").asDouble()).isCloseTo(6.0, within(0.05));
        assertThat(m2.get("prefilled").asBoolean()).isTrue();
        assertThat(area.get("conclusion").get("outcome").asString()).as("6 m² is at most 30 m²").isEqualTo("vergunningvrij");

        JsonNode overruled = answer(AREA, "{\"answers\":{\"oppervlakte m2\":45},\"design\":" + design + "}");
        assertThat(question(overruled, "oppervlakte m2").get("answered").asBoolean()).isTrue();
        assertThat(question(overruled, "oppervlakte m2").get("prefilled").asBoolean()).isFalse();
        assertThat(overruled.get("conclusion").get("outcome").asString()).isEqualTo("vergunning-regulier");
        assertThat(overruled.get("conclusion").get("explanation").asString()).contains("Vergunningplicht").contains("area-number.dmn");
    }

    @Test
    void answersReachEachConclusionOfARealFile() {
        JsonNode questions = get(GEO + "/questions");
        List<String> all = new ArrayList<>();
        questions.get("questions").valueStream().forEach(q -> all.add("\"" + q.get("id").asString() + "\":false"));
        String allFalse = "{\"answers\":{" + String.join(",", all) + "}}";
        JsonNode permit = answer(GEO, allFalse.replace("\"" + MONUMENT_Q + "\":false", "\"" + MONUMENT_Q + "\":true"));
        assertThat(permit.get("conclusion").get("outcome").asString()).isEqualTo("vergunning-regulier");
        assertThat(permit.get("conclusion").get("openQuestions")).isEmpty();

        JsonNode free = answer(TREE, "{\"answers\":{\"erf\":true,\"beschermd\":false,\"plan\":\"Kappen\",\"vormboom\":false}}");
        assertThat(free.get("conclusion").get("outcome").asString()).isEqualTo("vergunningvrij");
        assertThat(free.get("conclusion").get("outcomeLabel").asString()).isEqualTo("Geen vergunning nodig");
        JsonNode needed = answer(TREE, "{\"answers\":{\"erf\":false,\"beschermd\":false,\"plan\":\"Kappen\",\"vormboom\":false}}");
        assertThat(needed.get("conclusion").get("outcome").asString()).isEqualTo("vergunning-regulier");

        JsonNode partly = answer(TREE, "{\"answers\":{\"erf\":true}}");
        assertThat(partly.get("conclusion").get("outcome").asString()).isEqualTo("nog-niet-te-bepalen");
        assertThat(partly.get("conclusion").get("openQuestions").valueStream().map(q -> q.get("id").asString()))
                .containsExactly("beschermd", "plan", "vormboom");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/activities/nl.imow-gm0983.activiteit.MD2i221 | {\"answers\":{\"erf\":\"ja\"}}            | erf            | yes/no question",
            "/api/v1/activities/nl.imow-gm0983.activiteit.MD2i221 | {\"answers\":{\"plan\":\"Verplanten\"}}  | plan           | takes one of",
            "/api/v1/activities/nl.imow-gm0983.activiteit.MD2i221 | {\"answers\":{\"kleur\":true}}          | kleur          | is not a question",
            "/api/v1/activities/nl.stip-test.activiteit.bijgebouw | {\"answers\":{\"oppervlakte m2\":\"veel\"}} | oppervlakte m2 | asks for a number",
            "/api/v1/activities/nl.stip-test.activiteit.bijgebouw | {\"answers\":{\"oppervlakte m2\":-3}}    | oppervlakte m2 | from 0 to 1000000"})
    void anAnswerOfTheWrongTypeOrOutOfRangeIs400NamingTheQuestion(String path, String body, String question, String says) {
        Http.Response response = visitor.post(path + "/answers", body);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo("answers." + question);
        assertThat(response.json().get("questionId").asString()).isEqualTo(question);
        assertThat(response.json().get("detail").asString()).contains(says);
        if (!question.equals("kleur")) {
            assertThat(response.json().get("question").asString()).isNotBlank();
        }
    }

    @Test
    void anUnknownActivityIs404AndAnswersNeedTheCsrfTokenLikeEveryPost() {
        assertThat(http.get("/api/v1/activities/geen-activiteit/questions").status()).isEqualTo(404);
        assertThat(visitor.post("/api/v1/activities/geen-activiteit/answers", "{\"answers\":{}}").status()).isEqualTo(404);
        assertThat(visitor.postWithoutCsrf(TREE + "/answers", "{\"answers\":{}}").status()).isEqualTo(403);
        assertThat(http.get(GEO + "/questions?plan=abc").status()).isEqualTo(400);
        assertThat(http.get(GEO + "/questions?plan=1").status()).as("a plan only for those who may see it").isEqualTo(404);
    }
}
