package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/** Who may do what with a round's vote, role by role: visitor, participant, the plan's owner, planner, blocked, outsider. */
class VotingAccessMatrixIT extends VotingFixture {

    @Test
    void inAnOpenRoundForEveryAccount() {
        long round = votingRound(approval(2, false));
        String path = "/api/v1/rounds/" + round;
        Browser visitor = anonymous();
        assertThat(visitor.get(path + "/vote-setup").status()).isEqualTo(200);
        assertThat(visitor.get(path + "/results").status()).isEqualTo(200);
        assertThat(visitor.get(path + "/ballot").status()).isEqualTo(401);
        assertThat(vote(visitor, round, "a").status()).isEqualTo(401);
        assertThat(visitor.put(path + "/vote-setup", approval(1, false)).status()).isEqualTo(401);

        for (String email : new String[] {RESIDENT, OWNER, ADVISOR}) {
            Browser who = login(email);
            Http.Response setup = who.put(path + "/vote-setup", approval(1, false));
            assertThat(setup.status()).as(email).isEqualTo(403);
            assertThat(setup.json().get("code").asString()).isEqualTo("planner-only");
            assertThat(vote(who, round, "a").status()).as(email).isEqualTo(200);
            assertThat(who.get(path + "/ballot").json().get("cast").asBoolean()).isTrue();
        }
        assertThat(ballots(round)).isEqualTo(3);

        String blocked = signUp("geblokkeerd", "RESIDENT");
        block(round, blocked);
        Http.Response refused = vote(login(blocked), round, "a");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("blocked");
        assertThat(ballots(round)).isEqualTo(3);
        assertThat(login(PLANNER).put(path + "/vote-setup", approval(1, false)).json().get("code").asString()).isEqualTo("vote-frozen");
    }

    @Test
    void inARoundForConcernedResidentsOnlyAndInADraftRound() {
        long plan = publishedPlan();
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "concerned", true, false));
        long round = created.json().get("id").asLong();
        String path = "/api/v1/rounds/" + round;
        assertThat(login(PLANNER).put(path + "/vote-setup", approval(1, false)).status()).as("a draft round can be set up").isEqualTo(200);
        assertThat(vote(login(RESIDENT), round, "a").status()).as("a draft round is not there for others").isEqualTo(404);
        Http.Response draft = vote(login(OWNER), round, "a");
        assertThat(draft.status()).as("the plan's owner knows the draft: not open yet").isEqualTo(409);
        assertThat(draft.json().get("code").asString()).isEqualTo("round-not-open");
        open(round);

        Http.Response outsider = vote(login(ADVISOR), round, "a");
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().get("code").asString()).isEqualTo("not-participant");
        Browser neighbour = concernedResident(plan);
        Http.Response voted = vote(neighbour, round, "b");
        assertThat(voted.status()).as(voted.text()).isEqualTo(200);
        assertThat(ballots(round)).isEqualTo(1);
    }
}
