package nl.stip.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.stip.Browser;
import nl.stip.TestAccounts;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.accounts.Mailbox;
import nl.stip.accounts.Mailer;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.notifications.internal.Delivery.Notice;
import nl.stip.sharing.PlanPublished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Alerts against the running server, real PostGIS and GreenMail: matching a published plan against circles and
 * polygons (inside, outside, exactly on the edge), the channel per kind, idempotent delivery (the same event twice:
 * one notification, one mail), a rolled-back event reaching nobody, delivery while the SMTP server is down and after it
 * returns, incomplete publications resubmitted as after a restart, the digest watermark, the unsubscribe link without
 * a login, follows and phase changes, privacy per role and bad input. Plans made here are deleted after each test.
 */
class NotificationsIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PLANNER = "planner@demo.stip.nl";
    static final String ADVISOR = "adviseur@demo.stip.nl";
    private static String resident;
    private static String neighbour;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    NotificationsStore store;
    @Autowired
    Delivery delivery;
    @Autowired
    Digest digest;
    @Autowired
    Mailer mailer;

    Coordinate garden;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        garden = DemoGarden.find(jdbc).centre();
        for (String email : List.of(resident(), neighbour())) {
            forget(email);
        }
    }

    @AfterEach
    void deleteThePlans() {
        jdbc.sql("DELETE FROM plan WHERE id = ANY(?::bigint[])")
                .param(created.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))).update();
        TestHomes.HOMES.clear();
    }

    void forget(String email) {
        for (String table : List.of("notification_subscription", "notification", "notification_preference", "notification_delivery",
                "notification_digest_item", "notification_digest_state", "notification_follow")) {
            jdbc.sql("DELETE FROM " + table + " WHERE email = ?").param(email).update();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    Mailbox mailbox() {
        return new Mailbox(mail());
    }

    Browser login(String email) {
        return TestAccounts.login(port, email);
    }

    String signUp(String prefix) {
        return TestAccounts.signUp(port, mailbox(), prefix, "RESIDENT");
    }

    synchronized String resident() {
        if (resident == null) {
            resident = signUp("bewoner-meldingen");
        }
        return resident;
    }

    synchronized String neighbour() {
        if (neighbour == null) {
            neighbour = signUp("buurvrouw-meldingen");
        }
        return neighbour;
    }

    String lonLat(double x, double y) {
        Coordinate c = CrsTransform.toWgs84(x, y);
        return String.format(Locale.ROOT, "\"lon\":%.9f,\"lat\":%.9f", c.x, c.y);
    }

    long subscribeCircle(Browser who, double x, double y, double radius) {
        Http.Response r = who.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + lonLat(x, y) + ",\"radius\":" + radius + "}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A plan of the demo initiator with a 3 × 4 m volume at (x, y), not yet published. */
    long plan(String title, double x, double y) {
        Browser owner = login(OWNER);
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        Http.Response saved = owner.put("/api/v1/plans/" + id + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(x, y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        return id;
    }

    /** The owner asks, the planner approves: the plan is published and PlanPublished goes out. */
    void publish(long plan) {
        Http.Response asked = login(OWNER).post("/api/v1/plans/" + plan + "/publication", "{}");
        assertThat(asked.status()).as(asked.text()).isIn(200, 202);
        if (asked.status() == 202) {
            Http.Response approved = login(PLANNER).post("/api/v1/plans/" + plan + "/publication/approve", "{}");
            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        }
    }

    /** Waits until every event publication about the plan is complete (the listeners ran and committed). */
    void awaitDelivered(long plan) {
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(plan) > 0 && incompletePublications(plan) == 0);
    }

    long publications(long plan) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?").param("%\"planId\":" + plan + ",%")
                .query(Long.class).single();
    }

    long incompletePublications(long plan) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%\"planId\":" + plan + ",%").query(Long.class).single();
    }

    long notifications(String email, long plan) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE email = ? AND plan_id = ?").params(email, plan).query(Long.class).single();
    }

    long mailsAbout(String email, String title) {
        return mailbox().mailsTo(email).stream().filter(m -> m.subject().contains(title)).count();
    }

    static void assertProblem(Http.Response response, int status, String parameter) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (parameter != null) {
            assertThat(response.json().path("parameter").asString()).as(response.text()).isEqualTo(parameter);
        }
    }

    String title(String what) {
        return what + " " + System.nanoTime();
    }

    // --- matching and delivery -----------------------------------------------------------------------------------

    @Test
    void aPlanPublishedInsideASubscribedCircleReachesTheCentreAndTheMailboxAndNobodyOutside() {
        Browser me = login(resident());
        subscribeCircle(me, garden.x, garden.y, 200);
        subscribeCircle(login(neighbour()), garden.x + 3000, garden.y, 100); // 3 km away: outside
        String title = title("Serre in de tuin");
        long plan = plan(title, garden.x, garden.y);

        publish(plan);
        awaitDelivered(plan);

        JsonNode page = me.get("/api/v1/me/notifications").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("unread").asLong()).isEqualTo(1);
        JsonNode n = page.get("items").get(0);
        assertThat(n.get("planId").asLong()).isEqualTo(plan);
        assertThat(n.get("kind").asString()).isEqualTo("plan-published-nearby");
        assertThat(n.get("title").asString()).isEqualTo("Nieuw plan in uw buurt: " + title);
        assertThat(n.get("read").asBoolean()).isFalse();
        assertThat(n.get("link").asString()).startsWith(publicUrl() + "/?plan=" + plan + "#camera=").contains("&point=");
        assertThat(me.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong()).isEqualTo(1);
        Mailbox.Mail mail = mailbox().await(resident(), title);
        assertThat(mail.text()).contains("/?plan=" + plan).contains("/api/v1/notifications/unsubscribe?token=");
        assertThat(notifications(neighbour(), plan)).as("a subscription 3 km away").isZero();
        assertThat(mailsAbout(neighbour(), title)).isZero();
        assertThat(notifications(OWNER, plan)).as("the owner is not alerted about their own plan").isZero();

        Http.Response read = me.post("/api/v1/me/notifications/" + n.get("id").asLong() + "/read", "");
        assertThat(read.status()).isEqualTo(204);
        assertThat(me.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong()).isZero();
        assertThat(me.get("/api/v1/me/notifications").json().get("items").get(0).get("read").asBoolean()).isTrue();
        // someone else's notification does not exist for the neighbour
        assertThat(login(neighbour()).post("/api/v1/me/notifications/" + n.get("id").asLong() + "/read", "").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM notification WHERE id = ?").param(n.get("id").asLong()).query(Boolean.class).single()).isTrue();

        // the preview around the garden now counts the plan; 3 km away not
        JsonNode preview = me.get(String.format(Locale.ROOT, "/api/v1/me/subscriptions/preview?radius=200&x=%.3f&y=%.3f", garden.x, garden.y)).json();
        assertThat(preview.get("plans").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(preview.get("text").asString()).endsWith("in het afgelopen jaar");
        Coordinate far = CrsTransform.toWgs84(garden.x + 3000, garden.y + 3000);
        JsonNode none = me.get(String.format(Locale.ROOT, "/api/v1/me/subscriptions/preview?radius=50&lon=%.7f&lat=%.7f", far.x, far.y)).json();
        assertThat(none.get("plans").asInt()).isZero();
        assertThat(none.get("text").asString()).isEqualTo("0 plannen in het afgelopen jaar");
    }

    @Test
    void circlesAndPolygonsMatchInsideAndOnTheEdgeButNotOutside() {
        // Far from the demo data, so only these subscriptions are near.
        double cx = 120_000, cy = 480_000;
        Http.Response circle = login(resident()).post("/api/v1/me/subscriptions",
                String.format(Locale.ROOT, "{\"kind\":\"circle\",\"x\":%.1f,\"y\":%.1f,\"radius\":100}", cx, cy));
        assertThat(circle.status()).as(circle.text()).isEqualTo(201);
        assertThat(circle.json().get("radius").asDouble()).isEqualTo(100);

        assertThat(store.subscribersMeeting(point(cx + 30, cy + 40))).contains(resident());
        assertThat(store.subscribersMeeting(point(cx + 100, cy))).as("exactly on the circle").contains(resident());
        assertThat(store.subscribersMeeting(point(cx, cy - 100))).as("exactly on the circle").contains(resident());
        assertThat(store.subscribersMeeting(point(cx + 100.01, cy))).as("1 cm outside").doesNotContain(resident());
        assertThat(store.subscribersMeeting(point(cx + 71, cy + 71))).as("outside, inside the bounding box").doesNotContain(resident());
        assertThat(store.subscribersMeeting(Rd.GEOMETRY.createPolygon(new Coordinate[]{new Coordinate(cx + 100, cy - 5),
                new Coordinate(cx + 110, cy - 5), new Coordinate(cx + 110, cy + 5), new Coordinate(cx + 100, cy + 5), new Coordinate(cx + 100, cy - 5)})))
                .as("a plan whose edge touches the circle").contains(resident());

        double px = 130_000, py = 470_000;
        String square = polygon(px, py, px + 200, py, px + 200, py + 200, px, py + 200);
        Http.Response polygon = login(neighbour()).post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"label\":\"Mijn wijk\",\"polygon\":" + square + "}");
        assertThat(polygon.status()).as(polygon.text()).isEqualTo(201);
        long id = polygon.json().get("id").asLong();
        Coordinate vertex = jdbc.sql("SELECT ST_X(ST_PointN(ST_ExteriorRing(area), 1)), ST_Y(ST_PointN(ST_ExteriorRing(area), 1)) "
                        + "FROM notification_subscription WHERE id = ?").param(id)
                .query((rs, n) -> new Coordinate(rs.getDouble(1), rs.getDouble(2))).single();
        assertThat(store.subscribersMeeting(point(px + 100, py + 100))).contains(neighbour());
        assertThat(store.subscribersMeeting(point(vertex.x, vertex.y))).as("exactly on its corner").contains(neighbour());
        assertThat(store.subscribersMeeting(point(vertex.x - 0.01, vertex.y - 0.01))).as("1 cm outside its corner").doesNotContain(neighbour());
        assertThat(store.subscribersMeeting(point(px + 300, py + 100))).doesNotContain(neighbour());
        assertThat(store.subscribersMeeting(point(px + 100, py + 100))).doesNotContain(resident());
    }

    static Geometry point(double x, double y) {
        return Rd.GEOMETRY.createPoint(new Coordinate(x, y));
    }

    /** A GeoJSON Polygon in WGS84 from RD New corners (x, y, x, y …), closed. */
    static String polygon(double... rd) {
        StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= rd.length; i += 2) {
            int j = i % rd.length;
            Coordinate c = CrsTransform.toWgs84(rd[j], rd[j + 1]);
            out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.9f,%.9f]", c.x, c.y));
        }
        return out.append("]]}").toString();
    }

    @Test
    void eachPersonIsToldByTheChannelTheyChose() {
        Browser me = login(resident());
        JsonNode defaults = me.get("/api/v1/me/notification-preferences").json();
        assertThat(defaults.get("channels").get("plan-published-nearby").asString()).isEqualTo("email");
        assertThat(defaults.get("channels").get("round-opened").asString()).isEqualTo("email");
        assertThat(defaults.get("kinds").valueStream().map(JsonNode::asString).toList()).containsExactly("plan-published-nearby",
                "followed-plan-phase", "round-opened", "round-closed", "decision", "round-reply", "my-contribution", "round-moderation");

        assertProblem(me.put("/api/v1/me/notification-preferences", "{\"decision\":\"none\",\"plan-opened\":\"email\"}"), 400, "plan-opened");
        Http.Response badChannel = me.put("/api/v1/me/notification-preferences", "{\"decision\":\"none\",\"round-opened\":\"sms\"}");
        assertProblem(badChannel, 400, "round-opened");
        assertThat(badChannel.json().get("detail").asString()).contains("'sms'");
        assertThat(store.preferences(resident())).as("nothing stored").isEmpty();

        Http.Response chosen = me.put("/api/v1/me/notification-preferences", "{\"plan-published-nearby\":\"in-app\"}");
        assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        assertThat(chosen.json().get("channels").get("plan-published-nearby").asString()).isEqualTo("in-app");
        assertThat(chosen.json().get("channels").get("decision").asString()).as("the others keep theirs").isEqualTo("email");
        assertThat(login(neighbour()).put("/api/v1/me/notification-preferences", "{\"plan-published-nearby\":\"none\"}").status()).isEqualTo(200);
        subscribeCircle(me, garden.x, garden.y, 300);
        subscribeCircle(login(neighbour()), garden.x, garden.y, 300);

        String title = title("Dakkapel aan de voorkant");
        long plan = plan(title, garden.x, garden.y);
        publish(plan);
        awaitDelivered(plan);

        assertThat(notifications(resident(), plan)).as("in-app: in the centre").isOne();
        assertThat(mailsAbout(resident(), title)).as("in-app: no mail").isZero();
        assertThat(notifications(neighbour(), plan)).as("none: nothing").isZero();
        assertThat(mailsAbout(neighbour(), title)).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneNotificationAndOneMail() {
        subscribeCircle(login(resident()), garden.x, garden.y, 250);
        String title = title("Tuinhuis");
        long plan = plan(title, garden.x, garden.y);
        publish(plan);
        awaitDelivered(plan);
        mailbox().await(resident(), title);
        Instant publishedAt = jdbc.sql("SELECT published_at FROM plan_publication WHERE plan_id = ?").param(plan)
                .query(java.sql.Timestamp.class).single().toInstant();

        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> events.publishEvent(new PlanPublished(plan, publishedAt, PLANNER)));
        transactions.executeWithoutResult(status -> events.publishEvent(new PlanPublished(plan, publishedAt, PLANNER)));
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(plan) >= 3 && incompletePublications(plan) == 0);

        assertThat(notifications(resident(), plan)).isOne();
        kickTheMailQueue();
        assertThat(mailsAbout(resident(), title)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_delivery WHERE email = ? AND event_key LIKE ?")
                .params(resident(), "plan-published:" + plan + ":%").query(Long.class).single()).as("in-app and email").isEqualTo(2);
    }

    /** Any queued mail goes out now: a marker mail, sent after its commit, makes the dispatcher deliver all that is due. */
    void kickTheMailQueue() {
        jdbc.sql("UPDATE mail_queue SET next_attempt_at = now()").update();
        String marker = "kick-" + UUID.randomUUID() + "@example.org";
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> mailer.send(marker, "Wachtrij", "leeg"));
        mailbox().await(marker, "Wachtrij");
    }

    @Test
    void aRolledBackEventReachesNobody() {
        subscribeCircle(login(resident()), garden.x, garden.y, 250);
        String rolledBack = title("Nooit gepubliceerd");
        long quiet = plan(rolledBack, garden.x, garden.y);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(new PlanPublished(quiet, Instant.now(), PLANNER));
            status.setRollbackOnly();
        });
        String title = title("Wel gepubliceerd");
        long plan = plan(title, garden.x + 2, garden.y);
        publish(plan);
        awaitDelivered(plan);
        mailbox().await(resident(), title);

        assertThat(publications(quiet)).as("no publication was registered").isZero();
        assertThat(notifications(resident(), quiet)).isZero();
        assertThat(mailsAbout(resident(), rolledBack)).isZero();
    }

    @Test
    void aMailWaitsWhileTheMailServerIsDownAndGoesOutWhenItIsBack() {
        subscribeCircle(login(resident()), garden.x, garden.y, 250);
        String title = title("Schuur tijdens storing");
        long plan = plan(title, garden.x, garden.y);
        mail().stop();
        try {
            publish(plan);
            awaitDelivered(plan);
            assertThat(notifications(resident(), plan)).as("the centre does not wait for the mail server").isOne();
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM mail_queue WHERE recipient = ? AND attempts >= 1 AND subject LIKE ?")
                    .params(resident(), "%" + title + "%").query(Long.class).single() == 1);
        } finally {
            mail().start();
        }
        kickTheMailQueue();
        assertThat(mailbox().await(resident(), title).text()).contains("/?plan=" + plan);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_queue WHERE recipient = ?").param(resident()).query(Long.class).single()).isZero();
        assertThat(mailsAbout(resident(), title)).isOne();
    }

    @Test
    void incompletePublicationsAreResubmittedAsAfterARestartWithoutDuplicates() {
        subscribeCircle(login(resident()), garden.x, garden.y, 250);
        String first = title("Eerste plan");
        long done = plan(first, garden.x, garden.y);
        publish(done);
        awaitDelivered(done);
        // A second plan whose publication was registered but never delivered: the application stopped before the listener ran.
        String title = title("Onderbroken levering");
        long plan = plan(title, garden.x + 2, garden.y);
        Map<String, Object> row = jdbc.sql("SELECT listener_id, event_type, serialized_event FROM event_publication WHERE serialized_event LIKE ? "
                + "AND event_type = ? LIMIT 1").params("%\"planId\":" + done + ",%", PlanPublished.class.getName()).query().singleRow();
        String event = ((String) row.get("serialized_event")).replace("\"planId\":" + done + ",", "\"planId\":" + plan + ",");
        jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts) "
                        + "VALUES (?, ?, ?, ?, now() - interval '1 minute', 'PUBLISHED', 0)")
                .params(UUID.randomUUID(), row.get("listener_id"), row.get("event_type"), event).update();
        assertThat(notifications(resident(), plan)).isZero();

        incomplete.resubmitIncompletePublications(publication -> true);
        awaitDelivered(plan);
        assertThat(notifications(resident(), plan)).isOne();
        mailbox().await(resident(), title);

        // Completed, then marked incomplete again (stopped after delivering, before recording completion): resubmitted, nothing twice.
        jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'PUBLISHED' WHERE serialized_event LIKE ?")
                .param("%\"planId\":" + plan + ",%").update();
        incomplete.resubmitIncompletePublications(publication -> true);
        awaitDelivered(plan);
        kickTheMailQueue();
        assertThat(notifications(resident(), plan)).isOne();
        assertThat(mailsAbout(resident(), title)).isOne();
    }

    // --- the digest ----------------------------------------------------------------------------------------------

    Notice notice(long plan, String planTitle, String what) {
        return new Notice("test:" + UUID.randomUUID(), NotificationKind.PLAN_PUBLISHED_NEARBY, plan, planTitle, what, what + " (tekst)",
                publicUrl() + "/?plan=" + plan);
    }

    void deliver(Notice notice) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> delivery.deliver(resident(), notice));
    }

    @Test
    void theDigestFollowsAWatermarkSoASkippedRunNeitherLosesNorRepeats() {
        assertThat(login(resident()).put("/api/v1/me/notification-preferences", "{\"plan-published-nearby\":\"email-digest\"}").status()).isEqualTo(200);
        deliver(notice(9_000_001, "Plan Een", "Melding A"));
        deliver(notice(9_000_001, "Plan Een", "Melding B"));
        deliver(notice(9_000_002, "Plan Twee", "Melding C"));
        assertThat(mailbox().mailsTo(resident()).stream().filter(m -> m.subject().contains("Melding"))).as("no mail at once").isEmpty();

        assertThat(digest.run()).isGreaterThanOrEqualTo(1);
        Mailbox.Mail first = mailbox().await(resident(), "3 nieuwe meldingen");
        String text = first.text();
        assertThat(text.indexOf("Plan \"Plan Twee\"")).as("the plan with the newest item first").isLessThan(text.indexOf("Plan \"Plan Een\""));
        assertThat(text.indexOf("Melding B")).as("newest first within a plan").isLessThan(text.indexOf("Melding A"));
        assertThat(text).contains("/api/v1/notifications/unsubscribe?token=");

        // the next run is skipped; two more arrive; the run after that has exactly those two
        deliver(notice(9_000_001, "Plan Een", "Melding D"));
        deliver(notice(9_000_003, "Plan Drie", "Melding E"));
        digest.run();
        Mailbox.Mail second = mailbox().await(resident(), "2 nieuwe meldingen");
        assertThat(second.text()).contains("Melding D", "Melding E").doesNotContain("Melding A", "Melding B", "Melding C");
        digest.run();
        assertThat(mailbox().mailsTo(resident()).stream().filter(m -> m.subject().contains("nieuwe meldingen")).count()).as("nothing repeated").isEqualTo(2);
        assertThat(store.digestDue()).doesNotContain(resident());
        assertThat(notifications(resident(), 9_000_001)).as("the digest items are in the centre too").isEqualTo(3);
    }

    // --- unsubscribe ---------------------------------------------------------------------------------------------

    @Test
    void theUnsubscribeLinkWorksWithoutALoginAndSwitchesOffOnlyThatKind() throws Exception {
        Browser me = login(resident());
        me.put("/api/v1/me/notification-preferences", "{\"decision\":\"email-digest\"}");
        String token = new UnsubscribeTokens("", true).issue(resident(), NotificationKind.PLAN_PUBLISHED_NEARBY);
        String link = "/api/v1/notifications/unsubscribe?token=" + token;

        Http.Response landing = new Http(port).get(link);
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.contentType()).startsWith("text/html");
        assertThat(landing.text()).contains("nieuwe plannen in uw buurt").contains("<form method=\"post\"").contains("Ja, meld mij af");
        assertThat(store.preferences(resident())).as("a GET changes nothing").doesNotContainKey("plan-published-nearby");

        HttpResponse<String> done = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/notifications/unsubscribe")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("U bent afgemeld");
        JsonNode channels = me.get("/api/v1/me/notification-preferences").json().get("channels");
        assertThat(channels.get("plan-published-nearby").asString()).isEqualTo("none");
        assertThat(channels.get("decision").asString()).as("another choice untouched").isEqualTo("email-digest");
        assertThat(channels.get("followed-plan-phase").asString()).isEqualTo("in-app");

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        assertThat(new Http(port).get("/api/v1/notifications/unsubscribe?token=" + forged).status()).isEqualTo(400);
        assertProblem(new Http(port).post("/api/v1/notifications/unsubscribe?token=" + forged, ""), 400, null);
        String otherPerson = new UnsubscribeTokens("", true).issue(neighbour(), NotificationKind.DECISION);
        String tampered = otherPerson.substring(0, otherPerson.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(new Http(port).post("/api/v1/notifications/unsubscribe?token=" + tampered, "").status()).isEqualTo(400);
        assertThat(store.preferences(neighbour())).isEmpty();
    }

    // --- follows and phase changes -------------------------------------------------------------------------------

    @Test
    void followersAndTheOwnerHearOfPhaseChangesAndDecisions() {
        String title = title("Nieuwe woning");
        long plan = plan(title, garden.x, garden.y);
        Browser follower = login(neighbour());
        assertThat(follower.post("/api/v1/plans/" + plan + "/follow", "").status()).as("a private plan cannot be followed").isEqualTo(404);
        publish(plan);
        Http.Response followed = follower.post("/api/v1/plans/" + plan + "/follow", "");
        assertThat(followed.status()).as(followed.text()).isEqualTo(200);
        assertThat(follower.get("/api/v1/plans/" + plan + "/follow").json().get("following").asBoolean()).isTrue();
        forget(OWNER);

        Http.Response moved = login(OWNER).post("/api/v1/plans/" + plan + "/phase", "{\"phase\":\"exploring\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(neighbour(), plan) == 1);
        JsonNode n = follower.get("/api/v1/me/notifications").json().get("items").get(0);
        assertThat(n.get("kind").asString()).isEqualTo("followed-plan-phase");
        assertThat(n.get("title").asString()).isEqualTo(title + ": nu in de fase Verkennen");
        assertThat(notifications(OWNER, plan)).as("who moved it is not told").isZero();

        Http.Response toDecision = login(PLANNER).post("/api/v1/plans/" + plan + "/phase", "{\"phase\":\"decision\"}");
        assertThat(toDecision.status()).as(toDecision.text()).isEqualTo(200);
        Http.Response decided = login(PLANNER).post("/api/v1/plans/" + plan + "/phase", "{\"phase\":\"realisation\"}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(neighbour(), plan) == 3 && notifications(OWNER, plan) == 2);
        assertThat(jdbc.sql("SELECT kind FROM notification WHERE email = ? AND plan_id = ? ORDER BY id").params(OWNER, plan).query(String.class).list())
                .containsExactly("followed-plan-phase", "decision");
        mailbox().await(neighbour(), "er is een besluit"); // decision: e-mail at once by default

        assertThat(follower.send("DELETE", "/api/v1/plans/" + plan + "/follow", null).json().get("following").asBoolean()).isFalse();
        forget(OWNER);
    }

    @Autowired
    ConcernedNotices concerned;

    @Test
    void invitedConcernedResidentsFindOneNoticeEach() {
        String title = title("Uitbouw bij de buren");
        long plan = plan(title, garden.x, garden.y);
        concerned.concernedInvited(plan, List.of(resident(), neighbour(), OWNER), OWNER);
        concerned.concernedInvited(plan, List.of(resident()), OWNER); // again: nothing twice
        assertThat(notifications(resident(), plan)).isOne();
        assertThat(notifications(neighbour(), plan)).isOne();
        assertThat(notifications(OWNER, plan)).isZero();
        JsonNode n = login(resident()).get("/api/v1/me/notifications").json().get("items").get(0);
        assertThat(n.get("kind").asString()).isEqualTo("concerned-invited");
        assertThat(n.get("title").asString()).isEqualTo("U bent belanghebbende bij het plan " + title);
        assertThat(n.get("link").asString()).contains("/?plan=" + plan + "#camera=");

        // the concerned module's event, after its commit, through the registry
        long other = plan(title("Tweede uitbouw"), garden.x + 2, garden.y);
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                events.publishEvent(new nl.stip.concerned.ConcernedPartiesInvited(other, List.of(neighbour()), OWNER)));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications(neighbour(), other) == 1);
        assertThat(notifications(resident(), other)).isZero();
    }

    // --- privacy and bad input -----------------------------------------------------------------------------------

    @Test
    void aPersonsSubscriptionsPreferencesAndNotificationsAreVisibleToNobodyElse() {
        Browser me = login(resident());
        long id = subscribeCircle(me, garden.x, garden.y, 500);
        me.put("/api/v1/me/notification-preferences", "{\"decision\":\"none\"}");
        deliver(notice(9_000_010, "Plan privé", "Alleen voor mij"));
        long notification = jdbc.sql("SELECT id FROM notification WHERE email = ? AND plan_id = 9000010").param(resident()).query(Long.class).single();

        for (String other : List.of(OWNER, PLANNER, ADVISOR, neighbour())) {
            Browser them = login(other);
            assertThat(them.get("/api/v1/me/subscriptions").text()).as(other).doesNotContain("\"id\":" + id + ",");
            assertThat(them.send("DELETE", "/api/v1/me/subscriptions/" + id, null).status()).as(other).isEqualTo(404);
            assertThat(them.get("/api/v1/me/notification-preferences").json().get("channels").get("decision").asString()).as(other).isNotEqualTo("none");
            assertThat(them.get("/api/v1/me/notifications?size=100").text()).as(other).doesNotContain("Alleen voor mij");
            assertThat(them.post("/api/v1/me/notifications/" + notification + "/read", "").status()).as(other).isEqualTo(404);
        }
        Browser anonymous = new Browser(port).primed();
        for (String path : List.of("/api/v1/me/subscriptions", "/api/v1/me/notification-preferences", "/api/v1/me/notifications",
                "/api/v1/me/notifications/unread-count", "/api/v1/me/subscriptions/preview?radius=100&x=1&y=1")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/v1/me/subscriptions", "{}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/plans/1/follow", "").status()).isEqualTo(401);
        assertThat(me.get("/api/v1/me/subscriptions").json()).hasSize(1);
        assertThat(me.get("/api/v1/me/notifications").json().get("unread").asLong()).isOne();
        assertThat(me.post("/api/v1/me/notifications/read-all", "").json().get("unread").asLong()).isZero();
        assertThat(me.send("DELETE", "/api/v1/me/subscriptions/" + id, null).status()).isEqualTo(204);
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() {
        Browser me = login(resident());
        String at = lonLat(garden.x, garden.y);
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + at + ",\"radius\":49}"), 400, "radius");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + at + ",\"radius\":5001}"), 400, "radius");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + at + "}"), 400, "radius");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\",\"lon\":6.1,\"radius\":100}"), 400, "lat");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\",\"lon\":-70,\"lat\":40,\"radius\":100}"), 400, "lon");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"square\"," + at + ",\"radius\":100}"), 400, "kind");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + at + ",\"radius\":100,\"colour\":\"red\"}"), 400, null);
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"circle\"," + at + ",\"radius\":100,\"label\":\"a\\u0000b\"}"), 400, null);
        double x = 150_000, y = 450_000;
        Http.Response bowtie = me.post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"polygon\":"
                + polygon(x, y, x + 100, y + 100, x + 100, y, x, y + 100) + "}");
        assertProblem(bowtie, 400, "polygon");
        assertThat(bowtie.json().get("code").asString()).isEqualTo("self-intersecting");
        assertThat(bowtie.json().get("detail").asString()).contains("self-intersecting");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"polygon\":" + polygon(x, y, x + 7100, y, x + 7100, y + 7100, x, y + 7100) + "}"),
                400, "polygon"); // 50.4 km²
        double[] many = new double[2 * 1001];
        for (int i = 0; i < 1001; i++) {
            double angle = 2 * Math.PI * i / 1001;
            many[2 * i] = x + 500 * Math.cos(angle);
            many[2 * i + 1] = y + 500 * Math.sin(angle);
        }
        Http.Response tooMany = me.post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"polygon\":" + polygon(many) + "}");
        assertProblem(tooMany, 400, "polygon");
        assertThat(tooMany.json().get("detail").asString()).contains("1001 vertices");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"polygon\":{\"type\":\"Point\",\"coordinates\":[6.1,52]}}"), 400, "polygon");
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"polygon\",\"polygon\":{\"type\":\"Polygon\",\"coordinates\":[[[6.1,52],[6.2,52]]]}}"), 400, "polygon");

        Http.Response noHome = me.post("/api/v1/me/subscriptions", "{\"kind\":\"home\",\"radius\":200}");
        assertProblem(noHome, 409, "kind");
        assertThat(noHome.json().get("code").asString()).isEqualTo("no-confirmed-home");
        assertThat(noHome.json().get("detail").asString()).contains("bevestigd woonadres");
        assertProblem(me.get("/api/v1/me/subscriptions/preview?radius=200&home=true"), 409, "kind");
        assertProblem(me.get("/api/v1/me/subscriptions/preview?radius=abc&x=150000&y=450000"), 400, "radius");
        assertProblem(me.get("/api/v1/me/subscriptions/preview?radius=20&x=150000&y=450000"), 400, "radius");
        assertProblem(me.get("/api/v1/me/notifications?size=1000"), 400, "size");
        assertProblem(me.get("/api/v1/me/notifications?page=-1"), 400, "page");
        assertProblem(me.put("/api/v1/me/notification-preferences", "{}"), 400, "body");
        assertThat(me.send("DELETE", "/api/v1/me/subscriptions/987654321", null).status()).isEqualTo(404);
        assertThat(store.countSubscriptions(resident())).as("nothing stored").isZero();

        // with a confirmed home, "around my home" works and the preview takes it as the centre
        TestHomes.HOMES.put(resident(), Rd.GEOMETRY.createPoint(new Coordinate(garden.x, garden.y)));
        Http.Response home = me.post("/api/v1/me/subscriptions", "{\"kind\":\"home\",\"radius\":200,\"label\":\"Rond mijn huis\"}");
        assertThat(home.status()).as(home.text()).isEqualTo(201);
        assertThat(home.json().get("kind").asString()).isEqualTo("home");
        assertThat(me.get("/api/v1/me/subscriptions/preview?radius=200&home=true").status()).isEqualTo(200);
        assertProblem(me.post("/api/v1/me/subscriptions", "{\"kind\":\"home\",\"radius\":200," + at + "}"), 400, "kind");
    }
}
