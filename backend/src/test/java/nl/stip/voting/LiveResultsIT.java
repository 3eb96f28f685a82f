package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.LiveClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Results over the round's STOMP channel: after each ballot change a "results" delta, in sequence; while the planner
 * hides them, readers get only the number of ballots — live and over REST — until the round closes, planners always
 * see them.
 */
class LiveResultsIT extends VotingFixture {

    private static final Duration LIVE = Duration.ofSeconds(2);

    @Test
    void eachBallotChangeReachesASubscriberAsResultsInSequence() {
        long round = votingRound(approval(2, false));
        Browser watcher = login(ADVISOR);
        try (LiveClient live = LiveClient.connect(port, watcher)) {
            LiveClient.Inbox inbox = live.subscribe("/topic/rounds." + round);
            awaitSubscribed(round);
            long before = login(PLANNER).get("/api/v1/rounds/" + round).json().get("lastSeq").asLong();
            voted(login(RESIDENT), round, "a");
            voted(login(OWNER), round, "a", "b");
            voted(login(RESIDENT), round, "c");
            await().atMost(LIVE).until(() -> results(inbox).size() == 3);
            List<JsonNode> results = results(inbox);
            assertThat(results).extracting(m -> m.get("seq").asLong()).containsExactly(before + 1, before + 2, before + 3);
            JsonNode last = results.get(2).get("data");
            assertThat(last.get("ballots").asLong()).isEqualTo(2);
            assertThat(option(last, "a").get("count").asLong()).isEqualTo(1);
            assertThat(option(last, "b").get("count").asLong()).isEqualTo(1);
            assertThat(option(last, "c").get("count").asLong()).isEqualTo(1);
            assertThat(option(results.get(1).get("data"), "a").get("count").asLong()).isEqualTo(2);
            assertThat(last.toString()).doesNotContain("demo.stip.nl");
        }
    }

    @Test
    void hiddenResultsDoNotReachANonPlannerLiveOrOverRestUntilTheRoundCloses() {
        long round = votingRound(approval(2, true));
        Browser reader = login(ADVISOR);
        try (LiveClient live = LiveClient.connect(port, reader)) {
            LiveClient.Inbox inbox = live.subscribe("/topic/rounds." + round);
            awaitSubscribed(round);
            voted(login(RESIDENT), round, "a");
            Http.Response own = vote(login(OWNER), round, "a", "b");
            assertThat(own.json().get("results").get("hidden").asBoolean()).isTrue();
            assertThat(own.json().get("results").get("options")).isEmpty();
            await().atMost(LIVE).until(() -> inbox.messages().stream().filter(m -> m.get("type").asString().equals("ballots")).count() == 2);
            assertThat(inbox.messages()).extracting(m -> m.get("type").asString()).doesNotContain("results");
            assertThat(inbox.messages().stream().filter(m -> m.get("type").asString().equals("ballots")).toList().get(1).get("data").toString())
                    .isEqualTo("{\"ballots\":2}");

            JsonNode hidden = reader.get("/api/v1/rounds/" + round + "/results").json();
            assertThat(hidden.get("hidden").asBoolean()).isTrue();
            assertThat(hidden.get("ballots").asLong()).isEqualTo(2);
            assertThat(hidden.get("options")).isEmpty();
            assertThat(hidden.get("budgetSpent").isNull()).isTrue();
            JsonNode planners = login(PLANNER).get("/api/v1/rounds/" + round + "/results").json();
            assertThat(planners.get("hidden").asBoolean()).isFalse();
            assertThat(option(planners, "a").get("count").asLong()).isEqualTo(2);

            assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> !results(inbox).isEmpty());
            assertThat(option(results(inbox).get(0).get("data"), "a").get("count").asLong()).isEqualTo(2);
            JsonNode open = reader.get("/api/v1/rounds/" + round + "/results").json();
            assertThat(open.get("hidden").asBoolean()).isFalse();
            assertThat(option(open, "b").get("count").asLong()).isEqualTo(1);
        }
    }

    private static List<JsonNode> results(LiveClient.Inbox inbox) {
        return inbox.messages().stream().filter(m -> m.get("type").asString().equals("results")).toList();
    }

    private void awaitSubscribed(long round) {
        await().atMost(LiveClient.REFUSAL).until(() ->
                new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() >= 1);
    }
}
