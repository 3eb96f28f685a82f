package nl.stip.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The buildings the 3D viewer loads for what is in view. */
class ViewportBuildingsIT extends IntegrationTest {

    /** About 500 m x 500 m around the historic centre of Doesburg. */
    static final String CENTRE = "6.1313895,52.0115356,6.1387472,52.0159831";

    JsonNode viewport(String bbox) {
        Http.Response response = new Http(port).get("/api/v1/viewport/buildings?bbox=" + bbox);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        return response.json();
    }

    @Test
    void aViewOfTheCentreHoldsItsBuildingsWithHeightAndWhetherItIsEstimated() {
        JsonNode collection = viewport(CENTRE);
        assertThat(collection.get("truncated").asBoolean()).isFalse();
        assertThat(collection.get("features").size()).isBetween(500, 1500);
        JsonNode building = collection.get("features").valueStream()
                .filter(f -> f.get("id").asString().equals("0221100000312938")).findFirst().orElseThrow();
        assertThat(building.get("properties").get("s").asString()).isEqualTo("estimated");
        assertThat(building.get("properties").get("h").asDouble()).isEqualTo(10.0);
        JsonNode ring = building.get("geometry").get("coordinates").get(0);
        assertThat(ring.get(0).get(0).asDouble()).isBetween(6.13, 6.14);
        assertThat(ring.get(0).get(1).asDouble()).isBetween(52.01, 52.02);
    }

    @Test
    void theViewerCanAskForPlainJsonToo() {
        Http.Response response = new Http(port).get("/api/v1/viewport/buildings?bbox=" + CENTRE, "application/json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("features").size()).isPositive();
    }

    @Test
    void demolishedBuildingsAreNotShown() {
        assertThat(viewport(CENTRE).get("features").valueStream().map(f -> f.get("id").asString()))
                .doesNotContain("0221100000317269");
    }

    @Test
    void aViewWithoutBuildingsIsAnEmptyCollection() {
        assertThat(viewport("4.89,52.36,4.90,52.37").get("features")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                        | missing",
            "6.13,52.01,6.14           | 4 numbers",
            "6.13,52.01,abc,52.02      | not a number",
            "6.14,52.01,6.13,52.02     | minimum must be below",
            "3.0,50.0,7.0,54.0         | zoom in",
            "6.13,52.01,6.14,95        | outside"})
    void aBadViewportIsRefusedWithTheReason(String bbox, String says) {
        Http.Response response = new Http(port).get("/api/v1/viewport/buildings?bbox=" + bbox);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("bbox");
        assertThat(response.json().get("detail").asString()).contains(says);
    }
}
