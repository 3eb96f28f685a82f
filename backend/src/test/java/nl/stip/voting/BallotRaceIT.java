package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one person sending at the same moment (two threads released by one latch, real HTTP, two sessions):
 * the same ballot twice is one ballot and both get the same answer; two different combinations over the budget are
 * both refused and nothing is stored; two different valid combinations leave one ballot, one of the two, within budget
 * (consul issue 4061, decidim issue 12553).
 */
class BallotRaceIT extends VotingFixture {

    private static final int ROUNDS = 4;

    @Test
    void theSameBallotFromTwoClientsAtOnceIsOneBallot() throws Exception {
        long round = votingRound(BUDGET);
        for (int i = 0; i < ROUNDS; i++) {
            jdbc.sql("DELETE FROM vote_ballot WHERE round_id = ?").param(round).update();
            List<Http.Response> answers = race(b -> vote(b, round, "speelplek", "bomen"), b -> vote(b, round, "speelplek", "bomen"));
            assertThat(answers).extracting(Http.Response::status).containsExactly(200, 200);
            assertThat(answers.get(0).json().get("ballot")).isEqualTo(answers.get(1).json().get("ballot"));
            assertThat(ballots(round)).isEqualTo(1);
            assertThat(count("SELECT spent FROM vote_ballot WHERE round_id = ?", round)).isEqualTo(34_000);
        }
    }

    @Test
    void twoDifferentCombinationsOverTheBudgetAtOnceNeverOverspend() throws Exception {
        long round = votingRound(BUDGET);
        for (int i = 0; i < ROUNDS; i++) {
            List<Http.Response> answers = race(b -> vote(b, round, "speelplek", "dak"), b -> vote(b, round, "dak", "bomen", "bankjes", "tegel"));
            assertThat(answers).extracting(Http.Response::status).containsExactly(400, 400);
            assertThat(ballots(round)).isZero();
        }
        for (int i = 0; i < ROUNDS; i++) {
            List<Http.Response> answers = race(b -> vote(b, round, "dak", "bomen"), b -> vote(b, round, "speelplek", "bomen", "bankjes"));
            assertThat(answers).extracting(Http.Response::status).containsExactly(200, 200);
            assertThat(ballots(round)).isEqualTo(1);
            assertThat(count("SELECT spent FROM vote_ballot WHERE round_id = ?", round)).isIn(49_000L, 36_000L).isLessThanOrEqualTo(51_000L);
        }
        assertThat(count("SELECT count(*) FROM vote_ballot WHERE round_id = ? AND spent > 51000", round)).isZero();
    }

    /** One resident in two sessions; both requests wait at the latch and go at once. */
    private List<Http.Response> race(Function<Browser, Http.Response> first, Function<Browser, Http.Response> second) throws Exception {
        Browser one = login(RESIDENT);
        Browser two = login(RESIDENT);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Http.Response> a = pool.submit(() -> {
                start.await();
                return first.apply(one);
            });
            Future<Http.Response> b = pool.submit(() -> {
                start.await();
                return second.apply(two);
            });
            start.countDown();
            return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
