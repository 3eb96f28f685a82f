package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.LiveClient;
import nl.stip.StipApplication;
import nl.stip.TestGeometry;
import nl.stip.geo.CrsTransform;
import nl.stip.platform.live.BrokerBridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two application instances on one database and one RabbitMQ ({@code STIP_BROKER=rabbitmq}: each instance's simple
 * broker, linked by one STOMP connection per instance): a reaction posted on instance A reaches a client connected to
 * instance B, in order; a client that moves from A to B catches up from B's changes without a gap; presence counts both
 * instances' sessions; a personal message reaches its person on the other instance; the publishing instance's own
 * clients get everything once; and when RabbitMQ goes away (A reaches it through a local TCP proxy that the test cuts,
 * so the shared RabbitMQ keeps running) A still serves its own clients and links up again when it is back. Two Spring
 * contexts of their own (the shared test context runs with the simple broker), with routing keys of their own (a
 * prefix per run: other runs on the same RabbitMQ do not interfere). Skipped with a message when RabbitMQ's STOMP port
 * is closed.
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
    private static final String PREFIX = "stip-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static CuttableProxy toRabbitFromA;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        Assumptions.assumeTrue(reachable("127.0.0.1", 61613),
                "RabbitMQ STOMP is not reachable on 127.0.0.1:61613 (rabbitmq-plugins enable rabbitmq_stomp): two-instance test skipped");
        portA = freePort();
        portB = freePort();
        toRabbitFromA = new CuttableProxy(61613);
        a = start(portA, toRabbitFromA.port);   // one after the other: the first start migrates (and loads the demo into an empty database)
        b = start(portB, 61613);
        garden = DemoGarden.find(a.getBean(JdbcClient.class)).centre();
        await().atMost(Duration.ofSeconds(20)).until(() -> linked(a) && linked(b));
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
        if (toRabbitFromA != null) {
            toRabbitFromA.cut();
        }
    }

    private static ConfigurableApplicationContext start(int port, int rabbitPort) {
        Map<String, Object> properties = new HashMap<>();
        IntegrationTest.infrastructure((name, value) -> properties.put(name, value.get()));
        properties.put("server.port", port);
        properties.put("stip.public-url", "http://127.0.0.1:" + port);
        properties.put("stip.live.broker", "rabbitmq");
        properties.put("stip.live.broker-host", "127.0.0.1");
        properties.put("stip.live.broker-port", rabbitPort);
        properties.put("stip.live.broker-prefix", PREFIX);
        // All posts come from the demo resident; RoundRateLimitIT tests the limits themselves.
        properties.put("stip.participation.rate.per-person", 1000);
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
            // As a client does: the state it starts from, then only the deltas after it. A change published just before
            // the subscription (the round's opening) may still arrive through RabbitMQ after it; the client has it already.
            long start = new Http(portA).get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Voor de verhuizing")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> !inbox.seqsAfter(start).isEmpty());
            applied.addAll(inbox.seqsAfter(start));
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

    @Test
    void thePublishingInstancesOwnClientsGetEveryDeltaOnce() {
        long round = openRound();
        Browser annaOnA = login(portA, "bewoner@demo.stip.nl");
        Browser annaOnB = login(portB, "bewoner@demo.stip.nl");
        try (LiveClient onA = LiveClient.connect(portA, (Browser) null)) {
            LiveClient.Inbox inbox = onA.subscribe("/topic/rounds." + round);
            awaitPresence(portA, round, 1);
            long before = new Http(portA).get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
            for (int i = 1; i <= 5; i++) {
                assertThat(annaOnA.post("/api/v1/rounds/" + round + "/reactions", reaction("Op A " + i)).status()).isEqualTo(201);
            }
            await().atMost(LIVE).until(() -> inbox.seqsAfter(before).contains(before + 5));
            // The last one comes from B, so reaches A only through RabbitMQ: after A's own five, had they gone that way too.
            assertThat(annaOnB.post("/api/v1/rounds/" + round + "/reactions", reaction("Op B")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> inbox.seqsAfter(before).contains(before + 6));
            assertThat(inbox.seqsAfter(before)).containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5, before + 6);
        }
    }

    @Test
    void aPersonalMessageReachesItsPersonOnEveryInstanceOnce() {
        long round = openRound();
        Browser annaOnA = login(portA, "bewoner@demo.stip.nl");
        Browser annaOnB = login(portB, "bewoner@demo.stip.nl");
        Browser planner = login(portA, "planner@demo.stip.nl");
        long first = posted(annaOnA, round, "Eerste om te verbergen");
        long second = posted(annaOnA, round, "Tweede om te verbergen");
        try (LiveClient onA = LiveClient.connect(portA, annaOnA); LiveClient onB = LiveClient.connect(portB, annaOnB)) {
            LiveClient.Inbox personalOnA = onA.subscribe("/user/queue/rounds");
            LiveClient.Inbox personalOnB = onB.subscribe("/user/queue/rounds");
            // A subscription is in place once a topic subscribed after it counts in the presence (frames are in order).
            onA.subscribe("/topic/rounds." + round);
            onB.subscribe("/topic/rounds." + round);
            awaitPresence(portA, round, 2);
            hide(planner, first, "Niet over het plan");
            hide(planner, second, "Herhaling");
            await().atMost(LIVE).until(() -> personalOnA.messages().size() >= 2 && personalOnB.messages().size() >= 2);
            for (LiveClient.Inbox personal : List.of(personalOnA, personalOnB)) {
                assertThat(personal.messages()).extracting(m -> m.get("contributionId").asLong()).containsExactly(first, second);
                JsonNode signal = personal.messages().get(0);
                assertThat(signal.get("type").asString()).isEqualTo("hidden");
                assertThat(signal.get("reason").asString()).isEqualTo("Niet over het plan");
            }
        }
    }

    @Test
    void withRabbitMqAwayAnInstanceServesItsOwnClientsAndLinksUpAgainWhenItIsBack() {
        long round = openRound();
        Browser anna = login(portA, "bewoner@demo.stip.nl");
        try (LiveClient onA = LiveClient.connect(portA, (Browser) null); LiveClient onB = LiveClient.connect(portB, (Browser) null)) {
            LiveClient.Inbox inboxA = onA.subscribe("/topic/rounds." + round);
            LiveClient.Inbox inboxB = onB.subscribe("/topic/rounds." + round);
            awaitPresence(portA, round, 2);
            long before = new Http(portA).get("/api/v1/rounds/" + round + "/state").json().get("seq").asLong();
            toRabbitFromA.cut();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> !linked(a));
                assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("Zonder RabbitMQ")).status()).isEqualTo(201);
                await().atMost(LIVE).until(() -> inboxA.seqsAfter(before).contains(before + 1));
                // B's clients miss it live, but it is stored: B answers it over REST.
                assertThat(new Http(portB).get("/api/v1/rounds/" + round + "/changes?after=" + before).json().get("changes"))
                        .extracting(change -> change.get("seq").asLong()).containsExactly(before + 1);
            } finally {
                toRabbitFromA.resume();
            }
            await().atMost(Duration.ofSeconds(40)).until(() -> linked(a));
            assertThat(anna.post("/api/v1/rounds/" + round + "/reactions", reaction("RabbitMQ terug")).status()).isEqualTo(201);
            await().atMost(LIVE).until(() -> inboxB.seqsAfter(before).contains(before + 2) && inboxA.seqsAfter(before).contains(before + 2));
            assertThat(inboxA.seqsAfter(before)).containsExactly(before + 1, before + 2);
            // On B: the gap at before + 1 that makes a viewer refetch.
            assertThat(inboxB.seqsAfter(before)).containsExactly(before + 2);
        }
    }

    private static boolean linked(ConfigurableApplicationContext instance) {
        return instance.getBean(BrokerBridge.class).connected();
    }

    private static long posted(Browser who, long round, String text) {
        Http.Response posted = who.post("/api/v1/rounds/" + round + "/reactions", reaction(text));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.json().get("id").asLong();
    }

    private static void hide(Browser planner, long contribution, String reason) {
        Http.Response hidden = planner.post("/api/v1/contributions/" + contribution + "/hide", "{\"reason\":\"" + reason + "\"}");
        assertThat(hidden.status()).as(hidden.text()).isEqualTo(200);
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

    /** A TCP proxy to a local port that the test can cut (every connection and the listener) and open again. */
    private static final class CuttableProxy {
        final int port = freePort();
        private final int target;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private ServerSocket listener;

        CuttableProxy(int target) throws IOException {
            this.target = target;
            resume();
        }

        synchronized void resume() {
            try {
                ServerSocket server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress("127.0.0.1", port));
                listener = server;
                Thread accepting = new Thread(() -> accept(server), "rabbit-proxy-accept");
                accepting.setDaemon(true);
                accepting.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void cut() {
            close(listener);
            open.forEach(CuttableProxy::close);
            open.clear();
        }

        private void accept(ServerSocket server) {
            while (!server.isClosed()) {
                try {
                    Socket in = server.accept();
                    Socket out = new Socket("127.0.0.1", target);
                    open.add(in);
                    open.add(out);
                    pipe(in, out);
                    pipe(out, in);
                } catch (IOException e) {
                    return;   // cut
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // cut or closed
                } finally {
                    close(from);
                    close(to);
                }
            }, "rabbit-proxy-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        private static void close(java.io.Closeable closeable) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
