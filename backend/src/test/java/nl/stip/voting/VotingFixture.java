package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.participation.RoundFixture;
import tools.jackson.databind.JsonNode;

/** Rounds with a vote: the setups the voting tests use and a ballot sent as a participant's viewer sends it. */
abstract class VotingFixture extends RoundFixture {

    /** Play area € 25,000, six trees € 9,000, a lower roof € 40,000, benches € 2,000, a tile € 1; a budget of € 51,000, at most 4. */
    static final String BUDGET = "{\"method\":\"budget\",\"options\":[{\"key\":\"speelplek\",\"label\":\"Speelplek\",\"cost\":25000},"
            + "{\"key\":\"bomen\",\"label\":\"6 bomen\",\"cost\":9000},{\"key\":\"dak\",\"label\":\"Lager dak\",\"cost\":40000},"
            + "{\"key\":\"bankjes\",\"label\":\"Bankjes\",\"cost\":2000},{\"key\":\"tegel\",\"label\":\"Een tegel\",\"cost\":1}],"
            + "\"budget\":51000,\"minOptions\":null,\"maxOptions\":4,\"hideResultsUntilClosed\":false}";

    static String approval(int maxChoices, boolean hidden) {
        return "{\"method\":\"approval\",\"options\":[{\"key\":\"a\",\"label\":\"Variant A\"},{\"key\":\"b\",\"label\":\"Variant B\"},"
                + "{\"key\":\"c\",\"label\":\"Variant C\"}],\"maxChoices\":" + maxChoices + ",\"hideResultsUntilClosed\":" + hidden + "}";
    }

    static final String RANKING = "{\"method\":\"ranking\",\"options\":[{\"key\":\"a\",\"label\":\"Variant A\"},{\"key\":\"b\",\"label\":\"Variant B\"},"
            + "{\"key\":\"c\",\"label\":\"Variant C\"},{\"key\":\"d\",\"label\":\"Variant D\"}]}";

    /** An open round (post-moderation, everyone with an account) with votes and budget on and this setup. */
    long votingRound(String setup) {
        long round = openRound(publishedPlan(), "post", "accounts", true, true);
        Http.Response set = login(PLANNER).put("/api/v1/rounds/" + round + "/vote-setup", setup);
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        return round;
    }

    static Http.Response vote(Browser who, long round, String... choices) {
        StringBuilder body = new StringBuilder("{\"choices\":[");
        for (int i = 0; i < choices.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(choices[i]).append('"');
        }
        return who.put("/api/v1/rounds/" + round + "/ballot", body.append("]}").toString());
    }

    static void voted(Browser who, long round, String... choices) {
        Http.Response r = vote(who, round, choices);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    static JsonNode option(JsonNode results, String key) {
        for (JsonNode o : results.get("options")) {
            if (o.get("key").asString().equals(key)) {
                return o;
            }
        }
        throw new AssertionError("no option " + key + " in " + results);
    }

    long ballots(long round) {
        return count("SELECT count(*) FROM vote_ballot WHERE round_id = ?", round);
    }
}
