package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The indicators (issue 12) on known designs, with the numbers worked out by hand from the sizes sent and the palette's
 * fixed footprints (PaletteKind: tree 4 × 4 m, hedge 4 × 1 m, parking space 2.5 × 5 m, ...), next to the original
 * plan's; the check's outcome is the plan's own check (the same number the check API gives for the same design).
 */
class VariantIndicatorsIT extends VariantFixture {

    private static final List<String> IDS = List.of("built-volume", "highest-point", "built-up-share", "green-area",
            "parking-places", "trees", "check-failed");

    @Test
    void the_indicators_of_the_plan_and_of_three_variants_are_the_numbers_worked_out_by_hand() {
        long plan = twoVolumePlan();
        long round = variantRound(plan);
        // An area of 130 × 130 m around the garden, so that the ground objects may stand off the parcel; heights to 12 m.
        setBounds(round, bounds("0", "12", TestGeometry.rect(garden.x, garden.y, 130, 130), ""));
        double parcel = jdbc.sql("SELECT ST_Area(geom) FROM parcel WHERE id = ?").param(DemoGarden.find(jdbc).parcelId())
                .query(Double.class).single();
        // Ground objects at spots 6 m apart, at least 10 m from the garden's centre (clear of the volumes, which reach
        // 5.1 m from it) and 0.5 m clear of every building with a 5.8 m square (a parking space turned any way fits).
        List<double[]> spots = clearSpots(8, 2.9, 10, 6);
        assertThat(spots).as("eight clear spots near the garden").hasSize(8);
        Browser resident = resident();

        // The original: volume 0 is 3 × 4 m, 4 m high, flat (48 m³); volume 1 is 2 × 2 m, 3 m high (12 m³).
        // built volume 48 + 12 = 60 m³; highest point 4 m; built-up 3·4 + 2·2 = 16 m² of the parcel; no objects.
        Http.Response lower = resident.post("/api/v1/rounds/" + round + "/variants", variant("Lager dak, drie bomen",
                volume(0, 0, 3, 4, 3) + "," + volume(4, 0, 2, 2, 3), objects(spots.subList(0, 3), "tree", "tree", "tree")));
        assertThat(lower.status()).as(lower.text()).isEqualTo(201);
        JsonNode original = lower.json().get("original");
        assertThat(ids(original)).containsExactlyElementsOf(IDS);
        assertThat(indicator(original, "built-volume")).isEqualTo(60.0);
        assertThat(indicator(original, "highest-point")).isEqualTo(4.0);
        double share16 = indicator(original, "built-up-share");
        assertThat(share16).as("100 × 16 m² / the parcel's %.2f m²", parcel).isCloseTo(100 * 16 / parcel, within(0.01));
        assertThat(indicator(original, "green-area")).isZero();
        assertThat(indicator(original, "parking-places")).isZero();
        assertThat(indicator(original, "trees")).isZero();
        assertThat(indicator(original, "check-failed")).isZero();
        Http.Response planCheck = login(OWNER).post("/api/v1/plans/" + plan + "/check", "{}");
        assertThat(planCheck.status()).as(planCheck.text()).isEqualTo(200);
        assertThat(indicator(original, "check-failed")).as("the plan's own check").isEqualTo(planCheck.json().get("failed").asDouble());
        assertThat(ids(anonymous().get("/api/v1/indicators").json())).as("the definitions, in the same order").containsExactlyElementsOf(IDS);

        // A: the roof of volume 0 lowered to 3 m (3·4·3 = 36 m³) + 12 = 48 m³; highest 3 m; the same 16 m² built;
        // three trees: 3 × 16 m² = 48 m² green; no parking; still within the rules.
        JsonNode a = lower.json().get("indicators");
        assertThat(indicator(a, "built-volume")).isEqualTo(48.0);
        assertThat(indicator(a, "highest-point")).isEqualTo(3.0);
        assertThat(indicator(a, "built-up-share")).isEqualTo(share16);
        assertThat(indicator(a, "green-area")).isEqualTo(48.0);
        assertThat(indicator(a, "parking-places")).isZero();
        assertThat(indicator(a, "trees")).isEqualTo(3.0);
        assertThat(indicator(a, "check-failed")).isZero();
        assertThat(lower.json().get("check").get("compliant").asBoolean()).isTrue();
        assertSameCheck(lower, volume(0, 0, 3, 4, 3) + "," + volume(4, 0, 2, 2, 3));

        // B: volume 0 with a pitched roof, eaves 3 m, ridge 6 m: 12 m² × (3 + (6 − 3) / 2) = 54 m³; volume 1 shrunk to
        // 1 × 2 m, 5 m high: 10 m³; 64 m³ in all; highest point the ridge, 6 m; built 12 + 2 = 14 m², so the share is
        // 14/16 of the original's. Objects: two parking spaces (2), a hedge (4 × 1 = 4 m² green), two trees (32 m²),
        // a bench, water and a bike parking (none of them green): green 36 m²; solar panels (3.4 × 2 m, turned 90° so
        // that they lie within volume 0's 3 × 4 m roof) stand at the ridge height and are not green either.
        String pitched = pitched(0, 0, 3, 4, 3, 6) + "," + volume(4, 0, 1, 2, 5);
        String objectsB = objects(spots, "parking-space", "parking-space", "hedge", "tree", "tree", "bench", "water", "bike-parking")
                + "," + object("solar-panels", 0, 0).replace("\"heading\":0", "\"heading\":90");
        Http.Response b = preview(resident, round, variant("Schuin dak en parkeren", pitched, objectsB));
        assertThat(b.status()).as(b.text()).isEqualTo(200);
        JsonNode bi = b.json().get("indicators");
        assertThat(indicator(bi, "built-volume")).isEqualTo(64.0);
        assertThat(indicator(bi, "highest-point")).isEqualTo(6.0);
        assertThat(indicator(bi, "built-up-share")).as("14/16 of %s", share16).isCloseTo(share16 * 14 / 16, within(0.01));
        assertThat(indicator(bi, "built-up-share")).isCloseTo(100 * 14 / parcel, within(0.01));
        assertThat(indicator(bi, "green-area")).isEqualTo(36.0);
        assertThat(indicator(bi, "parking-places")).isEqualTo(2.0);
        assertThat(indicator(bi, "trees")).isEqualTo(2.0);
        assertThat(indicator(bi, "check-failed")).isZero();
        JsonNode solar = b.json().get("objects").get(8);
        assertThat(solar.get("kind").asString()).isEqualTo("solar-panels");
        assertThat(solar.get("baseHeight").asDouble()).isEqualTo(6.0);
        assertThat(b.json().get("original")).isEqualTo(original);
        assertSameCheck(b, pitched);

        // C: volume 0 raised to 11 m with a flat roof: 3·4·11 = 132 m³ + 12 = 144 m³; highest 11 m. The demo rules allow
        // 10 m height and 6 m eaves (a flat roof's eaves are its height): 2 rules not met, no objects.
        String tall = volume(0, 0, 3, 4, 11) + "," + volume(4, 0, 2, 2, 3);
        Http.Response c = login(OWNER).post("/api/v1/rounds/" + round + "/variants", variant("Hoog", tall, ""));
        assertThat(c.status()).as(c.text()).isEqualTo(201);
        JsonNode ci = c.json().get("indicators");
        assertThat(indicator(ci, "built-volume")).isEqualTo(144.0);
        assertThat(indicator(ci, "highest-point")).isEqualTo(11.0);
        assertThat(indicator(ci, "built-up-share")).isEqualTo(share16);
        assertThat(indicator(ci, "green-area")).isZero();
        assertThat(indicator(ci, "trees")).isZero();
        assertThat(indicator(ci, "check-failed")).isEqualTo(2.0);
        assertThat(c.json().get("check").get("compliant").asBoolean()).isFalse();
        assertThat(failedRules(c.json().get("check"))).containsExactlyInAnyOrder("max-hoogte", "max-goothoogte");
        assertSameCheck(c, tall);

        // The stored variants keep their numbers, as read back.
        JsonNode stored = anonymous().get("/api/v1/variants/" + lower.json().get("id").asLong()).json();
        assertThat(stored.get("indicators")).isEqualTo(a);
        assertThat(stored.get("original")).isEqualTo(original);
    }

    /** The variant's check outcome is what the check API says for the same design on the same parcel. */
    private void assertSameCheck(Http.Response variant, String volumes) {
        Http.Response check = anonymous().post("/api/v1/check?parcels=" + DemoGarden.find(jdbc).parcelId(),
                "{\"activity\":\"aanbouw\",\"volumes\":[" + volumes + "]}");
        assertThat(check.status()).as(check.text()).isEqualTo(200);
        JsonNode own = variant.json().get("check");
        assertThat(own.get("failed").asInt()).as(check.text()).isEqualTo(check.json().get("failed").asInt());
        assertThat(own.get("compliant").asBoolean()).isEqualTo(check.json().get("compliant").asBoolean());
        assertThat(indicator(variant.json().get("indicators"), "check-failed")).isEqualTo(check.json().get("failed").asDouble());
    }

    private String objects(List<double[]> spots, String... kinds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            out.add(object(kinds[i], spots.get(i)[0], spots.get(i)[1]));
        }
        return String.join(",", out);
    }

    /** A w × d volume with a pitched roof (eaves and ridge in m) centred dx, dy metres from the garden's centre. */
    private String pitched(double dx, double dy, double w, double d, double eaves, double ridge) {
        return String.format(Locale.ROOT, "{\"footprint\":%s,\"baseHeight\":0,\"height\":%s,\"roof\":{\"type\":\"pitched\",\"eavesHeight\":%s,\"ridgeHeight\":%s}}",
                TestGeometry.rect(garden.x + dx, garden.y + dy, w, d), ridge, eaves, ridge);
    }

    private static List<String> ids(JsonNode indicators) {
        List<String> out = new ArrayList<>();
        indicators.forEach(i -> out.add(i.get("id").asString()));
        return out;
    }

    private static List<String> failedRules(JsonNode check) {
        List<String> out = new ArrayList<>();
        check.get("verdicts").forEach(v -> {
            if (v.get("status").asString().equals("fail")) {
                out.add(v.get("ruleKey").asString());
            }
        });
        return out;
    }
}
