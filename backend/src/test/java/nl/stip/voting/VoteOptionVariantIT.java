package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A vote option that stands for a variant names a saved variant of the same round: a variant of another round or an id
 * that is no variant is refused naming the option's field, and nothing is stored; a variant of the round is kept.
 */
class VoteOptionVariantIT extends VotingFixture {

    @Test
    void an_option_names_a_saved_variant_of_the_same_round_or_is_refused_naming_the_field() {
        long round = variantVotingRound();
        long other = variantVotingRound();
        long here = variant(round, "Lager dak");
        long elsewhere = variant(other, "Elders");
        Browser planner = login(PLANNER);

        refusedOption(planner, round, setup(here, elsewhere), "options[1].variantId");
        refusedOption(planner, round, setup(elsewhere, null), "options[0].variantId");
        refusedOption(planner, round, setup(null, here + 1_000_000), "options[1].variantId");
        assertThat(count("SELECT count(*) FROM vote_setup WHERE round_id = ?", round)).as("nothing stored").isZero();

        Http.Response ok = planner.put("/api/v1/rounds/" + round + "/vote-setup", setup(here, null));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        JsonNode options = login(RESIDENT).get("/api/v1/rounds/" + round + "/vote-setup").json().get("options");
        assertThat(options.get(0).get("variantId").asLong()).isEqualTo(here);
        assertThat(options.get(1).get("variantId").isNull()).isTrue();
    }

    private static void refusedOption(Browser planner, long round, String body, String field) {
        Http.Response r = planner.put("/api/v1/rounds/" + round + "/vote-setup", body);
        assertThat(r.status()).as(body + " → " + r.text()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).as(r.text()).isEqualTo(field);
        assertThat(r.json().get("detail").asString()).as(r.text()).contains("geen opgeslagen variant van deze ronde");
    }

    private static String setup(Long first, Long second) {
        return "{\"method\":\"approval\",\"options\":[{\"key\":\"a\",\"label\":\"Variant A\",\"variantId\":" + first + "},"
                + "{\"key\":\"b\",\"label\":\"Variant B\",\"variantId\":" + second + "}],\"maxChoices\":1}";
    }

    /** An open round with variants and votes on. */
    private long variantVotingRound() {
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + publishedPlan() + "/rounds", roundBody("post", "accounts", true, true, false));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return open(created.json().get("id").asLong());
    }

    private long variant(long round, String title) {
        Http.Response saved = login(RESIDENT).post("/api/v1/rounds/" + round + "/variants", "{\"title\":\"" + title
                + "\",\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + TestGeometry.rect(garden.x, garden.y, 3, 4)
                + ",\"baseHeight\":0,\"height\":3,\"roof\":{\"type\":\"flat\"}}]},\"objects\":[]}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        return saved.json().get("id").asLong();
    }
}
