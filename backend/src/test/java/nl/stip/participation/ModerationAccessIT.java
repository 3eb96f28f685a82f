package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import nl.stip.Browser;
import org.junit.jupiter.api.Test;

/**
 * Who may use which moderation endpoint: only planners moderate (queue, approve, hide, undo, blocks); anyone logged
 * in who takes part may report; only the author appeals. A visitor gets 401, everyone else 403; a write without the
 * CSRF token is refused.
 */
class ModerationAccessIT extends ModerationFixture {

    @Test
    void only_planners_moderate_and_every_other_role_is_refused() {
        long round = openRound(publishedPlan(), "pre", "accounts");
        String author = signUp("rollen", "RESIDENT");
        long pending = post(login(author), round, "Wacht op de gemeente");
        Map<String, Supplier<Browser>> others = new LinkedHashMap<>();
        others.put("resident", () -> login(RESIDENT));
        others.put("initiator (the plan's owner)", () -> login(OWNER));
        others.put("advisor", () -> login(ADVISOR));
        long action;
        for (String step : new String[] {"queue", "approve", "hide", "undo", "block", "blocks", "unblock"}) {
            for (Map.Entry<String, Supplier<Browser>> other : others.entrySet()) {
                assertThat(call(other.getValue().get(), step, round, pending, 1)).as(step + " by " + other.getKey()).isEqualTo(403);
            }
            assertThat(call(anonymous(), step, round, pending, 1)).as(step + " by a visitor").isEqualTo(401);
        }
        Browser planner = login(PLANNER);
        assertThat(call(planner, "queue", round, pending, 0)).isEqualTo(200);
        assertThat(planner.postWithoutCsrf("/api/v1/contributions/" + pending + "/approve", "{}").status()).as("no CSRF token").isEqualTo(403);
        assertThat(call(planner, "approve", round, pending, 0)).isEqualTo(200);
        action = planner.post("/api/v1/contributions/" + pending + "/hide", "{\"reason\":\"Toch niet\"}").json().get("actionId").asLong();
        assertThat(call(planner, "undo", round, pending, action)).isEqualTo(200);
        assertThat(call(planner, "block", round, pending, 0)).isEqualTo(201);
        assertThat(call(planner, "blocks", round, pending, 0)).isEqualTo(200);
        assertThat(call(planner, "unblock", round, pending, 0)).isEqualTo(204);
        assertThat(planner.post("/api/v1/contributions/" + pending + "/hide", "{\"reason\":\"\"}").json().get("parameter").asString())
                .as("a hide needs a reason").isEqualTo("reason");
    }

    @Test
    void participants_report_and_only_the_author_appeals() {
        long round = openRound(publishedPlan(), "post", "accounts");
        String author = signUp("auteur", "RESIDENT");
        long id = post(login(author), round, "Meld mij maar");
        assertThat(anonymous().post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(401);
        assertThat(login(RESIDENT).post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(204);
        assertThat(login(ADVISOR).post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(204);
        assertThat(login(OWNER).post("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(204);
        assertThat(login(RESIDENT).postWithoutCsrf("/api/v1/contributions/" + id + "/reports", "{}").status()).isEqualTo(403);
        assertThat(login(RESIDENT).post("/api/v1/contributions/" + id + "/reports", "{\"reason\":\"" + "x".repeat(501) + "\"}").status())
                .as("too long a reason, even when reported already").isEqualTo(400);
        hide(login(PLANNER), id, "Verborgen");
        assertThat(anonymous().post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Bezwaar\"}").status()).isEqualTo(401);
        assertThat(login(RESIDENT).post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Bezwaar\"}").status()).isEqualTo(403);
        assertThat(login(PLANNER).post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Bezwaar\"}").status()).isEqualTo(403);
        assertThat(login(author).post("/api/v1/contributions/" + id + "/appeal", "{\"text\":\"Bezwaar\"}").status()).isEqualTo(201);
    }

    private int call(Browser who, String step, long round, long contribution, long action) {
        return switch (step) {
            case "queue" -> who.get("/api/v1/moderation/queue?round=" + round).status();
            case "approve" -> who.post("/api/v1/contributions/" + contribution + "/approve", "{}").status();
            case "hide" -> who.post("/api/v1/contributions/" + contribution + "/hide", "{\"reason\":\"Nee\"}").status();
            case "undo" -> who.post("/api/v1/moderation/actions/" + action + "/undo", "{}").status();
            case "block" -> who.post("/api/v1/rounds/" + round + "/blocks", "{\"participant\":\"" + RESIDENT + "\"}").status();
            case "blocks" -> who.get("/api/v1/rounds/" + round + "/blocks").status();
            case "unblock" -> who.send("DELETE", "/api/v1/rounds/" + round + "/blocks/" + RESIDENT, null).status();
            default -> throw new IllegalArgumentException(step);
        };
    }
}
