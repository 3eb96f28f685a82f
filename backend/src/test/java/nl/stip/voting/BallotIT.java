package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/**
 * Ballots through the API: each method on a known ballot set gives exact counts, Borda points and budget spent; one
 * ballot per person, changeable and idempotent; the budget exactly at the limit is accepted and € 1 over refused; every
 * refusal names the field and stores nothing; the database itself refuses a ballot over the budget.
 */
class BallotIT extends VotingFixture {

    @Test
    void approvalCountsEachChosenOptionOnceAndRefusesMoreThanNChoices() {
        long round = votingRound(approval(2, false));
        voted(login(RESIDENT), round, "a", "b");
        voted(login(ADVISOR), round, "a");
        voted(login(OWNER), round, "b", "c");
        voted(login(PLANNER), round, "a", "c");
        Http.Response over = vote(login(ADVISOR), round, "a", "b", "c");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("parameter").asString()).isEqualTo("choices");
        assertThat(over.json().get("detail").asString()).contains("hoogstens 2");

        JsonNode results = login(RESIDENT).get("/api/v1/rounds/" + round + "/results").json();
        assertThat(results.get("method").asString()).isEqualTo("approval");
        assertThat(results.get("ballots").asLong()).isEqualTo(4);
        assertThat(option(results, "a").get("count").asLong()).isEqualTo(3);
        assertThat(option(results, "a").get("share").asDouble()).isEqualTo(0.75);
        assertThat(option(results, "b").get("count").asLong()).isEqualTo(2);
        assertThat(option(results, "c").get("count").asLong()).isEqualTo(2);
        assertThat(option(results, "c").get("share").asDouble()).isEqualTo(0.5);
        // The refused third choice changed nothing: the adviser's ballot is still just "a".
        assertThat(login(ADVISOR).get("/api/v1/rounds/" + round + "/ballot").json().get("choices").toString()).isEqualTo("[\"a\"]");
    }

    @Test
    void rankingIsCountedWithBordaNMinusOneToZeroAndUnrankedOptionsGetNothing() {
        long round = votingRound(RANKING);
        voted(login(RESIDENT), round, "a", "b", "c", "d");
        voted(login(ADVISOR), round, "b", "a");
        voted(login(OWNER), round, "c", "b", "a", "d");
        voted(login(PLANNER), round, "b");
        Http.Response twice = vote(login(RESIDENT), round, "a", "b", "a");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("parameter").asString()).isEqualTo("choices[2]");

        JsonNode results = login(ADVISOR).get("/api/v1/rounds/" + round + "/results").json();
        assertThat(results.get("countedWith").asString()).startsWith("Borda (n-1 … 0 punten)");
        assertThat(option(results, "a").get("points").asLong()).isEqualTo(6);
        assertThat(option(results, "b").get("points").asLong()).isEqualTo(10);
        assertThat(option(results, "c").get("points").asLong()).isEqualTo(4);
        assertThat(option(results, "d").get("points").asLong()).isEqualTo(0);
        assertThat(option(results, "d").get("count").asLong()).isEqualTo(2);
        assertThat(option(results, "b").get("share").asDouble()).isEqualTo(0.5);
        assertThat(option(results, "a").get("share").asDouble()).isEqualTo(0.3);
    }

    @Test
    void aBudgetBallotExactlyAtTheLimitIsAcceptedAndOneEuroOverIsRefusedWithNothingStored() {
        long round = votingRound(BUDGET);
        Browser resident = login(RESIDENT);
        voted(resident, round, "speelplek", "bomen");
        Http.Response atLimit = vote(login(ADVISOR), round, "dak", "bomen", "bankjes");
        assertThat(atLimit.status()).as(atLimit.text()).isEqualTo(200);
        assertThat(atLimit.json().get("ballot").get("spent").asLong()).isEqualTo(51_000);
        voted(login(OWNER), round, "speelplek", "bankjes", "tegel");

        Http.Response over = vote(resident, round, "dak", "bomen", "bankjes", "tegel");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("parameter").asString()).isEqualTo("choices");
        assertThat(over.json().get("detail").asString()).isEqualTo("Uw keuze kost € 51.001, dat is € 1 meer dan het budget van € 51.000.");
        assertThat(resident.get("/api/v1/rounds/" + round + "/ballot").json().get("spent").asLong()).isEqualTo(34_000);

        JsonNode results = resident.get("/api/v1/rounds/" + round + "/results").json();
        assertThat(results.get("ballots").asLong()).isEqualTo(3);
        assertThat(option(results, "speelplek").get("spent").asLong()).isEqualTo(50_000);
        assertThat(option(results, "bomen").get("spent").asLong()).isEqualTo(18_000);
        assertThat(option(results, "dak").get("spent").asLong()).isEqualTo(40_000);
        assertThat(option(results, "bankjes").get("count").asLong()).isEqualTo(2);
        assertThat(option(results, "tegel").get("spent").asLong()).isEqualTo(1);
        assertThat(results.get("budgetSpent").asLong()).isEqualTo(112_001);
    }

    @Test
    void oneBallotPerPersonChangeableWhileOpenAndTheSameBallotTwiceIsOneBallotWithTheSameAnswer() {
        long round = votingRound(approval(2, false));
        Browser resident = login(RESIDENT);
        Http.Response first = vote(resident, round, "a");
        long seq = login(PLANNER).get("/api/v1/rounds/" + round).json().get("lastSeq").asLong();
        Http.Response again = vote(resident, round, "a");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(login(PLANNER).get("/api/v1/rounds/" + round).json().get("lastSeq").asLong()).as("no change logged").isEqualTo(seq);
        assertThat(ballots(round)).isEqualTo(1);

        Http.Response changed = vote(resident, round, "b", "c");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(ballots(round)).isEqualTo(1);
        assertThat(option(changed.json().get("results"), "a").get("count").asLong()).isZero();
        assertThat(option(changed.json().get("results"), "c").get("count").asLong()).isEqualTo(1);
    }

    @Test
    void unknownOptionsAnEmptyBallotAndABallotOutsideAnOpenRoundAreRefused() {
        long round = votingRound(approval(2, false));
        Browser resident = login(RESIDENT);
        Http.Response unknown = vote(resident, round, "a", "z");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("parameter").asString()).isEqualTo("choices[1]");
        assertThat(unknown.json().get("detail").asString()).contains("Onbekende optie 'z'");
        Http.Response empty = vote(resident, round);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("parameter").asString()).isEqualTo("choices");
        assertThat(ballots(round)).isZero();

        voted(resident, round, "a");
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);
        Http.Response closed = vote(resident, round, "b");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(resident.get("/api/v1/rounds/" + round + "/ballot").json().get("choices").toString()).isEqualTo("[\"a\"]");
    }

    @Test
    void theDatabaseRefusesABallotOverTheBudgetWhoeverWritesIt() {
        long round = votingRound(BUDGET);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "INSERT INTO vote_ballot (round_id, voter_email, choices, cast_at, updated_at) VALUES (?, 'x@example.org', '{dak,bomen,bankjes,tegel}', now(), now())")
                .param(round).update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("over the budget");
        jdbc.sql("INSERT INTO vote_ballot (round_id, voter_email, choices, cast_at, updated_at) VALUES (?, 'x@example.org', '{dak,bomen,bankjes}', now(), now())")
                .param(round).update();
        assertThat(count("SELECT spent FROM vote_ballot WHERE round_id = ?", round)).isEqualTo(51_000);
    }
}
