package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A variant's life (issue 12): saved, it is immutable (no PUT, PATCH or DELETE: 405); editing saves a new version in
 * the same chain, the old one still readable and unchanged; the planner's bounds are fixed once a variant is saved;
 * outside an open round every write is refused (409); previews are rate limited (429 with Retry-After); a body over the
 * one body limit is 413. Nothing is stored by a refusal.
 */
class VariantLifecycleIT extends VariantFixture {

    @Test
    void a_saved_variant_cannot_be_changed_or_deleted_and_editing_saves_a_new_version_in_the_same_chain() {
        long round = variantRound(twoVolumePlan());
        Browser author = resident();
        long v1 = savedId(author, round, variant("Lager dak", volumes(3), ""));
        String before = anonymous().get("/api/v1/variants/" + v1).text();

        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            Http.Response r = author.send(method, "/api/v1/variants/" + v1, variant("Anders", volumes(2), ""));
            assertThat(r.status()).as(method + " " + r.text()).isEqualTo(405);
            assertThat(r.contentType()).as(method).startsWith("application/problem+json");
            assertThat(r.header("Allow")).as(method).contains("GET");
            Http.Response anonymous = anonymous().send(method, "/api/v1/variants/" + v1, variant("Anders", volumes(2), ""));
            assertThat(anonymous.status()).as("a visitor is asked to log in first: " + anonymous.text()).isEqualTo(401);
            Http.Response planner = login(PLANNER).send(method, "/api/v1/variants/" + v1, variant("Anders", volumes(2), ""));
            assertThat(planner.status()).as("not even the planner: " + planner.text()).isEqualTo(405);
        }
        assertThat(anonymous().get("/api/v1/variants/" + v1).text()).as("unchanged").isEqualTo(before);

        // Editing = a new version based on the old one, by anyone taking part (here the author, then the plan's owner).
        Http.Response edited = author.post("/api/v1/rounds/" + round + "/variants", basedOn(v1, variant("Lager dak, nog lager", volumes(2.5), "")));
        assertThat(edited.status()).as(edited.text()).isEqualTo(201);
        assertThat(edited.header("Location")).endsWith("/api/v1/variants/" + edited.json().get("id").asLong());
        long v2 = edited.json().get("id").asLong();
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        assertThat(edited.json().get("basedOn").asLong()).isEqualTo(v1);
        assertThat(edited.json().get("latest").asBoolean()).isTrue();

        JsonNode old = anonymous().get("/api/v1/variants/" + v1).json();
        assertThat(old.get("version").asInt()).isEqualTo(1);
        assertThat(old.get("latest").asBoolean()).as("an older version is no longer the latest").isFalse();
        assertThat(old.get("title").asString()).isEqualTo("Lager dak");
        assertThat(indicator(old.get("indicators"), "highest-point")).as("its numbers unchanged").isEqualTo(3.0);
        assertThat(indicator(old.get("indicators"), "built-volume")).isEqualTo(3 * 4 * 3 + 12.0);

        // Based on version 1 again (an older one): the chain's next number, 3, and only that is the latest.
        long v3 = savedId(login(OWNER), round, basedOn(v1, variant("Lager dak, anders", volumes(2), "")));
        JsonNode list = anonymous().get("/api/v1/rounds/" + round + "/variants").json();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("id").asLong()).as("newest first").isEqualTo(v3);
        assertThat(list.get(0).get("version").asInt()).isEqualTo(3);
        assertThat(list.get(0).get("basedOn").asLong()).isEqualTo(v1);
        assertThat(list.get(0).get("latest").asBoolean()).isTrue();
        assertThat(list.get(1).get("id").asLong()).isEqualTo(v2);
        assertThat(list.get(1).get("latest").asBoolean()).isFalse();
        assertThat(list.get(2).get("id").asLong()).isEqualTo(v1);
        assertThat(list.get(2).get("latest").asBoolean()).isFalse();
        assertThat(list.get(2).get("basedOn").isNull()).isTrue();
        assertThat(count("SELECT count(DISTINCT chain_id) FROM round_variant WHERE round_id = ?", round)).isEqualTo(1);
        // A new variant from the plan starts a chain of its own.
        long other = savedId(author, round, variant("Iets anders", volumes(4), ""));
        JsonNode fresh = anonymous().get("/api/v1/variants/" + other).json();
        assertThat(fresh.get("version").asInt()).isEqualTo(1);
        assertThat(fresh.get("latest").asBoolean()).isTrue();
        assertThat(anonymous().get("/api/v1/variants/" + v3).json().get("latest").asBoolean()).as("another chain's latest").isTrue();

        // A base that does not exist, or lives in another round, is refused naming basedOn.
        long elsewhere = savedId(author, variantRound(twoVolumePlan()), variant("Elders", volumes(3), ""));
        refused(author.post("/api/v1/rounds/" + round + "/variants", basedOn(elsewhere, variant("Verkeerd", volumes(3), ""))),
                400, "basedOn", "bestaat niet in deze ronde");
        refused(author.post("/api/v1/rounds/" + round + "/variants", basedOn(elsewhere + 1_000_000, variant("Verkeerd", volumes(3), ""))),
                400, "basedOn", "bestaat niet in deze ronde");
        assertThat(variants(round)).isEqualTo(4);
    }

    @Test
    void the_bounds_are_fixed_once_the_first_variant_is_saved_also_when_none_were_set() {
        long round = variantRound(twoVolumePlan());
        // Until the first variant the planner may change them as often as needed.
        setBounds(round, bounds("0", "9", "null", ""));
        setBounds(round, bounds("2", "8", "null", "0"));
        savedId(resident(), round, variant("Eerste", volumes(3), ""));
        Http.Response refused = login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", bounds("0", "12", "null", ""));
        refused(refused, 409, null, "Er is al een variant opgeslagen in deze ronde: de grenzen liggen nu vast.");
        assertThat(refused.json().get("code").asString()).isEqualTo("variants-exist");
        JsonNode kept = anonymous().get("/api/v1/rounds/" + round + "/variant-bounds").json();
        assertThat(kept.get("minHeight").asDouble()).isEqualTo(2.0);
        assertThat(kept.get("maxHeight").asDouble()).isEqualTo(8.0);

        long unset = variantRound(twoVolumePlan());
        savedId(resident(), unset, variant("Eerste", volumes(3), ""));
        refused(login(PLANNER).put("/api/v1/rounds/" + unset + "/variant-bounds", bounds("0", "12", "null", "")), 409, null, "liggen nu vast");
        assertThat(anonymous().get("/api/v1/rounds/" + unset + "/variant-bounds").json().get("set").asBoolean())
                .as("the refused attempt left no bounds behind").isFalse();
    }

    @Test
    void bounds_set_at_the_same_moment_as_the_first_variant_either_apply_to_it_or_are_refused() throws Exception {
        // The planner lowers the maximum to 3.5 m while a participant saves a first variant with a 4 m volume. Either the
        // bounds come first (the variant is refused for its height) or the variant does (the bounds are refused): never
        // both accepted, which would leave a variant that breaks bounds set "before" it.
        List<String> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 6; attempt++) {
                long round = variantRound(twoVolumePlan());
                Browser planner = login(PLANNER);
                Browser participant = resident();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                Future<Http.Response> bounds = pool.submit(() -> {
                    start.await();
                    return planner.put("/api/v1/rounds/" + round + "/variant-bounds", bounds("0", "3.5", "null", ""));
                });
                Future<Http.Response> saved = pool.submit(() -> {
                    start.await();
                    return participant.post("/api/v1/rounds/" + round + "/variants", variant("Tegelijk", volumes(4), ""));
                });
                Http.Response b = bounds.get();
                Http.Response v = saved.get();
                outcomes.add(b.status() + "/" + v.status());
                assertThat(b.status() == 200 && v.status() == 201).as("both accepted: " + b.text() + " " + v.text()).isFalse();
                if (b.status() == 200) {
                    refused(v, 400, "volumes[0].height", "Maximaal 3,5 m in deze ronde");
                    assertThat(variants(round)).isZero();
                } else {
                    refused(b, 409, null, "liggen nu vast");
                    assertThat(v.status()).as(v.text()).isEqualTo(201);
                    assertThat(anonymous().get("/api/v1/rounds/" + round + "/variant-bounds").json().get("set").asBoolean()).isFalse();
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("bounds/variant outcomes: " + outcomes);
    }

    @Test
    void outside_an_open_round_every_write_is_refused_with_409_and_nothing_is_stored() {
        long plan = twoVolumePlan();
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "accounts", true));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long draft = created.json().get("id").asLong();
        String body = variant("Te vroeg", volumes(3), "");
        // A draft: the plan's owner and the planner know it, and are told it is not open yet; others do not see it.
        refused(login(OWNER).post("/api/v1/rounds/" + draft + "/variants", body), 409, null, "nog niet geopend");
        refused(login(OWNER).post("/api/v1/rounds/" + draft + "/variants/preview", body), 409, null, "nog niet geopend");
        assertThat(login(OWNER).post("/api/v1/rounds/" + draft + "/variants", body).json().get("code").asString()).isEqualTo("round-not-open");
        assertThat(resident().post("/api/v1/rounds/" + draft + "/variants", body).status()).isEqualTo(404);
        setBounds(draft, bounds("0", "9", "null", "")); // a draft's bounds may be set before it opens
        assertThat(variants(draft)).isZero();

        open(draft);
        long saved = savedId(resident(), draft, variant("Op tijd", volumes(3), ""));
        assertThat(login(PLANNER).post("/api/v1/rounds/" + draft + "/close", "{}").status()).isEqualTo(200);
        Http.Response closed = resident().post("/api/v1/rounds/" + draft + "/variants", body);
        refused(closed, 409, null, "Deze ronde is gesloten");
        assertThat(closed.json().get("code").asString()).isEqualTo("round-not-open");
        refused(login(OWNER).post("/api/v1/rounds/" + draft + "/variants/preview", body), 409, null, "Deze ronde is gesloten");
        refused(resident().post("/api/v1/rounds/" + draft + "/variants", basedOn(saved, body)), 409, null, "Deze ronde is gesloten");
        Http.Response bounds = login(PLANNER).put("/api/v1/rounds/" + draft + "/variant-bounds", bounds("0", "12", "null", ""));
        refused(bounds, 409, null, "voordat de ronde sluit");
        assertThat(variants(draft)).isEqualTo(1);
        assertThat(anonymous().get("/api/v1/variants/" + saved).status()).as("still readable").isEqualTo(200);

        // An open round without variants.
        long noVariants = openRound(twoVolumePlan(), "post", "accounts", false);
        Http.Response off = resident().post("/api/v1/rounds/" + noVariants + "/variants", body);
        refused(off, 409, null, "In deze ronde kunt u geen varianten maken.");
        assertThat(off.json().get("code").asString()).isEqualTo("variants-off");
        assertThat(variants(noVariants)).isZero();
    }

    @Test
    void previews_are_limited_per_person_with_429_and_retry_after_and_a_body_over_the_limit_is_413() throws Exception {
        long round = variantRound(twoVolumePlan());
        Browser eager = login(signUp("snel", "RESIDENT"));
        String body = variant("Snel", volumes(3), "");
        // Eight previews at once: at most 2 a second per person pass, the others are told to wait.
        List<Http.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> eager.post("/api/v1/rounds/" + round + "/variants/preview", body)));
            }
            for (Future<Http.Response> f : sent) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<Http.Response> limited = answers.stream().filter(r -> r.status() == 429).toList();
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 429));
        assertThat(limited).as("of 8 previews at once, more than 2 a second are refused").isNotEmpty();
        Http.Response tooMany = limited.get(0);
        assertThat(tooMany.header("Retry-After")).isEqualTo("1");
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.json().get("code").asString()).isEqualTo("too-many-previews");
        assertThat(tooMany.json().get("detail").asString()).contains("Wacht even");
        // Someone else is not held up by it.
        Http.Response other = resident().post("/api/v1/rounds/" + round + "/variants/preview", body);
        assertThat(other.status()).as(other.text()).isEqualTo(200);

        // Over the one body limit (2 MB): 413 problem details, also for a save; nothing stored.
        String huge = variant("Groot", volumes(3), "").replace("\"title\":\"Groot\"", "\"title\":\"" + "x".repeat(2_200_000) + "\"");
        for (String path : List.of("/variants", "/variants/preview")) {
            Http.Response big = resident().post("/api/v1/rounds/" + round + path, huge);
            assertThat(big.status()).as(path + " " + big.text()).isEqualTo(413);
            assertThat(big.contentType()).startsWith("application/problem+json");
            assertThat(big.json().get("code").asString()).isEqualTo("body-too-large");
        }
        assertThat(variants(round)).isZero();
    }

    /** The plan's two volumes, volume 0 (3 × 4 m) {@code height} m high. */
    private String volumes(double height) {
        return volume(0, 0, 3, 4, height) + "," + volume(4, 0, 2, 2, 3);
    }
}
