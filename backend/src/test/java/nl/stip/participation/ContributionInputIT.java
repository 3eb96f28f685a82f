package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/** Bad input to a round, field by field: 400 naming the field, and nothing stored (no contribution, no change). */
class ContributionInputIT extends RoundFixture {

    @Test
    void bad_reactions_are_refused_naming_the_field_and_store_nothing() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser resident = login(RESIDENT);
        String far = farPlace();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"\",\"place\":" + place(1, 1, 2) + "}", "text");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"   \",\"place\":" + place(1, 1, 2) + "}", "text");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"" + "a".repeat(2001) + "\",\"place\":" + place(1, 1, 2) + "}", "text");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"place\":" + place(1, 1, 2) + "}", "text");
        cases.put("{\"stance\":\"angry\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":" + place(1, 1, 2) + "}", "stance");
        cases.put("{\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":" + place(1, 1, 2) + "}", "stance");
        cases.put("{\"stance\":\"concern\",\"theme\":\"weather\",\"text\":\"Hallo\",\"place\":" + place(1, 1, 2) + "}", "theme");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\"}", "place");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":{\"lat\":52.01,\"height\":1}}", "place.lon");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":" + place(1, 1, 900) + "}", "place.height");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":{\"lon\":4.9,\"lat\":52.37,\"height\":1}}", "place");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":{\"lon\":-40.0,\"lat\":10.0,\"height\":1}}", "place");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":" + far + "}", "place");
        cases.put("{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"Hallo\",\"place\":" + place(1, 1, 2) + ",\"volumeIndex\":3}", "volumeIndex");
        long seq = seq(round);
        java.util.List<String> named = new java.util.ArrayList<>();
        cases.forEach((body, field) -> {
            Http.Response refused = resident.post("/api/v1/rounds/" + round + "/reactions", body);
            assertThat(refused.status()).as(body + " → " + refused.text()).isEqualTo(400);
            named.add(refused.json().path("parameter").asString());
        });
        assertThat(named).containsExactlyElementsOf(cases.values());
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round)).isZero();
        assertThat(seq(round)).as("no change took a sequence number").isEqualTo(seq);

        // A point inside the limit is taken as it was chosen: not snapped (to an address or a volume).
        Http.Response ok = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Dit mag"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        double[] stored = jdbc.sql("SELECT ST_X(place), ST_Y(place), ST_Z(place) FROM round_contribution WHERE id = ?")
                .param(ok.json().get("id").asLong()).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)}).single();
        assertThat(stored[0]).isCloseTo(garden.x + 1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stored[1]).isCloseTo(garden.y + 1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stored[2]).isEqualTo(2.0);

        // Replies and answers: the text and the value.
        long reaction = ok.json().get("id").asLong();
        assertThat(resident.post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"\"}").json().get("parameter").asString()).isEqualTo("text");
        assertThat(resident.post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"a\\u0000b\"}").status()).isEqualTo(400);
        long scale = login(PLANNER).get("/api/v1/rounds/" + round).json().get("questions").get(0).get("id").asLong();
        long choice = login(PLANNER).get("/api/v1/rounds/" + round).json().get("questions").get(1).get("id").asLong();
        for (String value : new String[] {"6", "0", "\"3\"", "2.5", "null"}) {
            Http.Response refused = resident.put("/api/v1/rounds/" + round + "/questions/" + scale + "/answer", "{\"value\":" + value + "}");
            assertThat(refused.status()).as(value).isEqualTo(400);
            assertThat(refused.json().get("parameter").asString()).isEqualTo("value");
        }
        assertThat(resident.put("/api/v1/rounds/" + round + "/questions/" + choice + "/answer", "{\"value\":\"rood\"}").status()).isEqualTo(400);
        // An unknown member is refused by the one JSON reader.
        assertThat(resident.post("/api/v1/rounds/" + round + "/reactions", "{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"x\",\"place\":"
                + place(1, 1, 2) + ",\"author\":\"iemand\"}").status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM round_answer WHERE round_id = ?", round)).isZero();
        assertThat(seq(round)).isEqualTo(seq + 1);
    }

    @Test
    void bad_round_settings_are_refused_naming_the_field() {
        long plan = publishedPlan();
        Browser planner = login(PLANNER);
        String ok = roundBody("post", "accounts");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(ok.replace("\"title\":\"Wat vindt u van de serre?\"", "\"title\":\"\""), "title");
        cases.put(ok.replace("\"moderation\":\"post\"", "\"moderation\":\"soms\""), "moderation");
        cases.put(ok.replace("\"audience\":\"accounts\"", "\"audience\":\"iedereen\""), "audience");
        cases.put(ok.replace("\"replyDepth\":1", "\"replyDepth\":9"), "replyDepth");
        cases.put(ok.replaceFirst("\"startsAt\":\"[^\"]*\"", "\"startsAt\":\"morgen\""), "startsAt");
        cases.put(ok.replaceFirst("\"endsAt\":\"[^\"]*\"", "\"endsAt\":\"2020-01-01T00:00:00Z\""), "endsAt");
        cases.put(ok.replace("{\"kind\":\"scale\"", "{\"kind\":\"slider\""), "questions[0].kind");
        cases.put(ok.replace("\"options\":[\"wit\",\"grijs\"]", "\"options\":[\"wit\"]"), "questions[1].options");
        cases.forEach((body, field) -> {
            Http.Response refused = planner.post("/api/v1/plans/" + plan + "/rounds", body);
            assertThat(refused.status()).as(body + " → " + refused.text()).isEqualTo(400);
            assertThat(refused.json().get("parameter").asString()).as(body).isEqualTo(field);
        });
        assertThat(count("SELECT count(*) FROM participation_round WHERE plan_id = ?", plan)).isZero();
    }

    long seq(long round) {
        return anonymous().get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
    }

    /** A point of the municipality (a rule area applies there) 1.2 to 2.5 km from the garden. */
    String farPlace() {
        double[] xy = jdbc.sql("""
                        SELECT ST_X(c.p), ST_Y(c.p) FROM (
                          SELECT ST_SetSRID(ST_MakePoint(? + r * cos(radians(d)), ? + r * sin(radians(d))), 28992) AS p
                          FROM generate_series(1200, 2500, 100) r, generate_series(0, 350, 10) d) c
                        WHERE EXISTS (SELECT 1 FROM rule_area a WHERE ST_Intersects(a.geom, c.p)) LIMIT 1""")
                .params(garden.x, garden.y).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        return place(xy[0] - garden.x, xy[1] - garden.y, 1);
    }
}
