package nl.stip.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The offline ground the 3D viewer draws: street space and plots, derived from the demo's buildings and parcels. */
class ViewportGroundIT extends IntegrationTest {

    JsonNode ground(String bbox) {
        Http.Response response = new Http(port).get("/api/v1/viewport/ground?bbox=" + bbox);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        return response.json();
    }

    @Test
    void theCentreHasStreetsAndPlotsLabelledAsDerivedFromDemoData() {
        JsonNode collection = ground(ViewportBuildingsIT.CENTRE);
        assertThat(collection.get("derived").asBoolean()).isTrue();
        assertThat(collection.get("source").asString()).isEqualTo("Ondergrond afgeleid van percelen en gebouwen (demo)");
        assertThat(collection.get("truncated").asBoolean()).isFalse();
        List<String> kinds = collection.get("features").valueStream().map(f -> f.get("properties").get("k").asString()).toList();
        assertThat(kinds).contains("street", "plot").allMatch(k -> k.equals("street") || k.equals("plot"));
        JsonNode ring = collection.get("features").get(0).get("geometry").get("coordinates").get(0);
        assertThat(ring.get(0).get(0).asDouble()).isBetween(6.0, 6.3);
        assertThat(ring.get(0).get(1).asDouble()).isBetween(51.9, 52.1);
        assertThat(ring.size()).as("vertices of one piece").isLessThanOrEqualTo(129);
    }

    /** Building 0221100000312938 stands on a plot. */
    @Test
    void aBuildingStandsOnAPlot() {
        // The piece under a point: asked through a tiny box around it.
        String plotAt = "6.13505,52.01375,6.13508,52.01377";
        JsonNode underBuilding = ground(plotAt).get("features");
        assertThat(underBuilding.valueStream().map(f -> f.get("properties").get("k").asString())).contains("plot");
    }

    @Test
    void theDefaultViewStaysCompact() {
        // The ~1.2 km x 1 km the viewer loads for its first view of the centre.
        Http.Response response = new Http(port).get("/api/v1/viewport/ground?bbox=6.128,52.004,6.143,52.013");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("truncated").asBoolean()).isFalse();
        System.out.println("ViewportGroundIT default view: " + response.json().get("features").size() + " pieces, "
                + response.text().length() + " bytes uncompressed");
        assertThat(response.text().length()).as("bytes of the default view's ground").isLessThan(1_500_000);
    }

    @Test
    void outsideTheTownThereIsNoGround() {
        assertThat(ground("4.89,52.36,4.90,52.37").get("features")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                        | missing",
            "6.13,52.01,6.14           | 4 numbers",
            "6.13,52.01,abc,52.02      | not a number",
            "6.14,52.01,6.13,52.02     | minimum must be below",
            "3.0,50.0,7.0,54.0         | zoom in",
            "6.13,52.01,6.14,95        | outside",
            "6.13,52.01,6.14,NaN       | finite"})
    void aBadBoxIsRefusedWithTheReason(String bbox, String says) {
        Http.Response response = new Http(port).get("/api/v1/viewport/ground?bbox=" + bbox);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo("bbox");
        assertThat(response.json().get("detail").asString()).contains(says);
    }
}
