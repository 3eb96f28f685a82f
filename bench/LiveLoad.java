import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import nl.stip.geo.CrsTransform;
import org.locationtech.jts.geom.Coordinate;
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
 * Live load (issue 11): N STOMP clients (one shared WebSocketStompClient over one StandardWebSocketClient, one shared
 * scheduler) follow one round, spread over the given instances; reactions are posted over REST on the first instance.
 * After a warm-up of 30 reactions (not measured), phase 1: reactions one at a time, delivery latency from the start of the POST to the LAST client (p50/p95/p99/max).
 * Phase 2: a fixed rate of reactions per second for S seconds; every client checks it got every seq exactly once.
 *
 *   java -cp CLASSPATH bench/LiveLoad.java URL[,URL2] clients rate seconds gardenX gardenY [singles=100]
 *
 * The server must run with the per-person and per-round rate limits raised (bench/run-live.sh does): all reactions come
 * from the demo resident's account.
 */
public class LiveLoad {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_SEQ = 20_000;
    static final int WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        String[] urls = args[0].split(",");
        int clients = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        double gx = Double.parseDouble(args[4]);
        double gy = Double.parseDouble(args[5]);
        int singles = args.length > 6 ? Integer.parseInt(args[6]) : 100;
        String base = urls[0];

        Session planner = Session.login(base, "planner@demo.stip.nl");
        Session owner = Session.login(base, "initiator@demo.stip.nl");
        Session resident = Session.login(base, "bewoner@demo.stip.nl");
        long round = openRound(owner, planner, gx, gy);
        Coordinate c = CrsTransform.toWgs84(gx + 1, gy + 1);
        System.out.printf(Locale.ROOT, "round %d; %d clients over %s%n", round, clients, String.join(" + ", urls));

        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setDaemon(true);
        scheduler.initialize();
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setTaskScheduler(scheduler);
        stomp.setInboundMessageSizeLimit(256 * 1024);

        Client[] all = new Client[clients];
        Semaphore connecting = new Semaphore(50);
        long connectStart = System.nanoTime();
        List<CompletableFuture<StompSession>> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String url = urls[i % urls.length];
            Client client = new Client(i == 0);
            all[i] = client;
            WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
            handshake.setOrigin(url);
            connecting.acquire();
            CompletableFuture<StompSession> f = stomp.connectAsync(url.replace("http", "ws") + "/ws", handshake, new StompHeaders(),
                    new StompSessionHandlerAdapter() { }).whenComplete((s, e) -> connecting.release());
            sessions.add(f.thenApply(s -> {
                s.subscribe("/topic/rounds." + round, client);
                return s;
            }));
        }
        CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int present = 0;
        while (System.nanoTime() < deadline && (present = presence(base, round)) < clients) {
            Thread.sleep(250);
        }
        System.out.printf(Locale.ROOT, "connected and subscribed: %d (presence %d) in %.1f s%n", clients, present,
                (System.nanoTime() - connectStart) / 1e9);

        // Warm-up, not measured: the first posts of a fresh JVM pay for class loading and JIT compilation.
        for (int n = 0; n < WARM_UP; n++) {
            HttpResponse<String> r = resident.send("POST", "/api/v1/rounds/" + round + "/reactions", reaction(c, "warm-up-" + n));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST " + r.statusCode() + " " + r.body());
            }
        }
        long warm = resident.json("GET", "/api/v1/rounds/" + round + "/state", null).get("seq").asLong();
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < warmUntil && !allHave(all, warm)) {
            Thread.sleep(10);
        }
        System.out.printf(Locale.ROOT, "warm-up: %d reactions (not measured)%n", WARM_UP);

        long seq0 = resident.json("GET", "/api/v1/rounds/" + round + "/state", null).get("seq").asLong();
        // Phase 1: one at a time; latency to the last client.
        long[] t0 = new long[MAX_SEQ];
        String[] texts = new String[MAX_SEQ];
        AtomicInteger posted = new AtomicInteger();
        double[] single = new double[singles];
        double[] postOnly = new double[singles];
        for (int n = 0; n < singles; n++) {
            long seq = seq0 + n + 1;
            long start = System.nanoTime();
            HttpResponse<String> r = resident.send("POST", "/api/v1/rounds/" + round + "/reactions", reaction(c, "single-" + n));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST " + r.statusCode() + " " + r.body());
            }
            postOnly[n] = (System.nanoTime() - start) / 1e6;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until && !allHave(all, seq)) {
                Thread.sleep(1);
            }
            single[n] = (lastArrival(all, seq) - start) / 1e6;
            Thread.sleep(100);
        }
        report("phase 1: POST answered (ms)", postOnly);
        report("phase 1: " + singles + " reactions one at a time, POST start -> last of " + clients + " clients (ms)", single);

        // Phase 2: a fixed rate for the given seconds.
        long seq1 = seq0 + singles;
        int total = rate * seconds;
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        HttpClient http = resident.client;
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> posts = new ArrayList<>();
        long phase2 = System.nanoTime();
        for (int n = 0; n < total; n++) {
            final int k = n;
            long at = phase2 + (long) (n * 1e9 / rate);
            pacer.schedule(() -> {
                texts[k] = "rate-" + k;
                t0[k] = System.nanoTime();
                synchronized (posts) {
                    posts.add(http.sendAsync(resident.request("POST", "/api/v1/rounds/" + round + "/reactions", reaction(c, "rate-" + k)),
                            HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                                if (e != null || r.statusCode() != 201) {
                                    failed.incrementAndGet();
                                }
                                posted.incrementAndGet();
                            }));
                }
            }, at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        long end = phase2 + TimeUnit.SECONDS.toNanos(seconds) + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end && posted.get() < total) {
            Thread.sleep(100);
        }
        double postSeconds = (System.nanoTime() - phase2) / 1e9;
        // The seqs the server really gave out (a POST that failed or is still queued took none).
        long lastSeq = resident.json("GET", "/api/v1/rounds/" + round + "/state", null).get("seq").asLong();
        end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end && !allHave(all, lastSeq)) {
            Thread.sleep(50);
        }
        pacer.shutdownNow();
        // Per client: every seq of phase 2 exactly once.
        long lost = 0;
        long duplicated = 0;
        long outOfOrder = 0;
        for (Client client : all) {
            for (long s = seq1 + 1; s <= lastSeq; s++) {
                if (client.arrival.get((int) s) == 0) {
                    lost++;
                }
            }
            duplicated += client.duplicates.get();
            outOfOrder += client.outOfOrder.get();
        }
        // Latency of phase 2: seq -> post index from the probe client's bodies.
        double[] latencies = new double[(int) (lastSeq - seq1)];
        int m = 0;
        for (long s = seq1 + 1; s <= lastSeq; s++) {
            String text = all[0].texts.get(s);
            if (text == null || !text.startsWith("rate-")) {
                continue;
            }
            int k = Integer.parseInt(text.substring(5));
            long last = lastArrival(all, s);
            if (last > 0) {
                latencies[m++] = (last - t0[k]) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "phase 2: %d reactions asked at %d/s, %d stored (%d failed or unanswered) in %.1f s; %d clients x %d seqs: lost %d, duplicated %d, out of order %d%n",
                total, rate, lastSeq - seq1, total - posted.get() + failed.get(), postSeconds, clients, lastSeq - seq1, lost, duplicated, outOfOrder);
        report("phase 2: POST start -> last client (ms)", Arrays.copyOf(latencies, m));
        System.exit(0);
    }

    static boolean allHave(Client[] all, long seq) {
        for (Client c : all) {
            if (c.arrival.get((int) seq) == 0) {
                return false;
            }
        }
        return true;
    }

    static long lastArrival(Client[] all, long seq) {
        long last = 0;
        for (Client c : all) {
            long t = c.arrival.get((int) seq);
            if (t == 0) {
                return 0;
            }
            last = Math.max(last, t);
        }
        return last;
    }

    static void report(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            System.out.println(what + ": no values");
            return;
        }
        System.out.printf(Locale.ROOT, "%s: n=%d p50 %.1f p95 %.1f p99 %.1f max %.1f%n", what, v.length,
                v[(int) (v.length * 0.50)], v[Math.min(v.length - 1, (int) (v.length * 0.95))],
                v[Math.min(v.length - 1, (int) (v.length * 0.99))], v[v.length - 1]);
    }

    static int presence(String base, long round) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + round + "/presence")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("count").asInt();
    }

    static String reaction(Coordinate c, String text) {
        return String.format(Locale.ROOT, "{\"stance\":\"support\",\"theme\":\"green\",\"text\":\"%s\",\"place\":{\"lon\":%.9f,\"lat\":%.9f,\"height\":2}}",
                text, c.x, c.y);
    }

    static long openRound(Session owner, Session planner, double gx, double gy) throws Exception {
        long plan = owner.json("POST", "/api/v1/plans", "{\"title\":\"Bench\",\"description\":\"Live load\",\"activity\":\"aanbouw\"}").get("id").asLong();
        Coordinate sw = CrsTransform.toWgs84(gx - 1.5, gy - 2);
        Coordinate ne = CrsTransform.toWgs84(gx + 1.5, gy + 2);
        String rect = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.9f,%2$.9f],[%3$.9f,%2$.9f],[%3$.9f,%4$.9f],[%1$.9f,%4$.9f],[%1$.9f,%2$.9f]]]}",
                sw.x, sw.y, ne.x, ne.y);
        owner.json("PUT", "/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + rect + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}");
        if (owner.send("POST", "/api/v1/plans/" + plan + "/publication", "{}").statusCode() == 202) {
            planner.json("POST", "/api/v1/plans/" + plan + "/publication/approve", "{}");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long round = planner.json("POST", "/api/v1/plans/" + plan + "/rounds", "{\"title\":\"Bench\",\"startsAt\":\"" + now + "\",\"endsAt\":\""
                + now.plus(1, ChronoUnit.DAYS) + "\",\"questions\":[],\"interactions\":{\"reactions\":true,\"replies\":true,\"agreement\":true,"
                + "\"variants\":false,\"votes\":false,\"budget\":false},\"moderation\":\"post\",\"audience\":\"accounts\",\"replyDepth\":1}").get("id").asLong();
        planner.json("POST", "/api/v1/rounds/" + round + "/open", "{}");
        return round;
    }

    /** One subscriber: arrival time per seq (0: not yet), duplicates and out-of-order arrivals counted. */
    static final class Client implements StompFrameHandler {
        final AtomicLongArray arrival = new AtomicLongArray(MAX_SEQ);
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicInteger outOfOrder = new AtomicInteger();
        final boolean probe;
        final ConcurrentHashMap<Long, String> texts = new ConcurrentHashMap<>();
        volatile long highest;

        Client(boolean probe) {
            this.probe = probe;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            long now = System.nanoTime();
            byte[] body = (byte[]) payload;
            // One delta {"seq":N,"type":... or a batch {"batch":[{"seq":N,"type":...},...]}: each element starts
            // {"seq": (a quote inside a JSON string is escaped, so the pattern cannot come from a text).
            String frame = new String(body, StandardCharsets.UTF_8);
            int at = frame.indexOf(SEQ);
            while (at >= 0) {
                long seq = digits(frame, at + SEQ.length());
                if (seq > 0 && seq < MAX_SEQ) {
                    arrived(seq, now);
                }
                at = frame.indexOf(SEQ, at + SEQ.length());
            }
            if (probe) {
                JsonNode root = JSON.readTree(body);
                for (JsonNode delta : root.has("batch") ? root.get("batch") : JSON.createArrayNode().add(root)) {
                    JsonNode data = delta.get("data");
                    if (data != null && data.has("text")) {
                        texts.put(delta.get("seq").asLong(), data.get("text").asString());
                    }
                }
            }
        }

        static final String SEQ = "{\"seq\":";

        private void arrived(long seq, long now) {
            if (!arrival.compareAndSet((int) seq, 0, now)) {
                duplicates.incrementAndGet();
            }
            if (seq < highest) {
                outOfOrder.incrementAndGet();
            }
            highest = Math.max(highest, seq);
        }

        static long digits(String s, int from) {
            long v = 0;
            int i = from;
            for (; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
                v = v * 10 + (s.charAt(i) - '0');
            }
            return i == from ? -1 : v;
        }
    }

    /** An HTTP session with cookies and the CSRF header, logged in with the demo password. */
    static final class Session {
        final String base;
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient client;

        Session(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1).build();
        }

        static Session login(String base, String email) throws Exception {
            Session s = new Session(base);
            s.send("GET", "/api/v1/auth/csrf", null);
            HttpResponse<String> r = s.send("POST", "/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"stip-demo-2026\"}");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login " + email + ": " + r.statusCode() + " " + r.body());
            }
            return s;
        }

        HttpRequest request(String method, String path, String json) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().ifPresent(t -> b.header("X-XSRF-TOKEN", t));
            return b.build();
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return client.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(String method, String path, String json) throws Exception {
            HttpResponse<String> r = send(method, path, json);
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        }
    }
}
