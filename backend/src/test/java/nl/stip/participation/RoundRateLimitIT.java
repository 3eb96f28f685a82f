package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/** The rate limit per person: 10 reactions and replies a minute (counted in the database), then 429 with Retry-After. */
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
}
