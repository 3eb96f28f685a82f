package nl.stip.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.participation.RoundFixture;
import org.junit.jupiter.api.Test;

/**
 * The participatieverslag benchmark (BENCHMARKS.md, issue 12), not a test of the normal suite (failsafe runs *IT only):
 * {@code bench/run-report.sh}. A round on a published demo plan with 1,000 participants and 5,000 reactions (five
 * each, synthetic and seeded: themes and stances in turn, points spread 0–150 m around the plan so that every
 * distance ring and direction has some), 2,000 agreements and 1,000 replies, stored with SQL (the API's rate limit
 * would take hours) and closed by the planner. Then, as the planner over HTTP, each format (JSON, PDF, CSV zip,
 * GeoJSON) is generated 3 times after 2 warm-up runs; printed: median and max per format, and the peak heap of the
 * application (the sum of the heap pools' peak usage, reset before the timed runs; the test JVM runs the server).
 */
class ReportBench extends RoundFixture {

    static final int PARTICIPANTS = 1_000;
    static final int PER_PERSON = 5;
    static final String BENCH = "@report-bench.invalid";

    @Test
    void aRoundWith1000ParticipantsAnd5000Reactions() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser resident = login(RESIDENT);
        Http.Response first = resident.post("/api/v1/rounds/" + round + "/reactions", reaction("Eerste reactie van de bench"));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long seed = first.json().get("id").asLong();

        long t0 = System.nanoTime();
        jdbc.sql("SELECT setseed(0.12)").query().singleRow();
        int stored = jdbc.sql("""
                INSERT INTO round_contribution (round_id, kind, depth, author_email, author_role, stance, theme, text, place, volume_index, plan_version, status)
                SELECT c.round_id, 'reaction', 0, 'p' || (i % ?) || ?, 'participant',
                       (ARRAY['support','neutral','concern'])[1 + i % 3],
                       (ARRAY['height','sunlight','privacy','traffic','green','noise','other'])[1 + i % 7],
                       'Reactie ' || i || ' over het plan: ' || repeat('tekst ', 1 + i % 40),
                       ST_Translate(c.place, r * cos(a), r * sin(a)), NULL, c.plan_version, 'published'
                FROM round_contribution c,
                     LATERAL (SELECT i, 150 * random() AS r, 2 * pi() * random() AS a FROM generate_series(1, ?) i) g
                WHERE c.id = ?
                """).params(PARTICIPANTS, BENCH, PARTICIPANTS * PER_PERSON - 1, seed).update();
        jdbc.sql("""
                INSERT INTO round_contribution (round_id, kind, parent_id, depth, author_email, author_role, text, plan_version, status)
                SELECT round_id, 'reply', id, 1, 'p' || ((id + 7) % ?) || ?, 'participant', 'Antwoord op ' || id, plan_version, 'published'
                FROM round_contribution WHERE round_id = ? AND kind = 'reaction' ORDER BY id LIMIT 1000
                """).params(PARTICIPANTS, BENCH, round).update();
        jdbc.sql("""
                INSERT INTO round_agreement (contribution_id, author_email)
                SELECT id, 'p' || ((id + 13) % ?) || ? FROM round_contribution WHERE round_id = ? AND kind = 'reaction' ORDER BY id DESC LIMIT 2000
                """).params(PARTICIPANTS, BENCH, round).update();
        System.out.printf(Locale.ROOT, "BENCH seeded %d reactions (+1 over the API), 1000 replies, 2000 agreements in %.1f s%n",
                stored, (System.nanoTime() - t0) / 1e9);
        assertThat(count("SELECT count(DISTINCT author_email) FROM round_contribution WHERE round_id = ? AND kind = 'reaction'", round))
                .isEqualTo(PARTICIPANTS + 1L);
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);

        Browser planner = login(PLANNER);
        for (String format : List.of("report", "report.pdf", "report.csv.zip", "report.geojson")) {
            String path = "/api/v1/rounds/" + round + "/" + format;
            for (int i = 0; i < 2; i++) {
                assertThat(planner.get(path).status()).isEqualTo(200);
            }
            resetPeaks();
            long[] ms = new long[3];
            int size = 0;
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                Http.Response r = planner.get(path);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                size = r.text().length();
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "BENCH %-15s median %5d ms  max %5d ms  %,d chars  peak heap %,d MB%n",
                    format, ms[1], ms[2], size, peakHeap() >> 20);
        }
        jdbc.sql("DELETE FROM round_contribution WHERE round_id = ? AND author_email LIKE ?").params(round, "%" + BENCH).update();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }
}
