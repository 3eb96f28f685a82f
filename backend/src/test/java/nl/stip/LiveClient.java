package nl.stip;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real STOMP client over a raw WebSocket, as the viewer connects: the {@link Browser}'s session cookie on the
 * handshake, its page's Origin, and the CSRF cookie's value in the CONNECT frame's {@code X-XSRF-TOKEN}. All clients of
 * the test JVM share one {@link WebSocketStompClient} and one scheduler. Messages are kept per subscription, in the
 * order they arrived.
 */
public final class LiveClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WebSocketStompClient client;

    /** How a test connects: which cookies, which Origin, which CSRF value (null: none). */
    public record Options(Browser browser, String origin, String csrf) {
    }

    private final StompSession session;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private LiveClient(StompSession session) {
        this.session = session;
    }

    private static synchronized WebSocketStompClient client() {
        if (client == null) {
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(2);
            scheduler.setThreadNamePrefix("test-stomp-");
            scheduler.setDaemon(true);
            scheduler.initialize();
            client = new WebSocketStompClient(new StandardWebSocketClient());
            client.setTaskScheduler(scheduler);
        }
        return client;
    }

    /** Connects as the browser (its cookies and CSRF token; null: a visitor with nothing), from the server's own origin. */
    public static LiveClient connect(int port, Browser browser) {
        return connect(port, new Options(browser, "http://127.0.0.1:" + port,
                browser == null ? null : browser.cookie("XSRF-TOKEN").orElse(null)));
    }

    public static LiveClient connect(int port, Options options) {
        try {
            return attempt(port, options).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("STOMP connection refused: " + e, e);
        }
    }

    /** The connection attempt itself, for tests that expect a refusal. */
    public static CompletableFuture<LiveClient> attempt(int port, Options options) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        if (options.origin() != null) {
            handshake.setOrigin(options.origin());
        }
        if (options.browser() != null) {
            String cookies = options.browser().cookieHeader();
            if (!cookies.isEmpty()) {
                handshake.add("Cookie", cookies);
            }
        }
        StompHeaders connect = new StompHeaders();
        if (options.csrf() != null) {
            connect.add("X-XSRF-TOKEN", options.csrf());
        }
        Handler handler = new Handler();
        return client().connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, connect, handler)
                .thenApply(session -> handler.client = new LiveClient(session));
    }

    /** Subscribes; what arrives is collected in the returned list (bodies as JSON). */
    public Inbox subscribe(String destination) {
        Inbox inbox = new Inbox();
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        session.subscribe(headers, inbox);
        return inbox;
    }

    /** Any frame, for tests of what the server refuses (SEND, huge headers). */
    public StompSession session() {
        return session;
    }

    public boolean connected() {
        return session.isConnected() && !closed;
    }

    /** ERROR frames and transport failures seen, as text. */
    public List<String> errors() {
        return errors;
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }

    /** The messages of one subscription, in arrival order. */
    public static final class Inbox implements StompFrameHandler {
        private final List<JsonNode> messages = new CopyOnWriteArrayList<>();

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        /** A frame of several deltas ({@code {"batch": [...]}}) counts as its deltas, in order, as the viewer reads it. */
        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            JsonNode body = JSON.readTree((byte[]) payload);
            if (body.has("batch") && body.get("batch").isArray()) {
                body.get("batch").forEach(messages::add);
            } else {
                messages.add(body);
            }
        }

        public List<JsonNode> messages() {
            return messages;
        }

        /** The sequence numbers received, in arrival order. */
        public List<Long> seqs() {
            return messages.stream().filter(m -> m.has("seq")).map(m -> m.get("seq").longValue()).toList();
        }

        /**
         * The messages with a sequence number above {@code seq}, in arrival order. A change made just before the
         * subscription may still arrive after it (the broadcaster batches within a short window), as it would to a
         * viewer, which drops what its state already holds; tests that count from a known state use this.
         */
        public List<JsonNode> after(long seq) {
            return messages.stream().filter(m -> m.has("seq") && m.get("seq").longValue() > seq).toList();
        }

        public List<Long> seqsAfter(long seq) {
            return after(seq).stream().map(m -> m.get("seq").longValue()).toList();
        }
    }

    private static final class Handler extends StompSessionHandlerAdapter {
        volatile LiveClient client;

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            if (client != null) {
                client.errors.add("ERROR " + headers.getFirst("message"));
            }
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
            if (client != null) {
                client.errors.add(String.valueOf(e));
            }
        }

        @Override
        public void handleTransportError(StompSession session, Throwable e) {
            if (client != null) {
                client.errors.add(String.valueOf(e));
                client.closed = true;
            }
        }
    }

    /** Long enough for a refused connection to be closed by the server. */
    public static final Duration REFUSAL = Duration.ofSeconds(5);
}
