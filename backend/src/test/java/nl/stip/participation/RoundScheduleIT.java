package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.LiveClient;
import nl.stip.audit.AuditTrail;
import nl.stip.participation.internal.RoundOpener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A round's life cycle in time: a planner schedules a draft, it opens by itself at its start and closes by itself at
 * its end (every {@code stip.participation.schedule-interval}, a second in the tests), told as the same events and
 * changes as a planner's open and close, so alerts and live clients see them; two openers at once open it once.
 */
class RoundScheduleIT extends RoundFixture {

    @Autowired
    RoundOpener opener;
    @Autowired
    AuditTrail audit;

    @Test
    void a_scheduled_round_opens_at_its_start_and_closes_at_its_end_and_live_clients_and_alerts_see_both() {
        long plan = publishedPlan();
        Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        long round = draft(plan, start, start.plusSeconds(8));
        Browser planner = login(PLANNER);
        Browser resident = login(RESIDENT);
        // a draft is the planners' own until it opens: the planner's screen follows it live
        try (LiveClient live = LiveClient.connect(port, planner)) {
            LiveClient.Inbox deltas = live.subscribe("/topic/rounds." + round);
            Http.Response scheduled = planner.post("/api/v1/rounds/" + round + "/schedule", "{}");
            assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
            assertThat(scheduled.json().get("scheduled").asBoolean()).isTrue();
            assertThat(scheduled.json().get("state").asString()).isEqualTo("draft");
            assertThat(resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Te vroeg")).status())
                    .as("before its start the round is not open (nor visible)").isIn(404, 409);

            await().atMost(Duration.ofSeconds(30)).until(() -> state(round).equals("open"));
            assertThat(Instant.now()).as("not before its start").isAfterOrEqualTo(start);
            await().atMost(Duration.ofSeconds(10)).until(() -> deltas.messages().stream()
                    .anyMatch(m -> m.get("type").asString().equals("round") && m.get("data").get("state").asString().equals("open")));
            assertThat(RoundEventLog.of(RoundOpened.class, e -> e.roundId() == round)).singleElement()
                    .satisfies(e -> assertThat(e.openedBy()).isNull());
            Http.Response posted = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Nu mag het"));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(OWNER)).contains("Serre in de tuin: praat mee"));

            await().atMost(Duration.ofSeconds(30)).until(() -> state(round).equals("closed"));
            await().atMost(Duration.ofSeconds(10)).until(() -> deltas.messages().stream()
                    .anyMatch(m -> m.get("type").asString().equals("round") && m.get("data").get("state").asString().equals("closed")));
            assertThat(RoundEventLog.of(RoundClosed.class, e -> e.roundId() == round)).singleElement()
                    .satisfies(e -> assertThat(e.closedBy()).isNull());
            assertThat(resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Te laat")).status()).isEqualTo(409);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(titles(OWNER)).contains("Serre in de tuin: de ronde is gesloten"));
        }
        assertThat(audit.entries(plan, 20)).extracting(e -> e.action())
                .contains("round.scheduled", "round.opened-automatically", "round.closed-automatically");
    }

    @Test
    void two_openers_at_once_open_a_due_round_once() throws Exception {
        long plan = publishedPlan();
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        long round = draft(plan, start, start.plus(1, ChronoUnit.DAYS));
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/schedule", "{}").status()).isEqualTo(200);
        jdbc.sql("UPDATE participation_round SET starts_at = now() - interval '1 second' WHERE id = ?").param(round).update();
        Instant now = Instant.now();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> opener.openDue(now));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> opener.openDue(now));
        // the scheduled opener (every second in the tests) is a third one that may be first
        assertThat(a.get() + b.get()).as("at most one of the two opened it").isLessThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> state(round).equals("open"));
        assertThat(RoundEventLog.of(RoundOpened.class, e -> e.roundId() == round)).as("opened once").hasSize(1);
        JsonNode changes = anonymous().get("/api/v1/rounds/" + round + "/changes?after=0").json().get("changes");
        assertThat(changes.findValues("type").stream().map(JsonNode::asString).toList())
                .as("created, scheduled, opened").containsExactly("round", "round", "round");
        assertThat(audit.entries(plan, 20)).extracting(e -> e.action()).containsOnlyOnce("round.opened-automatically");
        assertThat(opener.openDue(Instant.now())).as("nothing left to open").isZero();
    }

    @Test
    void only_a_planner_schedules_a_start_ahead_on_a_public_plan_and_an_unscheduled_draft_waits() {
        long plan = publishedPlan();
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        long round = draft(plan, start, start.plus(1, ChronoUnit.DAYS));
        Http.Response byResident = login(RESIDENT).post("/api/v1/rounds/" + round + "/schedule", "{}");
        assertThat(byResident.status()).isIn(403, 404);
        Browser planner = login(PLANNER);

        long past = draft(plan, Instant.now().minusSeconds(60), start);
        Http.Response started = planner.post("/api/v1/rounds/" + past + "/schedule", "{}");
        assertThat(started.status()).as(started.text()).isEqualTo(400);
        assertThat(started.json().get("parameter").asString()).isEqualTo("startsAt");
        assertThat(started.json().get("detail").asString()).contains("toekomst");

        long hidden = plan();
        long onHidden = draft(hidden, start, start.plus(1, ChronoUnit.DAYS));
        Http.Response notPublic = planner.post("/api/v1/rounds/" + onHidden + "/schedule", "{}");
        assertThat(notPublic.status()).isEqualTo(409);
        assertThat(notPublic.json().get("code").asString()).isEqualTo("plan-not-published");

        assertThat(planner.post("/api/v1/rounds/" + round + "/schedule", "{}").status()).isEqualTo(200);
        Http.Response off = planner.send("DELETE", "/api/v1/rounds/" + round + "/schedule", null);
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        assertThat(off.json().get("scheduled").asBoolean()).isFalse();
        jdbc.sql("UPDATE participation_round SET starts_at = now() - interval '1 second' WHERE id = ?").param(round).update();
        assertThat(opener.openDue(Instant.now())).isZero();
        assertThat(state(round)).as("an unscheduled draft waits for a planner").isEqualTo("draft");
    }

    private long draft(long plan, Instant start, Instant end) {
        String body = roundBody("post", "accounts").replaceFirst("\"startsAt\":\"[^\"]+\"", "\"startsAt\":\"" + start + "\"")
                .replaceFirst("\"endsAt\":\"[^\"]+\"", "\"endsAt\":\"" + end + "\"");
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Browser planner;

    private String state(long round) {
        if (planner == null) {
            planner = login(PLANNER);
        }
        return planner.get("/api/v1/rounds/" + round).json().get("state").asString();
    }

    private java.util.List<String> titles(String email) {
        return login(email).get("/api/v1/me/notifications").json().get("items").findValues("title").stream().map(JsonNode::asString).toList();
    }
}
