package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.LiveClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The moderation queue live on {@code /topic/moderation.queue}: only planners may subscribe (a resident's and a
 * visitor's SUBSCRIBE end the connection); a planner following it gets each new pending and reported item as the
 * queue shows it, nothing for an item published at once, {@code settled} when a decision takes an item out, and the
 * item again when an undo puts it back.
 */
class ModerationQueueLiveIT extends ModerationFixture {

    private static final String QUEUE = "/topic/moderation.queue";
    private static final Duration LIVE = Duration.ofSeconds(5);

    @Test
    void only_planners_may_follow_the_moderation_queue() {
        assertRefused(login(RESIDENT));
        assertRefused(login(OWNER));
        assertRefused(null);
        try (LiveClient planner = LiveClient.connect(port, login(PLANNER))) {
            planner.subscribe(QUEUE);
            await().during(Duration.ofMillis(300)).atMost(LiveClient.REFUSAL).until(planner::connected);
        }
    }

    @Test
    void a_planner_gets_new_pending_and_reported_items_pushed_and_sees_them_settle() {
        long held = openRound(publishedPlan(), "pre", "accounts");
        long open = openRound(publishedPlan(), "post", "accounts");
        try (LiveClient planner = LiveClient.connect(port, login(PLANNER))) {
            LiveClient.Inbox queue = planner.subscribe(QUEUE);
            planner.subscribe("/topic/rounds." + open);
            awaitSubscribed(open);
            String author = signUp("wachter", "RESIDENT");
            long pending = post(login(author), held, "Graag eerst laten zien");
            JsonNode queued = awaitMessage(queue, m -> m.get("contributionId").asLong() == pending);
            assertThat(queued.get("type").asString()).isEqualTo("queued");
            assertThat(queued.get("roundId").asLong()).isEqualTo(held);
            JsonNode item = queued.get("item");
            assertThat(item.get("queue").asString()).isEqualTo("pending");
            assertThat(item.get("text").asString()).isEqualTo("Graag eerst laten zien");
            assertThat(item.get("round").get("id").asLong()).isEqualTo(held);
            assertThat(item.get("place").get("lon").asDouble()).isPositive();
            assertThat(item.get("author").get("email").asString()).isEqualTo(author);

            long published = post(login(RESIDENT), open, "Dit staat er meteen");
            Http.Response reported = login(ADVISOR).post("/api/v1/contributions/" + published + "/reports", "{\"reason\":\"Klopt niet\"}");
            assertThat(reported.status()).as(reported.text()).isEqualTo(204);
            JsonNode report = awaitMessage(queue, m -> m.get("contributionId").asLong() == published);
            assertThat(report.get("item").get("queue").asString()).isEqualTo("reported");
            assertThat(report.get("item").get("reports").asInt()).isEqualTo(1);
            assertThat(report.get("item").get("reportReasons").get(0).asString()).isEqualTo("Klopt niet");
            assertThat(queue.messages().stream().filter(m -> m.get("contributionId").asLong() == published))
                    .as("published at once it was not in the queue; only its report put it there").hasSize(1);

            Http.Response approved = login(PLANNER).post("/api/v1/contributions/" + pending + "/approve", "{}");
            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
            JsonNode settled = awaitMessage(queue, m -> m.get("contributionId").asLong() == pending && m.get("type").asString().equals("settled"));
            assertThat(settled.get("item").isNull()).isTrue();

            // an undo of that approval puts the item back in the queue, live too
            int before = queue.messages().size();
            Http.Response undone = login(PLANNER).post("/api/v1/moderation/actions/" + approved.json().get("actionId").asLong() + "/undo", "{}");
            assertThat(undone.status()).as(undone.text()).isEqualTo(200);
            await().atMost(LIVE).until(() -> queue.messages().stream().skip(before)
                    .anyMatch(m -> m.get("contributionId").asLong() == pending && m.get("type").asString().equals("queued")));
            JsonNode back = queue.messages().stream().skip(before).filter(m -> m.get("contributionId").asLong() == pending).findFirst().orElseThrow();
            assertThat(back.get("item").get("queue").asString()).isEqualTo("pending");
        }
    }

    private void assertRefused(Browser who) {
        LiveClient live = LiveClient.connect(port, who);
        live.subscribe(QUEUE);
        await().atMost(LiveClient.REFUSAL).alias(QUEUE + " as " + (who == null ? "visitor" : "non-planner")).until(() -> !live.connected());
    }

    /** A SUBSCRIBE is handled asynchronously: the round's presence (subscribed after the queue) says when the broker has it. */
    private void awaitSubscribed(long round) {
        await().atMost(LiveClient.REFUSAL).until(() -> new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() >= 1);
    }

    private static JsonNode awaitMessage(LiveClient.Inbox inbox, Predicate<JsonNode> which) {
        await().atMost(LIVE).until(() -> inbox.messages().stream().anyMatch(which));
        return inbox.messages().stream().filter(which).findFirst().orElseThrow();
    }
}
