package nl.stip.buildings;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Gebouwgegevens": one building with its whole history. */
class BuildingApiIT extends IntegrationTest {

    @Test
    void aBuildingComesWithEveryVoorkomenOldestFirstAndItsChangedFootprints() {
        Http.Response response = new Http(port).get("/api/v1/buildings/0221100000312938");
        assertThat(response.status()).isEqualTo(200);
        JsonNode building = response.json();
        assertThat(building.get("status").asString()).isEqualTo("Pand in gebruik");
        assertThat(building.get("current").asBoolean()).isTrue();
        JsonNode history = building.get("history");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("documentNumber").asString()).isEqualTo("94090");
        assertThat(history.get(0).get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(history.get(1).get("geometryChanged").asBoolean()).isFalse();
        assertThat(history.get(1).has("geometry")).isFalse();
        assertThat(history.get(3).get("validTo").isNull()).isTrue();
    }

    @Test
    void aDemolishedPandStillShowsItsHistory() {
        JsonNode building = new Http(port).get("/api/v1/buildings/0221100000317269").json();
        assertThat(building.get("current").asBoolean()).isFalse();
        assertThat(building.get("history").get(building.get("history").size() - 1).get("status").asString()).isEqualTo("Pand gesloopt");
    }

    @Test
    void anUnknownBuildingIs404AndAMalformedOne400() {
        Http http = new Http(port);
        Http.Response missing = http.get("/api/v1/buildings/0221100000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Http.Response malformed = http.get("/api/v1/buildings/%3Cscript%3E");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("parameter").asString()).isEqualTo("identificatie");
    }
}
