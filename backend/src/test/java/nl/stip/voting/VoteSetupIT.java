package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The planner's vote setup: refused field by field, only in rounds with votes or budget on, only by a planner, readable
 * by the round's readers, and frozen once the first ballot is cast (consul issue 5321).
 */
class VoteSetupIT extends VotingFixture {

    @Test
    void thePlannerSetsUpAVoteThatReadersSeeAndTheFirstBallotFreezesIt() {
        long round = votingRound(BUDGET);
        JsonNode setup = login(RESIDENT).get("/api/v1/rounds/" + round + "/vote-setup").json();
        assertThat(setup.get("method").asString()).isEqualTo("budget");
        assertThat(setup.get("budget").asLong()).isEqualTo(51_000);
        assertThat(setup.get("options")).hasSize(5);
        assertThat(setup.get("options").get(2).get("cost").asLong()).isEqualTo(40_000);
        assertThat(setup.get("frozen").asBoolean()).isFalse();
        Browser planner = login(PLANNER);
        assertThat(planner.put("/api/v1/rounds/" + round + "/vote-setup", approval(2, false)).status()).as("changeable before any ballot").isEqualTo(200);
        assertThat(planner.put("/api/v1/rounds/" + round + "/vote-setup", BUDGET).status()).isEqualTo(200);

        voted(login(RESIDENT), round, "bomen");
        Http.Response frozen = planner.put("/api/v1/rounds/" + round + "/vote-setup", approval(2, false));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("code").asString()).isEqualTo("vote-frozen");
        assertThat(frozen.json().get("detail").asString()).isEqualTo("Er is al gestemd in deze ronde. Daarom kan de stemming niet meer veranderen.");
        JsonNode after = planner.get("/api/v1/rounds/" + round + "/vote-setup").json();
        assertThat(after.get("method").asString()).isEqualTo("budget");
        assertThat(after.get("frozen").asBoolean()).isTrue();
        assertThat(after.get("ballots").asLong()).isEqualTo(1);
    }

    @Test
    void badSetupsAreRefusedNamingTheFieldAndStoreNothing() {
        long round = openRound(publishedPlan(), "post", "accounts", true, false);
        Browser planner = login(PLANNER);
        assertRefused(planner, round, BUDGET, "method");
        assertRefused(planner, round, "{\"method\":\"loterij\",\"options\":[]}", "method");
        assertRefused(planner, round, approval(4, false), "maxChoices");
        assertRefused(planner, round, approval(0, false), "maxChoices");
        assertRefused(planner, round, "{\"method\":\"ranking\",\"options\":[{\"key\":\"a\",\"label\":\"A\"}]}", "options");
        assertRefused(planner, round, "{\"method\":\"ranking\",\"options\":[{\"key\":\"a\",\"label\":\"A\"},{\"key\":\"a\",\"label\":\"B\"}]}", "options[1].key");
        assertRefused(planner, round, "{\"method\":\"ranking\",\"options\":[{\"key\":\"a b\",\"label\":\"A\"},{\"key\":\"b\",\"label\":\"B\"}]}", "options[0].key");
        assertRefused(planner, round, "{\"method\":\"ranking\",\"options\":[{\"key\":\"a\",\"label\":\" \"},{\"key\":\"b\",\"label\":\"B\"}]}", "options[0].label");
        assertThat(count("SELECT count(*) FROM vote_setup WHERE round_id = ?", round)).isZero();

        long budgetRound = openRound(publishedPlan(), "post", "accounts", false, true);
        assertRefused(planner, budgetRound, BUDGET.replace("\"cost\":25000", "\"cost\":25000.50"), "options[0].cost");
        assertRefused(planner, budgetRound, BUDGET.replace("\"cost\":25000", "\"cost\":-1"), "options[0].cost");
        assertRefused(planner, budgetRound, BUDGET.replace(",\"cost\":25000", ""), "options[0].cost");
        assertRefused(planner, budgetRound, BUDGET.replace("\"budget\":51000", "\"budget\":0"), "budget");
        assertRefused(planner, budgetRound, BUDGET.replace("\"minOptions\":null", "\"minOptions\":5"), "minOptions");
        assertRefused(planner, budgetRound, BUDGET.replace("\"maxOptions\":4", "\"maxOptions\":6"), "maxOptions");
        assertRefused(planner, budgetRound, approval(2, false), "method");
        // Whole euros written with a zero fraction are whole euros.
        assertThat(planner.put("/api/v1/rounds/" + budgetRound + "/vote-setup", BUDGET.replace("\"cost\":25000", "\"cost\":25000.00")).status()).isEqualTo(200);
    }

    @Test
    void aRoundWithoutVotesOrBudgetHasNoVoteAndAClosedRoundsVoteCannotChange() {
        long round = openRound(publishedPlan(), "post", "accounts");
        Http.Response off = login(PLANNER).put("/api/v1/rounds/" + round + "/vote-setup", approval(1, false));
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.json().get("code").asString()).isEqualTo("votes-off");
        assertThat(login(RESIDENT).get("/api/v1/rounds/" + round + "/vote-setup").status()).isEqualTo(404);

        long voting = votingRound(approval(1, false));
        assertThat(login(PLANNER).post("/api/v1/rounds/" + voting + "/close", "{}").status()).isEqualTo(200);
        Http.Response closed = login(PLANNER).put("/api/v1/rounds/" + voting + "/vote-setup", approval(2, false));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("code").asString()).isEqualTo("round-closed");
    }

    private static void assertRefused(Browser planner, long round, String body, String field) {
        Http.Response r = planner.put("/api/v1/rounds/" + round + "/vote-setup", body);
        assertThat(r.status()).as(body + " → " + r.text()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).as(r.text()).isEqualTo(field);
    }
}
