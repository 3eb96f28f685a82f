package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A round from draft to closed through the API, what each step tells (state, changes, events) and the state snapshot. */
class RoundLifeCycleIT extends RoundFixture {

    @Test
    void planner_opens_a_round_a_resident_reacts_and_the_state_and_changes_agree() {
        long plan = publishedPlan();
        long round = draftRound(plan, "post", "accounts");
        Browser planner = login(PLANNER);
        JsonNode draft = planner.get("/api/v1/rounds/" + round).json();
        assertThat(draft.get("state").asString()).isEqualTo("draft");
        assertThat(draft.get("questions")).hasSize(3);

        Http.Response opened = planner.post("/api/v1/rounds/" + round + "/open", "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.json().get("state").asString()).isEqualTo("open");

        Browser resident = login(RESIDENT);
        Http.Response posted = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Mijn tuin komt in de schaduw"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertThat(posted.json().get("status").asString()).isEqualTo("published");
        assertThat(posted.json().get("author").get("label").asString()).isEqualTo("Deelnemer");
        assertThat(posted.json().get("author").get("mine").asBoolean()).isTrue();

        JsonNode state = anonymous().get("/api/v1/rounds/" + round + "/state").json();
        assertThat(state.get("seq").asLong()).isEqualTo(3); // created, opened, reaction
        assertThat(state.get("reactions")).hasSize(1);
        JsonNode item = state.get("reactions").get(0);
        assertThat(item.get("text").asString()).isEqualTo("Mijn tuin komt in de schaduw");
        assertThat(item.get("author").has("email")).isFalse();
        assertThat(item.get("place").get("height").asDouble()).isEqualTo(2.0);

        JsonNode changes = anonymous().get("/api/v1/rounds/" + round + "/changes?after=0").json();
        assertThat(changes.get("seq").asLong()).isEqualTo(3);
        assertThat(changes.get("changes")).hasSize(3);
        assertThat(changes.get("changes").get(2).get("type").asString()).isEqualTo("reaction");
        assertThat(changes.get("changes").get(2).get("data").get("id").asLong()).isEqualTo(posted.json().get("id").asLong());

        Http.Response closed = planner.post("/api/v1/rounds/" + round + "/close", "{}");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        Http.Response refused = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Nog eentje"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("gesloten");
    }
}
