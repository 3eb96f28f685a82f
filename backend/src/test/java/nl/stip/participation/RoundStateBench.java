package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;

/**
 * The rounds' REST benchmark (BENCHMARKS.md), not a test of the normal suite (failsafe runs *IT only): run it with
 * {@code ./mvnw -B -o -pl backend -am verify -Dit.test=RoundStateBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}. (1) 300 reactions posted one after the other through the API (validation,
 * place check, row lock, sequence number, change log): median and p99 latency. (2) 600 reactions from 8 threads at once:
 * throughput and that the numbers stay consecutive. (3) The state snapshot of that round, grown to 2,000 reactions with
 * 2,000 replies and 2,000 agreements, read anonymously 100 times after 20 warm-up reads: median and p99.
 */
class RoundStateBench extends RoundFixture {

    @Test
    void posting_and_reading_a_busy_round() throws Exception {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser planner = login(PLANNER); // planners are not rate limited
        double[] post = new double[300];
        for (int i = 0; i < post.length; i++) {
            long t = System.nanoTime();
            Http.Response r = planner.post("/api/v1/rounds/" + round + "/reactions", reaction("Nummer " + i));
            post[i] = (System.nanoTime() - t) / 1e6;
            assertThat(r.status()).isEqualTo(201);
        }
        long before = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
        List<Browser> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sessions.add(login(PLANNER));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> all = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 600; i++) {
            String text = "Tegelijk " + i;
            Browser b = sessions.get(i % sessions.size());
            all.add(pool.submit(() -> b.post("/api/v1/rounds/" + round + "/reactions", reaction(text)).status()));
        }
        for (Future<Integer> f : all) {
            assertThat(f.get()).isEqualTo(201);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long after = anonymous().get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
        assertThat(after - before).isEqualTo(600);
        assertThat(count("SELECT count(DISTINCT seq) FROM round_change WHERE round_id = ?", round)).isEqualTo(after);

        jdbc.sql("""
                INSERT INTO round_contribution (round_id, kind, author_email, author_role, stance, theme, text, place, status)
                SELECT ?, 'reaction', 'bench-' || g || '@example.org', 'participant', 'neutral', 'other', 'Reactie ' || g,
                       ST_SetSRID(ST_MakePoint(?, ?, 1), 28992), 'published' FROM generate_series(1, 1100) g""")
                .params(round, garden.x, garden.y).update();
        jdbc.sql("""
                INSERT INTO round_contribution (round_id, kind, parent_id, depth, author_email, author_role, text, status)
                SELECT round_id, 'reply', id, 1, 'bench-reply@example.org', 'participant', 'Antwoord', 'published'
                FROM round_contribution WHERE round_id = ? AND kind = 'reaction' LIMIT 2000""").param(round).update();
        jdbc.sql("""
                INSERT INTO round_agreement (contribution_id, author_email)
                SELECT id, 'bench-agree@example.org' FROM round_contribution WHERE round_id = ? AND kind = 'reaction' LIMIT 2000""")
                .param(round).update();
        Browser visitor = anonymous();
        for (int i = 0; i < 20; i++) {
            visitor.get("/api/v1/rounds/" + round + "/state");
        }
        double[] read = new double[100];
        int size = 0;
        for (int i = 0; i < read.length; i++) {
            long t = System.nanoTime();
            Http.Response r = visitor.get("/api/v1/rounds/" + round + "/state");
            read[i] = (System.nanoTime() - t) / 1e6;
            size = r.text().length();
            assertThat(r.json().get("reactions").size()).isEqualTo(2000);
        }
        System.out.printf(Locale.ROOT, "ROUNDS BENCH post sequential: median %.1f ms, p99 %.1f ms (n=%d)%n", pct(post, 50), pct(post, 99), post.length);
        System.out.printf(Locale.ROOT, "ROUNDS BENCH post 8 threads: 600 in %.2f s = %.0f/s, seq consecutive%n", seconds, 600 / seconds);
        System.out.printf(Locale.ROOT, "ROUNDS BENCH state 2000 reactions + 2000 replies: median %.1f ms, p99 %.1f ms, %d kB JSON%n",
                pct(read, 50), pct(read, 99), size / 1024);
    }

    static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
