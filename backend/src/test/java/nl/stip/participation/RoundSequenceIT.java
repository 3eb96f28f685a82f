package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.participation.internal.RoundDelta;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The round's sequence numbers: every change takes exactly one, with no gaps, also when several people post at the same
 * moment; the state says which number it reflects, and the changes after it are exactly what came later; a repeated
 * agreement is one agreement and one change; under pre-moderation the public change is "held".
 */
class RoundSequenceIT extends RoundFixture {

    @Test
    void concurrent_posts_get_distinct_consecutive_numbers_and_state_plus_changes_add_up() throws Exception {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        long before = state(anonymous(), round).get("seq").asLong();
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(login(signUp("gelijktijdig" + i, "RESIDENT")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Response>> posts = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Browser who = people.get(i % people.size());
                String text = "Gelijktijdig " + i;
                posts.add(pool.submit((Callable<Http.Response>) () -> who.post("/api/v1/rounds/" + round + "/reactions", reaction(text))));
            }
            for (Future<Http.Response> post : posts) {
                assertThat(post.get().status()).as(post.get().text()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode changes = anonymous().get("/api/v1/rounds/" + round + "/changes?after=" + before).json();
        List<Long> seqs = changes.get("changes").findValues("seq").stream().map(JsonNode::asLong).toList();
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + 16).boxed().toList());
        assertThat(changes.get("seq").asLong()).isEqualTo(before + 16);
        // each reaction exactly once in the log, and the in-process deltas carry the same numbers
        assertThat(changes.get("changes").findValues("id").stream().map(JsonNode::asLong).distinct().count()).isEqualTo(16);
        assertThat(RoundEventLog.of(RoundDelta.class, d -> d.roundId() == round && d.seq() > before).stream().map(RoundDelta::seq).sorted().toList())
                .containsExactlyElementsOf(seqs);

        // The state at seq N plus the changes after N is the state now.
        JsonNode middle = state(anonymous(), round);
        long n = middle.get("seq").asLong();
        Browser planner = login(PLANNER);
        long first = middle.get("reactions").get(0).get("id").asLong();
        assertThat(planner.post("/api/v1/contributions/" + first + "/replies", "{\"text\":\"Wij kijken ernaar\"}").status()).isEqualTo(201);
        assertThat(planner.post("/api/v1/rounds/" + round + "/reactions", reaction("Nog een")).status()).isEqualTo(201);
        JsonNode after = anonymous().get("/api/v1/rounds/" + round + "/changes?after=" + n).json();
        assertThat(after.get("changes").findValues("type").stream().map(JsonNode::asString).toList()).containsExactly("reply", "reaction");
        JsonNode now = state(anonymous(), round);
        assertThat(now.get("seq").asLong()).isEqualTo(n + 2).isEqualTo(after.get("seq").asLong());
        assertThat(now.get("reactions").size()).isEqualTo(middle.get("reactions").size() + 1);
        assertThat(now.get("reactions").get(0).get("replies").get(0).get("text").asString()).isEqualTo("Wij kijken ernaar");
        // asking past the end is a bad request, not an empty answer that looks up to date
        assertThat(anonymous().get("/api/v1/rounds/" + round + "/changes?after=" + (n + 3)).status()).isEqualTo(400);
    }

    @Test
    void an_agreement_is_once_per_person_withdrawable_and_the_same_request_twice_changes_nothing() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        long reaction = login(PLANNER).post("/api/v1/rounds/" + round + "/reactions", reaction("Eens?")).json().get("id").asLong();
        Browser resident = login(RESIDENT);
        long seq = state(resident, round).get("seq").asLong();
        for (int i = 0; i < 3; i++) {
            assertThat(resident.send("PUT", "/api/v1/contributions/" + reaction + "/agreement", null).status()).isEqualTo(204);
        }
        JsonNode state = state(resident, round);
        assertThat(state.get("reactions").get(0).get("agreements").asInt()).isEqualTo(1);
        assertThat(state.get("reactions").get(0).get("agreedByMe").asBoolean()).isTrue();
        assertThat(state.get("seq").asLong()).as("one change for three equal requests").isEqualTo(seq + 1);
        assertThat(login(OWNER).send("PUT", "/api/v1/contributions/" + reaction + "/agreement", null).status()).isEqualTo(204);
        assertThat(state(anonymous(), round).get("reactions").get(0).get("agreements").asInt()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(resident.send("DELETE", "/api/v1/contributions/" + reaction + "/agreement", null).status()).isEqualTo(204);
        }
        JsonNode withdrawn = state(resident, round);
        assertThat(withdrawn.get("reactions").get(0).get("agreements").asInt()).isEqualTo(1);
        assertThat(withdrawn.get("reactions").get(0).get("agreedByMe").asBoolean()).isFalse();
        assertThat(withdrawn.get("seq").asLong()).isEqualTo(seq + 3);
        JsonNode last = anonymous().get("/api/v1/rounds/" + round + "/changes?after=" + (seq + 2)).json().get("changes").get(0);
        assertThat(last.get("type").asString()).isEqualTo("agreement");
        assertThat(last.get("data").get("agreements").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM round_agreement WHERE contribution_id = ?", reaction)).isEqualTo(1);
    }

    @Test
    void under_pre_moderation_a_reaction_waits_and_the_public_change_is_held() {
        long plan = publishedPlan();
        long round = openRound(plan, "pre", "accounts");
        String email = signUp("wachtend", "RESIDENT");
        Browser author = login(email);
        Http.Response posted = author.post("/api/v1/rounds/" + round + "/reactions", reaction("Wacht op goedkeuring"));
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("status").asString()).isEqualTo("pending");
        JsonNode change = anonymous().get("/api/v1/rounds/" + round + "/changes?after=0").json().get("changes");
        assertThat(change.get(change.size() - 1).get("type").asString()).isEqualTo("held");
        assertThat(change.get(change.size() - 1).get("data").size()).isZero();
        assertThat(change.toString()).doesNotContain("Wacht op goedkeuring").doesNotContain(email);
        assertThat(state(anonymous(), round).get("reactions")).isEmpty();
        assertThat(state(login(RESIDENT), round).get("reactions")).isEmpty();
        JsonNode mine = state(author, round).get("reactions");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("pending");
        assertThat(mine.get(0).get("author").get("mine").asBoolean()).isTrue();
        JsonNode planners = state(login(PLANNER), round).get("reactions");
        assertThat(planners.get(0).get("author").get("email").asString()).isEqualTo(email);
        assertThat(planners.get(0).get("author").get("name").asString()).isEqualTo("wachtend");
        // nobody replies to or agrees with what the public cannot see
        assertThat(login(RESIDENT).post("/api/v1/contributions/" + posted.json().get("id").asLong() + "/replies", "{\"text\":\"Hoi\"}").status())
                .isEqualTo(404);
    }

    static JsonNode state(Browser who, long round) {
        Http.Response state = who.get("/api/v1/rounds/" + round + "/state");
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        return state.json();
    }
}
