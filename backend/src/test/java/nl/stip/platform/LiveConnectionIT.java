package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.stip.Browser;
import nl.stip.IntegrationTest;
import nl.stip.LiveClient;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompHeaders;

/**
 * What the STOMP endpoint accepts before any feature is involved: the CONNECT needs the session's CSRF token, the
 * handshake the public origin; clients never SEND; destinations no guard covers, wildcards, oversized frames and
 * floods end the connection.
 */
class LiveConnectionIT extends IntegrationTest {

    private static final String PLANNER = "planner@demo.stip.nl";
    private static final String PASSWORD = "stip-demo-2026";

    @Test
    void aLoginConnectsWithItsCsrfToken() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        try (LiveClient live = LiveClient.connect(port, planner)) {
            assertThat(live.connected()).isTrue();
        }
    }

    @Test
    void aVisitorWithoutSessionConnectsWithoutToken() {
        try (LiveClient live = LiveClient.connect(port, (Browser) null)) {
            assertThat(live.connected()).isTrue();
        }
    }

    @Test
    void connectWithoutOrWithAWrongCsrfTokenIsRefused() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        String origin = "http://127.0.0.1:" + port;
        assertRefused(LiveClient.attempt(port, new LiveClient.Options(planner, origin, null)));
        assertRefused(LiveClient.attempt(port, new LiveClient.Options(planner, origin, "not-the-token")));
        // a visitor's session that has a token must present it too
        Browser visitor = new Browser(port).primed();
        assertRefused(LiveClient.attempt(port, new LiveClient.Options(visitor, origin, "made-up")));
    }

    @Test
    void aPageOfAnotherOriginCannotOpenTheSocket() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        assertRefused(LiveClient.attempt(port, new LiveClient.Options(planner, "https://evil.example",
                planner.cookie("XSRF-TOKEN").orElseThrow())));
    }

    @Test
    void sendFramesEndTheConnection() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        LiveClient live = LiveClient.connect(port, planner);
        live.session().send("/topic/rounds.1", "{\"type\":\"reaction\"}".getBytes(StandardCharsets.UTF_8));
        await().atMost(LiveClient.REFUSAL).until(() -> !live.connected());
    }

    @Test
    void destinationsNoGuardCoversAndWildcardsAreRefused() {
        for (String destination : new String[] {"/topic/nobody.decides", "/topic/rounds.*", "/topic/#", "/topic/**",
                "/queue/anything", "/exchange/amq.topic/rounds.1", "/user/queue/rounds"}) {
            LiveClient live = LiveClient.connect(port, (Browser) null);
            live.subscribe(destination);
            await().atMost(LiveClient.REFUSAL).alias(destination).until(() -> !live.connected());
        }
    }

    @Test
    void anOversizedFrameEndsTheConnection() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        LiveClient live = LiveClient.connect(port, planner);
        StompHeaders headers = new StompHeaders();
        headers.setDestination("/user/queue/rounds");
        headers.add("padding", "x".repeat(20_000));
        live.session().subscribe(headers, new LiveClient.Inbox());
        await().atMost(LiveClient.REFUSAL).until(() -> !live.connected());
    }

    @Test
    void aFloodOfFramesEndsTheConnection() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        LiveClient live = LiveClient.connect(port, planner);
        try {
            for (int i = 0; i < 100 && live.connected(); i++) {
                live.subscribe("/user/queue/rounds");
            }
        } catch (org.springframework.messaging.MessageDeliveryException closedByTheServer) {
            // the server cut the connection while frames were still going out
        }
        await().atMost(LiveClient.REFUSAL).until(() -> !live.connected());
    }

    @Test
    void personalQueueNeedsALogin() {
        Browser planner = new Browser(port).loggedInAs(PLANNER, PASSWORD);
        try (LiveClient live = LiveClient.connect(port, planner)) {
            live.subscribe("/user/queue/rounds");
            await().during(java.time.Duration.ofMillis(500)).atMost(LiveClient.REFUSAL).until(live::connected);
        }
    }

    private static void assertRefused(CompletableFuture<LiveClient> attempt) {
        await().atMost(LiveClient.REFUSAL).until(attempt::isDone);
        assertThat(attempt).isCompletedExceptionally();
        try {
            attempt.get(0, TimeUnit.SECONDS);
        } catch (Exception expected) {
            return;
        }
    }
}
