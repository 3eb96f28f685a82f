package nl.stip.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** "Stip op de kaart" on the Doesburg demo: known points, the layered answer, and bad input. */
class LookupIT extends IntegrationTest {

    /** Inside pand 0221100000312938 in the historic centre (beschermd stadsgezicht). */
    static final String CENTRE = "x=206341&y=447531";
    /** Inside pand 0221100000311445, a 1990s house in a residential area. */
    static final String HOUSE = "x=205834.72&y=446338.68";

    Http http;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    JsonNode lookup(String query) {
        Http.Response response = http.get("/api/v1/lookup?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aClickOnAHistoricBuildingShowsParcelBuildingWithHistoryRulesAndProcedures() {
        JsonNode answer = lookup(CENTRE);
        assertThat(answer.get("inside").asBoolean()).isTrue();
        assertThat(answer.get("parcel").get("kadastraleAanduiding").asString()).startsWith("DSB00 ");
        assertThat(answer.get("parcel").get("geometry").get("type").asString()).isEqualTo("Polygon");

        JsonNode building = answer.get("buildings").get(0);
        assertThat(building.get("identificatie").asString()).isEqualTo("0221100000312938");
        assertThat(building.get("heightSource").asString()).isEqualTo("estimated");
        assertThat(building.get("height").asDouble()).isPositive();
        List<String> validFrom = building.get("history").valueStream().map(h -> h.get("validFrom").asString()).toList();
        assertThat(validFrom).containsExactly("1995-01-18", "2011-06-30", "2011-09-06", "2015-11-23");

        JsonNode rule = answer.get("rules").get(0);
        assertThat(rule.get("function").asString()).isEqualTo("centrum");
        assertThat(rule.get("protections").valueStream().map(JsonNode::asString)).contains("beschermd-stadsgezicht");
        assertThat(rule.get("norms").valueStream().map(n -> n.get("key").asString())).contains("max-hoogte", "max-bebouwingspercentage");
        assertThat(rule.get("purpose").asString()).isNotBlank();
        assertThat(rule.get("ruleText").asString()).contains("12 meter");

        assertThat(outcome(answer, "aanbouw")).isEqualTo("vergunning-regulier");
        assertThat(answer.get("summary").get("allowed").asString()).contains("12 meter").contains("Beschermd stadsgezicht");
    }

    /**
     * Issue 13: with a real STTR file in STIP_RULES_DMN (as the shared test context has, see IntegrationTest) every lookup
     * inside the municipality answered 500 ("Required dependency ... not found"). Now Stip's own tables still decide, and
     * the STTR activity says it cannot decide yet, with its open questions, minus what the place already answers.
     */
    @Test
    void anSttrFileNextToStipsTablesNeverBreaksTheLookupAndSaysWhichQuestionsAreOpen() {
        JsonNode centre = lookup(CENTRE);
        assertThat(outcome(centre, "aanbouw")).isEqualTo("vergunning-regulier");
        JsonNode sttr = procedure(centre, "nl.imow-gm0363.activiteit.2");
        assertThat(sttr.get("outcome").asString()).isEqualTo("nog-niet-te-bepalen");
        assertThat(sttr.get("outcomeLabel").asString()).isEqualTo("Nog niet te bepalen");
        assertThat(sttr.get("explanation").asString()).startsWith("Nog niet te bepalen: beantwoord de vragen");
        assertThat(sttr.get("decisionSource").asString()).isEqualTo("Conclusie Bouwen");
        List<String> open = sttr.get("openQuestions").valueStream().map(q -> q.get("text").asString()).toList();
        assertThat(open).hasSize(8).contains("Wordt de aanbouw hoger dan 5 m?")
                .doesNotContain("Gaat u een aanbouw maken in een beschermd stadsgezicht?", "Gaat een aanbouw maken aan een rijksmonument?",
                        "Ligt de plek in het werkingsgebied nl.imow-gm0363.gebied.4?");
        assertThat(procedure(centre, "nl.stip-test.activiteit.bijgebouw").get("openQuestions").get(0).get("text").asString())
                .isEqualTo("Hoeveel vierkante meter wordt het bijgebouw?");
        JsonNode line = howItGoes(centre, "nl.imow-gm0363.activiteit.2");
        assertThat(line.get("term").asString()).isEqualTo("Nog niet te bepalen: beantwoord de vragen");
        assertThat(line.get("exampleFee").isNull()).as("no fee estimate before the answers").isTrue();
        assertThat(lookup(HOUSE).get("procedures").size()).isEqualTo(centre.get("procedures").size()).isEqualTo(10);
    }

    @Test
    void everyAnswerBuiltOnDerivedDataSaysSo() {
        JsonNode answer = lookup(CENTRE);
        assertThat(answer.get("parcel").get("demo").asBoolean()).isTrue();
        assertThat(answer.get("notices").valueStream().map(JsonNode::asString))
                .anyMatch(n -> n.contains("demo-informatie"))
                .anyMatch(n -> n.contains("0221100000312938") && n.contains("geschat"));
    }

    @Test
    void aHouseInAResidentialAreaMayGetAnExtensionWithoutPermit() {
        JsonNode answer = lookup(HOUSE);
        assertThat(answer.get("buildings").get(0).get("identificatie").asString()).isEqualTo("0221100000311445");
        assertThat(answer.get("rules").get(0).get("function").asString()).isEqualTo("wonen");
        assertThat(outcome(answer, "aanbouw")).isEqualTo("vergunningvrij");
        assertThat(outcome(answer, "nieuwbouw-woning")).isEqualTo("vergunning-regulier");
        JsonNode procedure = procedure(answer, "nieuwbouw-woning");
        assertThat(procedure.get("legalTermWeeks").asInt()).isEqualTo(8);
        assertThat(procedure.get("explanation").asString()).isNotBlank();
        assertThat(procedure.get("feeBasis").asString()).isNotBlank();
    }

    @Test
    void aClickInTheGardenShowsTheBuildingsOnThatParcel() {
        JsonNode house = lookup(HOUSE);
        String parcelId = house.get("parcel").get("id").asString();
        JsonNode garden = lookup(gardenOf(parcelId));
        assertThat(garden.get("parcel").get("id").asString()).isEqualTo(parcelId);
        assertThat(garden.get("buildings").valueStream().map(b -> b.get("identificatie").asString())).contains("0221100000311445");
    }

    /** A point on the parcel that lies in no building. */
    private String gardenOf(String parcelId) {
        var point = jdbc.sql("""
                SELECT ST_X(p) || ',' || ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_Difference(geom,
                  (SELECT ST_Union(footprint) FROM building WHERE ST_Intersects(footprint, parcel.geom)))) p
                FROM parcel WHERE id = ?) s""").param(Long.parseLong(parcelId)).query(String.class).single().split(",");
        return "x=" + point[0] + "&y=" + point[1];
    }

    @Test
    void wgs84AndRdCoordinatesOfTheSamePlaceGiveTheSameAnswer() {
        JsonNode rd = lookup(HOUSE);
        JsonNode point = rd.get("point");
        JsonNode wgs = lookup("lon=" + point.get("lon").asString() + "&lat=" + point.get("lat").asString());
        assertThat(wgs.get("point").get("x").asDouble()).isCloseTo(205834.72, org.assertj.core.data.Offset.offset(0.05));
        assertThat(wgs.get("parcel").get("id").asLong()).isEqualTo(rd.get("parcel").get("id").asLong());
        assertThat(wgs.get("buildings").get(0).get("identificatie").asString()).isEqualTo("0221100000311445");
    }

    @Test
    void aPointOutsideTheMunicipalityGivesEmptyPartsAndAMessage() {
        JsonNode answer = lookup("lon=4.9003&lat=52.3728");
        assertThat(answer.get("inside").asBoolean()).isFalse();
        assertThat(answer.get("message").asString()).contains("geen gegevens");
        assertThat(answer.get("parcel").isNull()).isTrue();
        assertThat(answer.get("buildings")).isEmpty();
        assertThat(answer.get("rules")).isEmpty();
        assertThat(answer.get("procedures")).isEmpty();
    }

    @Test
    void aPointFarOutsideTheNetherlandsIsStillAnsweredAsOutside() {
        assertThat(lookup("lon=-120&lat=-45").get("inside").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lat=52.0          | lon | missing",
            "lon=6.1           | lat | missing",
            "lon=abc&lat=52    | lon | must be a number",
            "lon=6.1&lat=NaN   | lat | must be a number",
            "lon=200&lat=52    | lon | out of range",
            "lon=6.1&lat=-91   | lat | out of range",
            "x=206341          | y   | missing",
            "x=206341&y=9e9    | y   | outside the RD New area",
            "lon=6.1&lat=52&x=1&y=2 | lon | not both",
            "''                | lon | missing"})
    void badCoordinatesAreRefusedNamingTheParameter(String query, String parameter, String says) {
        Http.Response response = http.get("/api/v1/lookup?" + query);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
        assertThat(response.json().get("detail").asString()).contains(says);
    }

    @Test
    void theLookupIsReadOnly() {
        assertThat(http.post("/api/v1/lookup?" + CENTRE, "{}").status()).isEqualTo(403);
    }

    @Test
    void howItGoesIsAShortLinePerActivityWithTermAndAnExampleFeeThatSaysItIsAnEstimate() {
        JsonNode centre = lookup(CENTRE);
        assertThat(centre.get("howItGoes").size()).isEqualTo(centre.get("procedures").size()).isGreaterThan(1);
        JsonNode aanbouw = howItGoes(centre, "aanbouw");
        assertThat(aanbouw.get("outcome").asString()).isEqualTo("vergunning-regulier");
        assertThat(aanbouw.get("outcomeLabel").asString()).isEqualTo("Vergunning nodig");
        assertThat(aanbouw.get("term").asString()).isEqualTo("De gemeente beslist binnen 8 weken");
        // 3 x 4 x 3 m = 36 m3 x 450 euro = 16,200 euro building cost; 150 + 2.5% of it = 555 euro
        assertThat(aanbouw.get("exampleFee").asLong()).isEqualTo(555);
        assertThat(aanbouw.get("feeText").asString()).isEqualTo("Leges bij 3 × 4 m, 3 m hoog: ongeveer € 555 (voorbeeld, geschat)");

        JsonNode house = lookup(HOUSE);
        JsonNode free = howItGoes(house, "aanbouw");
        assertThat(free.get("term").asString()).isEqualTo("Geen aanvraag nodig, dus geen wachttijd");
        assertThat(free.get("feeText").asString()).isEqualTo("Geen leges");
        JsonNode woning = howItGoes(house, "nieuwbouw-woning");
        assertThat(woning.get("exampleFee").asLong()).isEqualTo(150 + Math.round(8 * 10 * 9 * 450 * 0.025));
        assertThat(woning.get("feeText").asString()).contains("8 × 10 m, 9 m hoog").contains("8.250").endsWith("(voorbeeld, geschat)");
    }

    private static JsonNode howItGoes(JsonNode answer, String activity) {
        return answer.get("howItGoes").valueStream().filter(p -> p.get("activity").asString().equals(activity)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + activity + " in " + answer.get("howItGoes")));
    }

    private static String outcome(JsonNode answer, String activity) {
        return procedure(answer, activity).get("outcome").asString();
    }

    private static JsonNode procedure(JsonNode answer, String activity) {
        return answer.get("procedures").valueStream().filter(p -> p.get("activity").asString().equals(activity)).findFirst()
                .orElseThrow(() -> new AssertionError("no procedure for " + activity + " in " + answer.get("procedures")));
    }
}
