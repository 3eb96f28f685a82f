package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.audit.AuditTrail;
import nl.stip.geo.CrsTransform;
import nl.stip.participation.internal.RoundCloser;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What a round's life cycle tells: the events (published in the transaction), the audit trail, the notices of the
 * notifications module to a follower and a subscriber of the area, the automatic close at the end (once, also when
 * two closers run at the same moment), and the rules around it (a draft edited with optimistic locking, opening only
 * a published plan, a plan with an open round staying published).
 */
class RoundEventsIT extends RoundFixture {

    @Autowired
    AuditTrail audit;
    @Autowired
    RoundCloser closer;

    @Test
    void opening_tells_the_owner_followers_subscribers_of_the_area_and_concerned_residents_and_closing_is_told_too() {
        long plan = publishedPlan();
        String follower = signUp("volger", "RESIDENT");
        Browser follows = login(follower);
        assertThat(follows.post("/api/v1/plans/" + plan + "/follow", "").status()).isIn(200, 201, 204);
        String subscriber = signUp("abonnee", "RESIDENT");
        Coordinate c = CrsTransform.toWgs84(garden.x, garden.y);
        Http.Response sub = login(subscriber).post("/api/v1/me/subscriptions",
                String.format(Locale.ROOT, "{\"kind\":\"circle\",\"lon\":%.7f,\"lat\":%.7f,\"radius\":300}", c.x, c.y));
        assertThat(sub.status()).as(sub.text()).isEqualTo(201);
        String neighbour = concernedResidentEmail(plan); // neither follows nor subscribes: told as a concerned resident

        long round = openRound(plan, "post", "accounts");
        assertThat(RoundEventLog.of(RoundOpened.class, e -> e.roundId() == round)).singleElement()
                .satisfies(e -> {
                    assertThat(e.planId()).isEqualTo(plan);
                    assertThat(e.openedBy()).isEqualTo(PLANNER);
                    assertThat(e.title()).isEqualTo("Wat vindt u van de serre?");
                });
        for (String person : List.of(follower, subscriber, neighbour, OWNER)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(person)).contains("Serre in de tuin: praat mee"));
        }
        assertThat(titles(PLANNER)).as("not the planner who opened it").doesNotContain("Serre in de tuin: praat mee");
        // the follower's default for round-opened is e-mail
        assertThat(mailbox().await(follower, "praat mee").text()).contains("Wat vindt u van de serre?");

        Http.Response posted = login(RESIDENT).post("/api/v1/rounds/" + round + "/reactions", reaction("Te hoog"));
        assertThat(RoundEventLog.of(ContributionPosted.class, e -> e.contributionId() == posted.json().get("id").asLong())).singleElement()
                .satisfies(e -> assertThat(e.authorEmail()).isEqualTo(RESIDENT));

        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);
        assertThat(RoundEventLog.of(RoundClosed.class, e -> e.roundId() == round)).singleElement()
                .satisfies(e -> assertThat(e.closedBy()).isEqualTo(PLANNER));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(follower)).contains("Serre in de tuin: de ronde is gesloten"));
        assertThat(audit.entries(plan, 20)).extracting(e -> e.action()).contains("round.created", "round.opened", "round.closed");
    }

    @Test
    void a_round_closes_itself_at_its_end_once_even_with_two_closers_at_once() throws Exception {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        jdbc.sql("UPDATE participation_round SET ends_at = now() - interval '1 second', starts_at = now() - interval '1 day' WHERE id = ?")
                .param(round).update();
        Instant now = Instant.now();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> closer.closeDue(now));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> closer.closeDue(now));
        int closedByThem = a.get() + b.get();
        // the scheduled closer (every second in the tests) is a third one that may be first
        assertThat(closedByThem).as("at most one of the two closed it, the other found it closed").isLessThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !RoundEventLog.of(RoundClosed.class, e -> e.roundId() == round).isEmpty());
        JsonNode state = anonymous().get("/api/v1/rounds/" + round).json();
        assertThat(state.get("state").asString()).isEqualTo("closed");
        assertThat(RoundEventLog.of(RoundClosed.class, e -> e.roundId() == round)).singleElement()
                .satisfies(e -> assertThat(e.closedBy()).isNull());
        JsonNode changes = anonymous().get("/api/v1/rounds/" + round + "/changes?after=0").json().get("changes");
        assertThat(changes.findValues("type").stream().map(JsonNode::asString).toList()).containsExactly("round", "round", "round");
        assertThat(audit.entries(plan, 20)).extracting(e -> e.action()).containsOnlyOnce("round.closed-automatically");
        assertThat(closer.closeDue(Instant.now())).as("nothing left to close").isZero();
    }

    @Test
    void a_draft_is_edited_with_its_version_and_opens_only_on_a_published_plan_that_then_stays_published() {
        long plan = plan();
        long round = draftRound(plan, "post", "accounts");
        Browser planner = login(PLANNER);
        long version = planner.get("/api/v1/rounds/" + round).json().get("version").asLong();
        Http.Response edited = planner.send("PATCH", "/api/v1/rounds/" + round, "{\"title\":\"Nieuwe titel\",\"replyDepth\":2,\"version\":" + version + "}");
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.json().get("title").asString()).isEqualTo("Nieuwe titel");
        assertThat(edited.json().get("replyDepth").asInt()).isEqualTo(2);
        Http.Response stale = planner.send("PATCH", "/api/v1/rounds/" + round, "{\"title\":\"Oude titel\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(planner.get("/api/v1/rounds/" + round).json().get("title").asString()).isEqualTo("Nieuwe titel");

        Http.Response notPublished = planner.post("/api/v1/rounds/" + round + "/open", "{}");
        assertThat(notPublished.status()).isEqualTo(409);
        assertThat(notPublished.json().get("code").asString()).isEqualTo("plan-not-published");
        publish(plan);
        assertThat(planner.post("/api/v1/rounds/" + round + "/open", "{}").status()).isEqualTo(200);
        Http.Response afterOpen = planner.send("PATCH", "/api/v1/rounds/" + round, "{\"title\":\"Te laat\",\"version\":"
                + planner.get("/api/v1/rounds/" + round).json().get("version").asLong() + "}");
        assertThat(afterOpen.status()).isEqualTo(409);
        Http.Response unpublish = login(OWNER).send("DELETE", "/api/v1/plans/" + plan + "/publication", null);
        assertThat(unpublish.status()).isEqualTo(409);
        assertThat(unpublish.json().get("code").asString()).isEqualTo("participation-open");
        assertThat(planner.post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);
        assertThat(login(OWNER).send("DELETE", "/api/v1/plans/" + plan + "/publication", null).status()).isIn(200, 204);
    }

    @Test
    void replies_stay_within_the_depth_and_the_initiator_answers_once_as_the_initiator() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser resident = login(RESIDENT);
        long reaction = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Hoe hoog wordt het?")).json().get("id").asLong();
        Http.Response reply = login(ADVISOR).post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"Vier meter\"}");
        assertThat(reply.status()).isEqualTo(201);
        Http.Response deeper = resident.post("/api/v1/contributions/" + reply.json().get("id").asLong() + "/replies", "{\"text\":\"Dank\"}");
        assertThat(deeper.status()).as("reply depth 1: no replies to replies").isEqualTo(400);
        assertThat(deeper.json().get("parameter").asString()).isEqualTo("parentId");

        Http.Response answer = login(OWNER).post("/api/v1/contributions/" + reaction + "/initiator-answer", "{\"text\":\"Vier meter, met een plat dak\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(login(OWNER).post("/api/v1/contributions/" + reaction + "/initiator-answer", "{\"text\":\"Nog eens\"}").json().get("code").asString())
                .isEqualTo("already-answered");
        JsonNode item = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("reactions").get(0);
        assertThat(item.get("initiatorAnswer").get("text").asString()).isEqualTo("Vier meter, met een plat dak");
        assertThat(item.get("initiatorAnswer").get("author").get("label").asString()).isEqualTo("Initiatiefnemer");
        assertThat(item.get("initiatorAnswer").get("author").get("role").asString()).isEqualTo("initiator");
        assertThat(item.get("replies")).hasSize(1);
        assertThat(item.get("replies").get(0).get("author").get("label").asString()).isEqualTo("Deelnemer");
        assertThat(item.toString()).doesNotContain("@");

        // questions: aggregates only, one answer per person that can change
        JsonNode questions = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("questions");
        long scale = questions.get(0).get("id").asLong();
        long choice = questions.get(1).get("id").asLong();
        long open = questions.get(2).get("id").asLong();
        assertThat(resident.put("/api/v1/rounds/" + round + "/questions/" + scale + "/answer", "{\"value\":2}").status()).isEqualTo(204);
        assertThat(resident.put("/api/v1/rounds/" + round + "/questions/" + scale + "/answer", "{\"value\":4}").status()).isEqualTo(204);
        assertThat(login(ADVISOR).put("/api/v1/rounds/" + round + "/questions/" + scale + "/answer", "{\"value\":5}").status()).isEqualTo(204);
        assertThat(resident.put("/api/v1/rounds/" + round + "/questions/" + choice + "/answer", "{\"value\":\"grijs\"}").status()).isEqualTo(204);
        assertThat(resident.put("/api/v1/rounds/" + round + "/questions/" + open + "/answer", "{\"value\":\"Mooi plan, geheim antwoord\"}").status())
                .isEqualTo(204);
        JsonNode state = anonymous().get("/api/v1/rounds/" + round + "/state").json();
        JsonNode agg = state.get("questions").get(0).get("aggregate");
        assertThat(agg.get("count").asInt()).isEqualTo(2);
        assertThat(agg.get("mean").asDouble()).isEqualTo(4.5);
        assertThat(agg.get("counts").get("4").asInt()).isEqualTo(1);
        assertThat(state.get("questions").get(1).get("aggregate").get("counts").get("grijs").asInt()).isEqualTo(1);
        assertThat(state.get("questions").get(2).get("aggregate").get("count").asInt()).isEqualTo(1);
        assertThat(state.toString()).doesNotContain("geheim antwoord");
        assertThat(RoundSequenceIT.state(resident, round).get("questions").get(0).get("myAnswer").asString()).isEqualTo("4");
    }

    List<String> titles(String email) {
        return login(email).get("/api/v1/me/notifications").json().get("items").findValues("title").stream().map(JsonNode::asString).toList();
    }
}
