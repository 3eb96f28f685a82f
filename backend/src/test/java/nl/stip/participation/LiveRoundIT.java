package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.LiveClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Real STOMP clients in a round: what one participant does reaches the others within a second, in sequence order;
 * a late joiner and a client that was away catch up from the REST state and changes with no gap and no duplicate;
 * who may follow which round live; presence.
 */
class LiveRoundIT extends RoundFixture {

    private static final Duration LIVE = Duration.ofSeconds(1);

    @Test
    void twoParticipantsSeeEachOthersContributionsAndTheInitiatorsAnswerLive() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser anna = login(RESIDENT);
        Browser bert = login(signUp("bert", "RESIDENT"));
        Browser owner = login(OWNER);
        try (LiveClient annaLive = LiveClient.connect(port, anna); LiveClient bertLive = LiveClient.connect(port, bert)) {
            LiveClient.Inbox annaSees = annaLive.subscribe("/topic/rounds." + round);
            LiveClient.Inbox bertSees = bertLive.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 2);

            Http.Response posted = anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Te veel schaduw in mijn tuin"));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            long reaction = posted.json().get("id").asLong();
            JsonNode seen = awaitMessage(bertSees, m -> m.get("type").asString().equals("reaction"));
            assertThat(seen.get("data").get("text").asString()).isEqualTo("Te veel schaduw in mijn tuin");
            assertThat(seen.get("data").get("id").asLong()).isEqualTo(reaction);

            assertThat(bert.post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"Bij mij ook\"}").status()).isEqualTo(201);
            assertThat(awaitMessage(annaSees, m -> m.get("type").asString().equals("reply")).get("data").get("text").asString())
                    .isEqualTo("Bij mij ook");

            assertThat(bert.send("PUT", "/api/v1/contributions/" + reaction + "/agreement", null).status()).isEqualTo(204);
            JsonNode agreement = awaitMessage(annaSees, m -> m.get("type").asString().equals("agreement"));
            assertThat(agreement.get("data").get("agreements").asInt()).isEqualTo(1);

            Http.Response answer = owner.post("/api/v1/contributions/" + reaction + "/initiator-answer", "{\"text\":\"We maken hem lager\"}");
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            assertThat(awaitMessage(bertSees, m -> m.get("type").asString().equals("initiator-answer")).get("data").get("text").asString())
                    .isEqualTo("We maken hem lager");
            assertThat(awaitMessage(annaSees, m -> m.get("type").asString().equals("initiator-answer"))).isNotNull();

            // Both saw the same changes, each once, in order, and they are the round's stored changes.
            long last = login(PLANNER).get("/api/v1/rounds/" + round).json().get("lastSeq").asLong();
            await().atMost(LIVE).until(() -> annaSees.seqsAfter(last - 4).size() == 4 && bertSees.seqsAfter(last - 4).size() == 4);
            assertThat(annaSees.seqs()).as("nothing twice, nothing after the last").doesNotHaveDuplicates().allMatch(s -> s <= last);
            assertThat(annaSees.seqsAfter(last - 4)).containsExactly(last - 3, last - 2, last - 1, last);
            assertThat(bertSees.seqsAfter(last - 4)).isEqualTo(annaSees.seqsAfter(last - 4));
            assertThat(annaSees.after(last - 4)).extracting(m -> m.get("type").asString())
                    .containsExactly("reaction", "reply", "agreement", "initiator-answer");
        }
    }

    @Test
    void aLateJoinerCatchesUpFromTheStateWithNoGapAndNoDuplicate() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser anna = login(RESIDENT);
        for (int i = 1; i <= 3; i++) {
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Eerder " + i)).status()).isEqualTo(201);
        }
        // The viewer's order: connect, subscribe, then load the state (and the seq it reflects).
        Browser late = anonymous();
        try (LiveClient live = LiveClient.connect(port, late)) {
            LiveClient.Inbox inbox = live.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 1);
            JsonNode state = late.get("/api/v1/rounds/" + round + "/state").json();
            long stateSeq = state.get("seq").asLong();
            assertThat(state.get("reactions")).hasSize(3);
            for (int i = 1; i <= 2; i++) {
                assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Later " + i)).status()).isEqualTo(201);
            }
            long last = stateSeq + 2;
            await().atMost(LIVE.multipliedBy(2)).until(() -> inbox.seqs().contains(last));
            List<Long> applied = inbox.seqs().stream().filter(seq -> seq > stateSeq).toList();
            assertThat(applied).containsExactly(stateSeq + 1, stateSeq + 2);
            assertThat(inbox.seqs()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aClientThatWasAwayCatchesUpFromTheChangesWithNoGapAndNoDuplicate() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser anna = login(RESIDENT);
        Browser bert = login(signUp("bert", "RESIDENT"));
        TreeSet<Long> applied = new TreeSet<>();
        long stateSeq;
        try (LiveClient live = LiveClient.connect(port, bert)) {
            LiveClient.Inbox inbox = live.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 1);
            stateSeq = bert.get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Voor de storing")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> inbox.seqs().contains(stateSeq + 1));
            applied.addAll(inbox.seqs());
        }
        // Away: two changes happen.
        assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Tijdens de storing")).status()).isEqualTo(201);
        assertThat(login(OWNER).send("PUT", "/api/v1/contributions/"
                + anna.get("/api/v1/rounds/" + round + "/state").json().get("reactions").get(0).get("id").asLong() + "/agreement", null).status())
                .isEqualTo(204);
        // Back: subscribe again, then ask what was missed after the last applied seq.
        try (LiveClient live = LiveClient.connect(port, bert)) {
            LiveClient.Inbox inbox = live.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 1);
            JsonNode missed = bert.get("/api/v1/rounds/" + round + "/changes?after=" + applied.last()).json();
            List<Long> fetched = new ArrayList<>();
            missed.get("changes").forEach(change -> fetched.add(change.get("seq").asLong()));
            assertThat(fetched).containsExactly(stateSeq + 2, stateSeq + 3);
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Na de storing")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> inbox.seqs().contains(stateSeq + 4));
            List<Long> all = new ArrayList<>(applied);
            all.addAll(fetched);
            inbox.seqs().stream().filter(seq -> seq > fetched.get(fetched.size() - 1)).forEach(all::add);
            assertThat(all).containsExactly(stateSeq + 1, stateSeq + 2, stateSeq + 3, stateSeq + 4);
            assertThat(inbox.seqs()).doesNotHaveDuplicates();
        }
    }

    @Test
    void whoMayFollowWhichRoundLive() {
        long plan = publishedPlan();
        long open = openRound(plan, "post", "accounts");
        long restricted = openRound(plan, "post", "concerned");
        long draft = draftRound(plan, "post", "accounts");
        Browser planner = login(PLANNER);
        Browser resident = login(RESIDENT);

        assertFollows(null, "/topic/rounds." + open);
        assertFollows(null, "/topic/rounds." + open + ".presence");
        assertRefused(null, "/topic/rounds." + restricted);
        assertRefused(null, "/topic/rounds." + draft);
        assertRefused(null, "/topic/rounds." + open + ".moderation");
        assertRefused(resident, "/topic/rounds." + restricted);
        assertRefused(resident, "/topic/rounds." + draft);
        assertRefused(resident, "/topic/rounds." + open + ".moderation");
        assertFollows(resident, "/topic/rounds." + open);
        assertFollows(login(OWNER), "/topic/rounds." + restricted);
        assertFollows(planner, "/topic/rounds." + restricted);
        assertFollows(planner, "/topic/rounds." + draft);
        assertFollows(planner, "/topic/rounds." + open + ".moderation");
        assertRefused(planner, "/topic/rounds.999999999");
    }

    @Test
    void anAnonymousVisitorReadsAPublicRoundLive() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        try (LiveClient visitor = LiveClient.connect(port, (Browser) null)) {
            LiveClient.Inbox inbox = visitor.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 1);
            assertThat(login(RESIDENT).post("/api/v1/rounds/" + round + "/reactions", reaction("Openbaar")).status()).isEqualTo(201);
            JsonNode seen = awaitMessage(inbox, m -> m.get("type").asString().equals("reaction"));
            assertThat(seen.get("data").toString()).doesNotContain(RESIDENT);
        }
    }

    @Test
    void presenceCountsWhoIsInTheRoundAndNamesThemToPlannersOnly() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        try (LiveClient watcher = LiveClient.connect(port, (Browser) null);
             LiveClient anna = LiveClient.connect(port, login(RESIDENT))) {
            LiveClient.Inbox presence = watcher.subscribe("/topic/rounds." + round + ".presence");
            watcher.subscribe("/topic/rounds." + round);
            anna.subscribe("/topic/rounds." + round);
            await().atMost(LIVE.multipliedBy(3)).until(() -> !presence.messages().isEmpty()
                    && presence.messages().get(presence.messages().size() - 1).get("count").asInt() == 2);
            assertThat(presence.messages()).allMatch(m -> !m.has("seq"));
            JsonNode forPlanner = login(PLANNER).get("/api/v1/rounds/" + round + "/presence").json();
            assertThat(forPlanner.get("count").asInt()).isEqualTo(2);
            assertThat(forPlanner.get("names").toString()).contains("\"").doesNotContain("@");
            assertThat(forPlanner.get("names")).hasSize(1);
            JsonNode forResident = login(RESIDENT).get("/api/v1/rounds/" + round + "/presence").json();
            assertThat(forResident.get("count").asInt()).isEqualTo(2);
            assertThat(forResident.has("names")).isFalse();
            assertThat(login(RESIDENT).get("/api/v1/rounds/" + round + "/state").json().get("presence").get("count").asInt()).isEqualTo(2);
        }
        await().atMost(LIVE.multipliedBy(3)).until(() -> new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() == 0);
    }

    @Test
    void plannersHearOfNewContributionsOnTheModerationTopic() {
        long plan = publishedPlan();
        long round = openRound(plan, "pre", "accounts");
        try (LiveClient planner = LiveClient.connect(port, login(PLANNER))) {
            LiveClient.Inbox feed = planner.subscribe("/topic/rounds." + round + ".moderation");
            LiveClient.Inbox deltas = planner.subscribe("/topic/rounds." + round);
            awaitSubscribed(round, 1);
            Http.Response posted = login(RESIDENT).post("/api/v1/rounds/" + round + "/reactions", reaction("Graag eerst kijken"));
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            JsonNode signal = awaitMessage(feed, m -> m.get("type").asString().equals("posted"));
            assertThat(signal.get("contributionId").asLong()).isEqualTo(posted.json().get("id").asLong());
            // The public topic says only that a seq was taken: the held text is not in it.
            JsonNode held = awaitMessage(deltas, m -> m.get("type").asString().equals("held"));
            assertThat(held.toString()).doesNotContain("Graag eerst kijken");
        }
    }

    private void assertFollows(Browser who, String destination) {
        try (LiveClient live = LiveClient.connect(port, who)) {
            live.subscribe(destination);
            await().during(Duration.ofMillis(300)).atMost(LiveClient.REFUSAL).alias(destination).until(live::connected);
        }
    }

    private void assertRefused(Browser who, String destination) {
        LiveClient live = LiveClient.connect(port, who);
        live.subscribe(destination);
        await().atMost(LiveClient.REFUSAL).alias(destination).until(() -> !live.connected());
    }

    /** A SUBSCRIBE is handled asynchronously: the round's presence says when the broker has it. */
    private void awaitSubscribed(long round, int sessions) {
        await().atMost(LiveClient.REFUSAL).until(() ->
                new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() >= sessions);
    }

    private static JsonNode awaitMessage(LiveClient.Inbox inbox, Predicate<JsonNode> which) {
        await().atMost(LIVE).until(() -> inbox.messages().stream().anyMatch(which));
        return inbox.messages().stream().filter(which).findFirst().orElseThrow();
    }
}
