package nl.stip.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.geo.Rd;
import nl.stip.sharing.PlanPublished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alerts benchmark (BENCHMARKS.md), not a test of the normal suite (failsafe runs *IT only): run it with
 * {@code ./mvnw -B -o -pl backend -am verify -Dit.test=NotificationsBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false} (or bench/run-notifications.sh). Synthetic, seeded: 100,000 subscribed
 * areas over a 100 km × 100 km square of RD New around Doesburg, 80 % circles (radius uniform 50–2,000 m) and 20 %
 * polygons (squares of 100–1,000 m), each of another person; 80 % of them chose in-app, 10 % e-mail, 10 % the digest.
 * (1) One event against them all: {@link NotificationsStore#subscribersMeeting} for 1,000 random 10 m × 10 m plan
 * areas after 200 warm-up calls; median and p99. (2) 1,000 PlanPublished events (each in its own transaction, as a
 * publication is) of 20 real demo plans near the garden, fanned out through the registry and the listeners to their
 * notifications, mails and digest items: the time from the first publication until every publication is complete.
 */
class NotificationsBench extends IntegrationTest {

    static final int AREAS = 100_000;
    static final String BENCH = "@bench.invalid";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationsStore store;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    final List<Long> plans = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String table : List.of("notification_subscription", "notification", "notification_preference", "notification_delivery",
                "notification_digest_item", "notification_digest_state")) {
            jdbc.sql("DELETE FROM " + table + " WHERE email LIKE ?").param("%" + BENCH).update();
        }
        jdbc.sql("DELETE FROM mail_queue WHERE recipient LIKE ?").param("%" + BENCH).update();
        for (long plan : plans) {
            jdbc.sql("DELETE FROM plan WHERE id = ?").param(plan).update();
        }
    }

    @Test
    void oneEventAgainst100000AreasAnd1000EventsFannedOut() {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        double x0 = garden.x - 50_000, y0 = garden.y - 50_000;
        long start = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> { // one connection: setseed holds for the inserts
            jdbc.sql("SELECT setseed(0.20261203)").query().singleRow();
            jdbc.sql("""
                    INSERT INTO notification_subscription (email, kind, centre, radius_m, area)
                    SELECT 'c' || i || ?, 'circle', p, r, ST_Buffer(p, r, 32)
                    FROM (SELECT i, ST_SetSRID(ST_MakePoint(? + 100000 * random(), ? + 100000 * random()), 28992) AS p, 50 + 1950 * random() AS r
                          FROM generate_series(1, ?) i) s""").params(BENCH, x0, y0, AREAS * 8 / 10).update();
            jdbc.sql("""
                    INSERT INTO notification_subscription (email, kind, area)
                    SELECT 'p' || i || ?, 'polygon', ST_MakeEnvelope(x, y, x + w, y + w, 28992)
                    FROM (SELECT i, ? + 100000 * random() AS x, ? + 100000 * random() AS y, 100 + 900 * random() AS w
                          FROM generate_series(1, ?) i) s""").params(BENCH, x0, y0, AREAS * 2 / 10).update();
            jdbc.sql("""
                    INSERT INTO notification_preference (email, kind, channel)
                    SELECT email, 'plan-published-nearby', CASE WHEN random() < 0.8 THEN 'in-app' WHEN random() < 0.5 THEN 'email' ELSE 'email-digest' END
                    FROM notification_subscription WHERE email LIKE ?""").param("%" + BENCH).update();
        });
        jdbc.sql("ANALYZE notification_subscription").update();
        System.out.printf(Locale.ROOT, "BENCH setup: %d areas in %.1f s; load average %s%n", count(), (System.nanoTime() - start) / 1e9, load());
        System.out.println("BENCH plan: " + String.join("\n", jdbc.sql("EXPLAIN WITH a AS (SELECT ST_MakeEnvelope(?, ?, ?, ?, 28992) AS g) "
                        + "SELECT DISTINCT s.email FROM notification_subscription s, a WHERE s.area && a.g AND CASE WHEN s.kind = 'polygon' "
                        + "THEN ST_Intersects(s.area, a.g) ELSE ST_DWithin(s.centre, a.g, s.radius_m) END")
                .params(garden.x, garden.y, garden.x + 10, garden.y + 10).query(String.class).list()));

        // (1) one event against all areas
        Random random = new Random(20261203);
        for (int i = 0; i < 200; i++) {
            store.subscribersMeeting(area(random, x0, y0));
        }
        double[] ms = new double[1000];
        long matched = 0;
        for (int i = 0; i < ms.length; i++) {
            Geometry area = area(random, x0, y0);
            long t0 = System.nanoTime();
            matched += store.subscribersMeeting(area).size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH match: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f people per event%n",
                ms[500], ms[950], ms[990], ms[999], matched / 1000.0);
        assertThat(ms[500]).isLessThanOrEqualTo(20);

        // (2) 1,000 events fanned out end to end
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", "stip-demo-2026");
        for (int i = 0; i < 20; i++) {
            Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"Benchmark " + i + "\",\"activity\":\"aanbouw\"}");
            long id = created.json().get("id").asLong();
            plans.add(id);
            Http.Response saved = owner.put("/api/v1/plans/" + id + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                    + TestGeometry.rect(garden.x + (i % 5) * 0.5 - 1, garden.y + (i / 5) * 0.5 - 1, 1, 1) + ",\"baseHeight\":0,\"height\":3,\"roof\":{\"type\":\"flat\"}}]}}");
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        }
        long deliveredBefore = deliveries();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            long plan = plans.get(i % plans.size());
            Instant at = base.plusMillis(i);
            tx.executeWithoutResult(status -> events.publishEvent(new PlanPublished(plan, at, "planner@demo.stip.nl")));
        }
        double published = (System.nanoTime() - t0) / 1e9;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type = ?").param(PlanPublished.class.getName())
                .query(Long.class).single() == 0);
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.println("BENCH load average after the fan-out: " + load());
        long delivered = deliveries() - deliveredBefore;
        long notices = jdbc.sql("SELECT count(*) FROM notification WHERE email LIKE ?").param("%" + BENCH).query(Long.class).single();
        System.out.printf(Locale.ROOT, "BENCH fan-out: 1000 events published in %.2f s, all delivered after %.2f s: %d notifications, %d deliveries "
                + "(in-app + e-mail + digest), of which %d mails queued%n", published, total, notices, delivered,
                jdbc.sql("SELECT count(*) FROM notification_delivery WHERE channel = 'email' AND email LIKE ?").param("%" + BENCH).query(Long.class).single());
        assertThat(total).isLessThanOrEqualTo(10);
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM notification_subscription WHERE email LIKE ?").param("%" + BENCH).query(Long.class).single();
    }

    long deliveries() {
        return jdbc.sql("SELECT count(*) FROM notification_delivery WHERE email LIKE ?").param("%" + BENCH).query(Long.class).single();
    }

    static Geometry area(Random random, double x0, double y0) {
        double x = x0 + 100_000 * random.nextDouble();
        double y = y0 + 100_000 * random.nextDouble();
        return Rd.GEOMETRY.createPolygon(new Coordinate[]{new Coordinate(x, y), new Coordinate(x + 10, y), new Coordinate(x + 10, y + 10),
                new Coordinate(x, y + 10), new Coordinate(x, y)});
    }
}
