package nl.stip.sunlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bezonningsstudie on the Doesburg demo: an extension in the back garden of house 0221100000311445
 * ({@link DemoGarden}), two storeys (6 m) and four (12 m), against the demo's buildings and parcels.
 */
class SunlightIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    Http http;
    DemoGarden garden;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        garden = DemoGarden.find(jdbc);
    }

    private String extension(double height) {
        String footprint = TestGeometry.rect(garden.centre().x, garden.centre().y, 3, 3);
        return "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + footprint + ",\"baseHeight\":0,\"height\":" + height
                + ",\"roof\":{\"type\":\"flat\"}}]}";
    }

    private JsonNode study(double height) {
        Http.Response r = http.post("/api/v1/sunlight", extension(height));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    /** The hours lost over all neighbours, each at its worst day. */
    private static double totalLoss(JsonNode study) {
        double total = 0;
        for (JsonNode b : study.get("buildings")) {
            total += b.get("worstLoss").asDouble();
        }
        return total;
    }

    @Test
    void aHigherExtensionTakesMoreSunFromTheNeighboursAndTheAnswerSaysHowItWasComputed() {
        JsonNode low = study(6);
        JsonNode high = study(12);

        JsonNode settings = low.get("settings");
        assertThat(settings.get("days").toString()).isEqualTo("[\"01-21\",\"02-19\",\"03-21\",\"06-21\",\"10-21\",\"11-22\"]");
        assertThat(settings.get("stepMinutes").asInt()).isEqualTo(5);
        assertThat(settings.get("distanceMetres").asDouble()).isEqualTo(100.0);
        assertThat(settings.get("latitude").asDouble()).as("Doesburg").isBetween(52.0, 52.03);
        assertThat(settings.get("norms").get(0).get("label").asString()).isEqualTo("lichte TNO-norm");
        // Demo heights are estimated from footprint and year of construction: the answer says so.
        assertThat(low.get("estimatedHeights").asBoolean()).isTrue();
        assertThat(low.get("assumptions").toString()).contains("geschat").contains("onbewolkt").contains("geen wettelijke norm");

        assertThat(high.get("buildings").size()).as("a 12 m block in a town garden shades a neighbour").isPositive();
        assertThat(high.get("buildings").size()).isGreaterThanOrEqualTo(low.get("buildings").size());
        assertThat(totalLoss(high)).isGreaterThan(totalLoss(low));
        JsonNode first = high.get("buildings").get(0);
        assertThat(first.get("identificatie").asString()).as("the own house is not a neighbour").isNotEqualTo("0221100000311445");
        assertThat(first.get("distance").asDouble()).isBetween(0.0, 100.0);
        assertThat(first.get("days").get(2).get("label").asString()).isEqualTo("21 maart");
        for (JsonNode d : first.get("days")) {
            assertThat(d.get("hoursAfter").asDouble()).isLessThanOrEqualTo(d.get("hoursBefore").asDouble());
        }
        assertThat(first.has("name")).isFalse();
        // The own parcel is not a neighbour's garden.
        for (JsonNode g : high.get("gardens")) {
            assertThat(g.get("parcelId").asLong()).isNotEqualTo(garden.parcelId());
        }
    }

    @Test
    void aLowTerraceTakesNoSunFromAnyFacadeAndMinutesAtMostFromGardens() {
        JsonNode flat = study(0.5);
        assertThat(flat.get("buildings").size()).isZero();
        // Only at sunrise and sunset does a 0.5 m terrace throw a long shadow into the gardens beside it: minutes, not hours.
        for (JsonNode g : flat.get("gardens")) {
            assertThat(g.get("worstLoss").asDouble()).as(g.toString()).isLessThan(0.25);
        }
    }

    @Test
    void theGeoJsonHoldsTheFacadesAndNormPointsThatLoseSun() {
        JsonNode study = study(12);
        Http.Response r = http.post("/api/v1/sunlight?format=geojson", extension(12));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode fc = r.json();
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        List<String> normPoints = new ArrayList<>();
        int facades = 0;
        for (JsonNode f : fc.get("features")) {
            String kind = f.at("/properties/kind").asString();
            if (kind.equals("norm-point")) {
                normPoints.add(f.at("/properties/building").asString());
                assertThat(f.at("/geometry/type").asString()).isEqualTo("Point");
                assertThat(f.at("/geometry/coordinates/0").asDouble()).as("WGS84 longitude").isBetween(6.1, 6.2);
            } else if (kind.equals("facade")) {
                facades++;
                assertThat(f.at("/geometry/type").asString()).isEqualTo("LineString");
                JsonNode march = f.at("/properties/days/2026-03-21");
                assertThat(march.get("before").asDouble()).isGreaterThanOrEqualTo(march.get("after").asDouble());
            } else {
                assertThat(kind).isEqualTo("garden");
                assertThat(f.at("/geometry/type").asString()).isEqualTo("Polygon");
            }
        }
        List<String> listed = new ArrayList<>();
        study.get("buildings").forEach(b -> listed.add(b.get("identificatie").asString()));
        assertThat(normPoints).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(facades).isGreaterThanOrEqualTo(listed.size());
    }

    @Test
    void theCheckAddsTheSunAsAnAttentionVerdictOnlyWhenAsked() {
        Http.Response plain = http.post("/api/v1/check", extension(12));
        assertThat(plain.status()).as(plain.text()).isEqualTo(200);
        assertThat(plain.text()).doesNotContain("\"bezonning\"");

        Http.Response asked = http.post("/api/v1/check?sunlight=true", extension(12));
        assertThat(asked.status()).as(asked.text()).isEqualTo(200);
        JsonNode verdicts = asked.json().get("verdicts");
        JsonNode sun = verdicts.get(verdicts.size() - 1);
        assertThat(sun.get("ruleKey").asString()).isEqualTo("bezonning");
        assertThat(sun.get("status").asString()).as("never a failure: the municipality weighs it").isEqualTo("attention");
        String worst = study(12).get("buildings").get(0).get("identificatie").asString();
        assertThat(sun.get("explanation").asString()).contains("gebouw " + worst).contains("lichte TNO-norm").contains("geschat");
        assertThat(sun.get("citation").get("text").asString()).contains("geen wettelijke normen");

        Http.Response terrace = http.post("/api/v1/check?sunlight=true", extension(0.5));
        JsonNode last = terrace.json().get("verdicts").get(terrace.json().get("verdicts").size() - 1);
        assertThat(last.get("status").asString()).isEqualTo("pass");
    }

    @Test
    void aPlansStudyIsForThoseWhoMaySeeThePlan() {
        nl.stip.Browser owner = nl.stip.TestAccounts.login(port, "initiator@demo.stip.nl");
        Http.Response created = owner.post("/api/v1/plans",
                "{\"title\":\"Aanbouw met verdieping\",\"description\":\"Twee lagen in de tuin.\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        try {
            Http.Response none = owner.get("/api/v1/plans/" + plan + "/sunlight");
            assertThat(none.status()).as(none.text()).isEqualTo(409);
            Http.Response saved = owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":" + extension(12) + "}");
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);

            Http.Response own = owner.get("/api/v1/plans/" + plan + "/sunlight");
            assertThat(own.status()).as(own.text()).isEqualTo(200);
            assertThat(own.json().get("buildings").toString()).isEqualTo(study(12).get("buildings").toString());
            Http.Response map = owner.get("/api/v1/plans/" + plan + "/sunlight?format=geojson");
            assertThat(map.json().get("type").asString()).isEqualTo("FeatureCollection");
            assertThat(owner.get("/api/v1/plans/" + plan + "/sunlight?format=pdf").status()).isEqualTo(400);

            assertThat(nl.stip.TestAccounts.login(port, "bewoner@demo.stip.nl").get("/api/v1/plans/" + plan + "/sunlight").status())
                    .as("a resident the plan is not shared with").isEqualTo(404);
            assertThat(http.get("/api/v1/plans/" + plan + "/sunlight").status()).as("anonymous").isEqualTo(401);
        } finally {
            jdbc.sql("DELETE FROM plan WHERE id = ?").param(plan).update();
        }
    }

    @Test
    void badInputIsAProblemNotAStudy() {
        Http.Response format = http.post("/api/v1/sunlight?format=xml", extension(6));
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.text()).contains("format");
        Http.Response noDesign = http.post("/api/v1/sunlight", "{\"activity\":\"aanbouw\",\"volumes\":[]}");
        assertThat(noDesign.status()).as(noDesign.text()).isEqualTo(400);
        Http.Response wrong = http.post("/api/v1/sunlight", "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":1}]}");
        assertThat(wrong.status()).as(wrong.text()).isEqualTo(400);
    }
}
