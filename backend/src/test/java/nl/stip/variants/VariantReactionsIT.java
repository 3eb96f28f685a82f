package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.LiveClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reactions about a variant (issue 12): anchored to a saved variant of the same round, shown in the round's state and
 * its live delta with the variant's id, filtered by variant, inherited by replies; refused for a variant of another
 * round or one that does not exist; counted per variant in the participatieverslag.
 */
class VariantReactionsIT extends VariantFixture {

    private static final Duration LIVE = Duration.ofSeconds(1);

    @Test
    void a_reaction_about_a_variant_is_stored_shown_live_and_filtered_and_a_reply_is_about_the_same_variant() {
        long round = variantRound(twoVolumePlan());
        long lower = saved(resident(), round, variant("Lager dak", volume(0, 0, 3, 4, 3) + "," + volume(4, 0, 2, 2, 3), ""));
        Browser bert = login(signUp("bert", "RESIDENT"));
        try (LiveClient live = LiveClient.connect(port, bert)) {
            LiveClient.Inbox seen = live.subscribe("/topic/rounds." + round);
            await().atMost(LiveClient.REFUSAL).until(() ->
                    new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() >= 1);

            Http.Response posted = resident().post("/api/v1/rounds/" + round + "/reactions", about("Het lagere dak is beter", lower, 1));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            assertThat(posted.json().get("variantId").asLong()).isEqualTo(lower);
            assertThat(posted.json().get("volumeIndex").asInt()).as("the variant's last volume, at the limit").isEqualTo(1);
            long reaction = posted.json().get("id").asLong();

            await().atMost(LIVE).until(() -> seen.messages().stream().anyMatch(m -> m.get("type").asString().equals("reaction")));
            JsonNode delta = seen.messages().stream().filter(m -> m.get("type").asString().equals("reaction")).findFirst().orElseThrow();
            assertThat(delta.get("data").get("id").asLong()).isEqualTo(reaction);
            assertThat(delta.get("data").get("variantId").asLong()).isEqualTo(lower);

            Http.Response reply = bert.post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"Mee eens\"}");
            assertThat(reply.status()).as(reply.text()).isEqualTo(201);
            assertThat(reply.json().get("variantId").asLong()).as("a reply is about what its parent is about").isEqualTo(lower);
            await().atMost(LIVE).until(() -> seen.messages().stream().anyMatch(m -> m.get("type").asString().equals("reply")
                    && m.get("data").get("variantId").asLong() == lower));
        }
        Http.Response onPlan = resident().post("/api/v1/rounds/" + round + "/reactions", reaction("Over het plan zelf"));
        assertThat(onPlan.status()).as(onPlan.text()).isEqualTo(201);
        assertThat(onPlan.json().get("variantId").isNull()).isTrue();

        JsonNode all = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("reactions");
        assertThat(texts(all)).containsExactly("Het lagere dak is beter", "Over het plan zelf");
        assertThat(all.get(0).get("variantId").asLong()).isEqualTo(lower);
        assertThat(all.get(0).get("replies").get(0).get("variantId").asLong()).isEqualTo(lower);
        assertThat(all.get(1).get("variantId").isNull()).isTrue();

        JsonNode filtered = anonymous().get("/api/v1/rounds/" + round + "/state?variant=" + lower).json().get("reactions");
        assertThat(texts(filtered)).containsExactly("Het lagere dak is beter");
        assertThat(filtered.get(0).get("replies")).hasSize(1);
        refused(anonymous().get("/api/v1/rounds/" + round + "/state?variant=0"), 400, "variant", "nummer van 1 of hoger");
    }

    @Test
    void a_variant_of_another_round_or_none_at_all_is_refused_and_nothing_is_stored() {
        long round = variantRound(twoVolumePlan());
        long here = saved(resident(), round, variant("Hier", volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3), ""));
        long otherRound = variantRound(twoVolumePlan());
        long elsewhere = saved(resident(), otherRound, variant("Elders", volume(0, 0, 3, 4, 4), ""));
        long before = count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round);

        refused(resident().post("/api/v1/rounds/" + round + "/reactions", about("Verkeerde ronde", elsewhere, null)),
                400, "variantId", "geen opgeslagen variant van deze ronde");
        refused(resident().post("/api/v1/rounds/" + round + "/reactions", about("Bestaat niet", elsewhere + 1_000_000, null)),
                400, "variantId", "geen opgeslagen variant van deze ronde");
        refused(resident().post("/api/v1/rounds/" + round + "/reactions", about("Bouwdeel 3", here, 2)),
                400, "volumeIndex", "0 tot en met 1");
        // The point obeys the plan's rules on a variant too: at most 1000 m from the plan.
        refused(resident().post("/api/v1/rounds/" + round + "/reactions", about("Ver weg", here, null).replace(place(1, 1, 2), place(1500, 0, 2))),
                400, "place", "at most 1000 m");
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM round_contribution WHERE variant_id IS NOT NULL AND round_id IN (?, ?)", round, otherRound)).isZero();
    }

    @Test
    void the_report_counts_the_published_reactions_per_variant_over_its_versions() {
        long round = variantRound(twoVolumePlan());
        String volumes = volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3);
        long first = saved(resident(), round, variant("Lager dak", volumes, ""));
        long smaller = saved(resident(), round, variant("Kleiner", volume(0, 0, 2, 3, 4) + "," + volume(4, 0, 2, 2, 3), ""));
        long untouched = saved(resident(), round, variant("Niemand reageert", volumes, ""));
        long onFirst = posted(resident(), round, about("Goed idee", first, null));
        long second = saved(resident(), round, variant("Lager dak", volumes, "").replaceFirst("\\{", "{\"basedOn\":" + first + ","));
        posted(resident(), round, about("Nog beter", second, 0));
        posted(login(signUp("carla", "RESIDENT")), round, about("Fijn dat het kleiner is", smaller, null));
        posted(resident(), round, reaction("Over het plan"));
        assertThat(login(OWNER).post("/api/v1/contributions/" + onFirst + "/replies", "{\"text\":\"Dank u\"}").status()).isEqualTo(201);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);

        Http.Response report = login(PLANNER).get("/api/v1/rounds/" + round + "/report");
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        JsonNode table = null;
        for (JsonNode part : report.json().get("parts")) {
            if (part.get("id").asString().equals("variants")) {
                table = part.get("tables").get(0);
            }
        }
        assertThat(table).as(report.text()).isNotNull();
        JsonNode columns = table.get("columns");
        assertThat(columns.get(columns.size() - 1).asString()).isEqualTo("Reacties");
        List<String> counts = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            counts.add(row.get(0).asString() + " v" + row.get(1).asString() + ": " + row.get(row.size() - 1).asString());
        }
        // The report lists the latest versions in the order they were saved: "Lager dak" v2 came last.
        assertThat(counts).containsExactly("Oorspronkelijk plan v: ", "Kleiner v1: 1", "Niemand reageert v1: 0", "Lager dak v2: 2");
        assertThat(untouched).isPositive();
    }

    private String about(String text, long variant, Integer volumeIndex) {
        return "{\"stance\":\"support\",\"theme\":\"height\",\"text\":\"" + text + "\",\"place\":" + place(1, 1, 2) + ",\"volumeIndex\":"
                + volumeIndex + ",\"variantId\":" + variant + "}";
    }

    private static long saved(Browser who, long round, String body) {
        Http.Response r = who.post("/api/v1/rounds/" + round + "/variants", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static long posted(Browser who, long round, String body) {
        Http.Response r = who.post("/api/v1/rounds/" + round + "/reactions", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<String> texts(JsonNode reactions) {
        List<String> out = new ArrayList<>();
        reactions.forEach(r -> out.add(r.get("text").asString()));
        return out;
    }
}
