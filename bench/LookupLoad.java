import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load client for the lookup endpoint: N concurrent clients (one keep-alive connection each) ask for random points in
 * an RD New box for a fixed time after a warm-up, and it prints throughput, median, p95 and p99 latency. Bounded in
 * count and time; talks only to the given local URL.
 *
 * java bench/LookupLoad.java http://127.0.0.1:8080 <clients> <seconds> <minX> <minY> <maxX> <maxY> [warmupSeconds]
 */
public class LookupLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?/?")) {
            throw new IllegalArgumentException("only local targets: " + base);
        }
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        double minX = Double.parseDouble(args[3]), minY = Double.parseDouble(args[4]);
        double maxX = Double.parseDouble(args[5]), maxY = Double.parseDouble(args[6]);
        int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 10;

        run(base, clients, warmup, minX, minY, maxX, maxY, 1);
        Result result = run(base, clients, seconds, minX, minY, maxX, maxY, 2);
        long[] all = result.latenciesNanos;
        Arrays.sort(all);
        System.out.printf("clients=%d requests=%d errors=%d seconds=%.1f throughput=%.0f/s median=%.2fms p95=%.2fms p99=%.2fms max=%.2fms%n",
                clients, all.length, result.errors, result.seconds, all.length / result.seconds,
                pct(all, 50), pct(all, 95), pct(all, 99), all[all.length - 1] / 1e6);
    }

    record Result(long[] latenciesNanos, long errors, double seconds) {
    }

    static Result run(String base, int clients, int seconds, double minX, double minY, double maxX, double maxY, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] errors = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                SplittableRandom random = new SplittableRandom(seed * 1000 + client);
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end && n < 5_000_000) {
                    double x = minX + random.nextDouble() * (maxX - minX);
                    double y = minY + random.nextDouble() * (maxY - minY);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/lookup?x=" + Math.round(x * 100) / 100.0 + "&y=" + Math.round(y * 100) / 100.0))
                            .header("Accept-Encoding", "identity").timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        errors[client]++;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(all, Arrays.stream(errors).sum(), elapsed);
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
