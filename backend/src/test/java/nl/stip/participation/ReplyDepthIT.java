package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The round's reply depth: a reply up to the depth is taken, one deeper is refused with 400 naming {@code parentId}
 * and a Dutch message, and nothing is stored (no contribution, no change in the round's log).
 */
class ReplyDepthIT extends RoundFixture {

    @Test
    void at_the_default_depth_one_a_reaction_takes_replies_but_a_reply_does_not() {
        long round = openRound(publishedPlan(), "post", "accounts");
        Browser resident = login(RESIDENT);
        long reaction = created(resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Hoe hoog wordt het?")));
        long reply = created(login(ADVISOR).post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"Vier meter\"}"));

        refusedAsTooDeep(resident, round, reply);
    }

    @Test
    void at_depth_two_a_reply_to_a_reply_is_taken_and_one_deeper_is_refused() {
        long plan = publishedPlan();
        Http.Response made = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds",
                roundBody("post", "accounts").replace("\"replyDepth\":1", "\"replyDepth\":2"));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().get("replyDepth").asInt()).isEqualTo(2);
        long round = open(made.json().get("id").asLong());
        Browser resident = login(RESIDENT);
        long reaction = created(resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Komt er een dakterras?")));
        long reply = created(login(ADVISOR).post("/api/v1/contributions/" + reaction + "/replies", "{\"text\":\"Nee\"}"));
        long atTheLimit = created(resident.post("/api/v1/contributions/" + reply + "/replies", "{\"text\":\"Dank, dat is fijn\"}"));

        JsonNode item = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("reactions").get(0);
        assertThat(item.toString()).as("the reply at depth 2 is in the round's state").contains("Dank, dat is fijn");

        refusedAsTooDeep(login(ADVISOR), round, atTheLimit);
    }

    private void refusedAsTooDeep(Browser who, long round, long parent) {
        long contributions = count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round);
        long seq = count("SELECT last_seq FROM participation_round WHERE id = ?", round);
        Http.Response deeper = who.post("/api/v1/contributions/" + parent + "/replies", "{\"text\":\"Nog dieper\"}");
        assertThat(deeper.status()).as(deeper.text()).isEqualTo(400);
        assertThat(deeper.json().get("parameter").asString()).isEqualTo("parentId");
        assertThat(deeper.json().get("detail").asString()).contains("In deze ronde").contains("Reageer op");
        assertThat(count("SELECT count(*) FROM round_contribution WHERE round_id = ?", round)).as("nothing stored").isEqualTo(contributions);
        assertThat(count("SELECT last_seq FROM participation_round WHERE id = ?", round)).as("no change in the log").isEqualTo(seq);
    }

    private static long created(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
