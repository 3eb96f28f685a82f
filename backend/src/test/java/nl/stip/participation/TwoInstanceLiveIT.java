package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.LiveClient;
import nl.stip.StipApplication;
import nl.stip.TestGeometry;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database and one RabbitMQ (STOMP relay, {@code STIP_BROKER=rabbitmq}): a reaction
 * posted on instance A reaches a client connected to instance B, in order; a client that moves from A to B catches up
 * from B's changes without a gap; presence counts both instances' sessions. Two Spring contexts of their own (the
 * shared test context runs with the simple broker). Skipped with a message when RabbitMQ's STOMP port is closed.
 */
class TwoInstanceLiveIT {

    private static final String PASSWORD = "stip-demo-2026";
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static int portA;
    private static int portB;
    private static Coordinate garden;
    private static final List<Long> plans = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        Assumptions.assumeTrue(reachable("127.0.0.1", 61613),
                "RabbitMQ STOMP is not reachable on 127.0.0.1:61613 (rabbitmq-plugins enable rabbitmq_stomp): two-instance test skipped");
        portA = freePort();
        portB = freePort();
        a = start(portA);   // one after the other: the first start migrates (and loads the demo into an empty database)
        b = start(portB);
        garden = DemoGarden.find(a.getBean(JdbcClient.class)).centre();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            for (long plan : plans) {
                jdbc.sql("DELETE FROM participation_round WHERE plan_id = ?").param(plan).update();
                jdbc.sql("DELETE FROM plan WHERE id = ?").param(plan).update();
            }
        }
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext start(int port) {
        Map<String, Object> properties = new HashMap<>();
        IntegrationTest.infrastructure((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", port);
        properties.put("stip.public-url", "http://127.0.0.1:" + port);
        properties.put("stip.live.broker", "rabbitmq");
        properties.put("stip.live.broker-host", "127.0.0.1");
        properties.put("stip.live.broker-port", 61613);
        // As command-line arguments: they come before application.properties (default properties would not).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(StipApplication.class).run(args);
    }

    @Test
    void reactionsPostedOnAReachAClientOnBInOrder() {
        long round = openRound();
        Browser anna = login(portA, "bewoner@demo.stip.nl");
        try (LiveClient onB = LiveClient.connect(portB, (Browser) null)) {
            LiveClient.Inbox inbox = onB.subscribe("/topic/rounds." + round);
            awaitPresence(portB, round, 1);
            long before = new Http(portB).get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
            for (int i = 1; i <= 5; i++) {
                Http.Response posted = anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Via A " + i));
                assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            }
            await().atMost(LIVE).until(() -> inbox.seqsAfter(before).size() >= 5);
            assertThat(inbox.seqsAfter(before)).containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
            assertThat(inbox.after(before).get(4).get("data").get("text").asString()).isEqualTo("Via A 5");
        }
    }

    @Test
    void aClientMovingFromAToBCatchesUpWithoutAGap() {
        long round = openRound();
        Browser anna = login(portA, "bewoner@demo.stip.nl");
        List<Long> applied = new ArrayList<>();
        try (LiveClient onA = LiveClient.connect(portA, (Browser) null)) {
            LiveClient.Inbox inbox = onA.subscribe("/topic/rounds." + round);
            awaitPresence(portA, round, 1);
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Voor de verhuizing")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> !inbox.seqs().isEmpty());
            applied.addAll(inbox.seqs());
        }
        assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Tijdens de verhuizing")).status()).isEqualTo(201);
        try (LiveClient onB = LiveClient.connect(portB, (Browser) null)) {
            LiveClient.Inbox inbox = onB.subscribe("/topic/rounds." + round);
            awaitPresence(portB, round, 1);
            long last = applied.get(applied.size() - 1);
            new Http(portB).get("/api/v1/rounds/" + round + "/changes?after=" + last).json().get("changes")
                    .forEach(change -> applied.add(change.get("seq").asLong()));
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Na de verhuizing")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> !inbox.seqs().isEmpty());
            long fetched = applied.get(applied.size() - 1);
            inbox.seqs().stream().filter(seq -> seq > fetched).forEach(applied::add);
            assertThat(applied).containsExactly(last, last + 1, last + 2);
        }
    }

    @Test
    void presenceCountsTheSessionsOfBothInstances() {
        long round = openRound();
        try (LiveClient onA = LiveClient.connect(portA, (Browser) null); LiveClient onB = LiveClient.connect(portB, (Browser) null)) {
            onA.subscribe("/topic/rounds." + round);
            onB.subscribe("/topic/rounds." + round);
            awaitPresence(portA, round, 2);
            awaitPresence(portB, round, 2);
        }
    }

    private static void awaitPresence(int port, long round, int count) {
        await().atMost(Duration.ofSeconds(5)).until(() ->
                new Http(port).get("/api/v1/rounds/" + round + "/presence").json().get("count").asInt() >= count);
    }

    /** An open round (post-moderation, all accounts) on a newly published plan of the demo initiator, made on A. */
    private static long openRound() {
        Browser owner = login(portA, "initiator@demo.stip.nl");
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"Serre\",\"description\":\"Een serre\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        plans.add(plan);
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        Browser planner = login(portA, "planner@demo.stip.nl");
        if (owner.post("/api/v1/plans/" + plan + "/publication", "{}").status() == 202) {
            assertThat(planner.post("/api/v1/plans/" + plan + "/publication/approve", "{}").status()).isEqualTo(200);
        }
        Http.Response round = planner.post("/api/v1/plans/" + plan + "/rounds", RoundFixture.roundBody("post", "accounts"));
        assertThat(round.status()).as(round.text()).isEqualTo(201);
        long id = round.json().get("id").asLong();
        assertThat(planner.post("/api/v1/rounds/" + id + "/open", "{}").status()).isEqualTo(200);
        return id;
    }

    private static String reaction(String text) {
        Coordinate c = CrsTransform.toWgs84(garden.x + 1, garden.y + 1);
        return String.format(Locale.ROOT, "{\"stance\":\"support\",\"theme\":\"green\",\"text\":\"%s\",\"place\":{\"lon\":%.9f,\"lat\":%.9f,\"height\":2}}",
                text, c.x, c.y);
    }

    private static Browser login(int port, String email) {
        return new Browser(port).loggedInAs(email, PASSWORD);
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
