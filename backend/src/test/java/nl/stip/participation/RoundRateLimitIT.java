package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/**
 * The rate limits: per person 10 reactions and replies a minute (counted in the database), and per round, all
 * participants together (the round's own ratePerMinute, else stip.participation.rate.per-round); past either, 429 with
 * Retry-After and a Dutch message, and nothing stored.
 */
class RoundRateLimitIT extends RoundFixture {

    @Test
    void the_eleventh_contribution_in_a_minute_waits_and_stores_nothing() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        String email = signUp("snel", "RESIDENT");
        Browser fast = login(email);
        long first = 0;
        for (int i = 0; i < 10; i++) {
            Http.Response posted = i % 2 == 0 || first == 0
                    ? fast.post("/api/v1/rounds/" + round + "/reactions", reaction("Nummer " + i))
                    : fast.post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"Antwoord " + i + "\"}");
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            if (first == 0) {
                first = posted.json().get("id").asLong();
            }
        }
        Http.Response refused = fast.post("/api/v1/rounds/" + round + "/reactions", reaction("Nummer 11"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("too-many-contributions");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(fast.post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"Nog een\"}").status()).isEqualTo(429);
        assertThat(count("SELECT count(*) FROM round_contribution WHERE author_email = ?", email)).isEqualTo(10);
        // others are not held up, and agreeing is not a contribution that counts
        assertThat(login(RESIDENT).post("/api/v1/rounds/" + round + "/reactions", reaction("Ik wel")).status()).isEqualTo(201);
        assertThat(fast.send("PUT", "/api/v1/contributions/" + first + "/agreement", null).status()).isEqualTo(204);
        // a minute later (the window moved on) the person may post again
        jdbc.sql("UPDATE round_contribution SET created_at = created_at - interval '61 seconds' WHERE author_email = ?").param(email).update();
        assertThat(fast.post("/api/v1/rounds/" + round + "/reactions", reaction("Weer ruimte")).status()).isEqualTo(201);
    }

    @Test
    void past_the_rounds_own_limit_anyone_waits_with_a_dutch_answer_and_nothing_is_stored() {
        long plan = publishedPlan();
        Browser planner = login(PLANNER);
        Http.Response bad = planner.post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "accounts").replace("\"replyDepth\":1", "\"replyDepth\":1,\"ratePerMinute\":0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("ratePerMinute");
        Http.Response made = planner.post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "accounts").replace("\"replyDepth\":1", "\"replyDepth\":1,\"ratePerMinute\":3"));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().get("ratePerMinute").asInt()).isEqualTo(3);
        long round = open(made.json().get("id").asLong());

        long first = 0;
        for (String person : new String[] {RESIDENT, ADVISOR, OWNER}) {
            Http.Response posted = first == 0 ? login(person).post("/api/v1/rounds/" + round + "/reactions", reaction("Van " + person))
                    : login(person).post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"Ook van " + person + "\"}");
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            if (first == 0) {
                first = posted.json().get("id").asLong();
            }
        }
        long seq = count("SELECT last_seq FROM participation_round WHERE id = ?", round);
        Browser fourth = login(signUp("vierde", "RESIDENT"));
        Http.Response busy = fourth.post("/api/v1/rounds/" + round + "/reactions", reaction("Ik ben de vierde"));
        assertThat(busy.status()).as(busy.text()).isEqualTo(429);
        assertThat(busy.json().get("code").asString()).isEqualTo("round-busy");
        assertThat(busy.json().get("detail").asString()).contains("heel veel gereageerd in deze ronde").contains("niets opgeslagen");
        assertThat(Long.parseLong(busy.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(busy.json().get("retryAfter").asLong()).isEqualTo(Long.parseLong(busy.header("Retry-After")));
        assertThat(fourth.post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"Dan zo\"}").status()).isEqualTo(429);
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round)).as("nothing stored").isEqualTo(3);
        assertThat(count("SELECT last_seq FROM participation_round WHERE id = ?", round)).as("no change told").isEqualTo(seq);
        // the municipality's own words are not held up; another round is not either
        assertThat(planner.post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"De gemeente leest mee\"}").status()).isEqualTo(201);
        long other = openRound(publishedPlan(), "post", "accounts");
        assertThat(fourth.post("/api/v1/rounds/" + other + "/reactions", reaction("Elders wel")).status()).isEqualTo(201);
        // a minute later there is room again
        jdbc.sql("UPDATE round_contribution SET created_at = created_at - interval '61 seconds' WHERE round_id = ?").param(round).update();
        assertThat(fourth.post("/api/v1/rounds/" + round + "/reactions", reaction("Nu wel")).status()).isEqualTo(201);
    }
}
