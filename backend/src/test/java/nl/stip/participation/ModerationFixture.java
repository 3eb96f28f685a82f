package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.accounts.Mailbox;
import tools.jackson.databind.JsonNode;

/** What the moderation tests share: a second planner, posting, the state and the notifications as people see them. */
abstract class ModerationFixture extends RoundFixture {

    static final String PLANNER_PASSWORD = "Tweede medewerker 2026!";
    private static String secondPlanner;

    /** A second planner account (one for the shared context), invited by the demo planner, with a password set. */
    synchronized String secondPlanner() {
        if (secondPlanner == null) {
            String email = "planner-twee-" + System.nanoTime() + "@example.org";
            Http.Response invited = login(PLANNER).post("/api/v1/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Petra Tweede\",\"role\":\"PLANNER\"}");
            assertThat(invited.status()).as(invited.text()).isEqualTo(201);
            String token = new Mailbox(mail()).await(email, "account").link("password-reset");
            assertThat(anonymous().post("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"newPassword\":\"" + PLANNER_PASSWORD + "\"}")
                    .status()).isEqualTo(204);
            secondPlanner = email;
        }
        return secondPlanner;
    }

    Browser second() {
        return new Browser(port).loggedInAs(secondPlanner(), PLANNER_PASSWORD);
    }

    long post(Browser who, long round, String text) {
        Http.Response posted = who.post("/api/v1/rounds/" + round + "/reactions", reaction(text));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.json().get("id").asLong();
    }

    long reply(Browser who, long parent, String text) {
        Http.Response posted = who.post("/api/v1/contributions/" + parent + "/replies", "{\"text\":\"" + text + "\"}");
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.json().get("id").asLong();
    }

    JsonNode state(Browser who, long round) {
        Http.Response state = who.get("/api/v1/rounds/" + round + "/state");
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        return state.json();
    }

    /** The reaction with this id as the viewer's state shows it, or null. */
    static JsonNode reactionIn(JsonNode state, long id) {
        for (JsonNode r : state.get("reactions")) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        return null;
    }

    List<JsonNode> changesAfter(long round, long after) {
        JsonNode changes = anonymous().get("/api/v1/rounds/" + round + "/changes?after=" + after).json().get("changes");
        return StreamSupport.stream(changes.spliterator(), false).toList();
    }

    JsonNode hide(Browser planner, long contribution, String reason) {
        Http.Response hidden = planner.post("/api/v1/contributions/" + contribution + "/hide", "{\"reason\":\"" + reason + "\"}");
        assertThat(hidden.status()).as(hidden.text()).isEqualTo(200);
        return hidden.json();
    }

    /** The person's notifications (the centre), newest first. */
    static List<JsonNode> notifications(Browser who) {
        Http.Response page = who.get("/api/v1/me/notifications?size=100");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return StreamSupport.stream(page.json().get("items").spliterator(), false).toList();
    }

    /** Waits until one of the person's notifications has a title containing {@code title}; returns it. */
    JsonNode awaitNotification(Browser who, String title) {
        try {
            return await().atMost(Duration.ofSeconds(10)).until(() -> notifications(who).stream()
                    .filter(n -> n.get("title").asString().contains(title)).findFirst().orElse(null), n -> n != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no notification '" + title + "'; there are " + texts(notifications(who)) + "; publications not completed: "
                    + jdbc.sql("SELECT event_type || ' ' || coalesce(completion_attempts::text, '') FROM event_publication WHERE completion_date IS NULL")
                            .query(String.class).list(), e);
        }
    }

    static List<String> texts(List<JsonNode> notifications) {
        return notifications.stream().map(n -> n.get("title").asString() + " | " + n.get("text").asString()).toList();
    }
}
