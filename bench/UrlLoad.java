import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load client for a list of local URLs (one per line): N clients cycle through them for a fixed time after a
 * warm-up, asking for gzip as a browser does, and it prints throughput, latency percentiles and bytes on the wire.
 *
 * java bench/UrlLoad.java <urls-file> <clients> <seconds> [warmupSeconds]
 */
public class UrlLoad {

    public static void main(String[] args) throws Exception {
        List<String> urls = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        for (String url : urls) {
            if (!url.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?/.*")) {
                throw new IllegalArgumentException("only local targets: " + url);
            }
        }
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        run(urls, clients, warmup);
        long[][] result = run(urls, clients, seconds);
        long[] latency = result[0];
        long[] bytes = result[1];
        Arrays.sort(latency);
        Arrays.sort(bytes);
        System.out.printf("clients=%d requests=%d throughput=%.0f/s median=%.2fms p95=%.2fms p99=%.2fms bytes(gzip) median=%d p95=%d max=%d%n",
                clients, latency.length, latency.length / (double) seconds, pct(latency, 50) / 1e6, pct(latency, 95) / 1e6,
                pct(latency, 99) / 1e6, pct(bytes, 50), pct(bytes, 95), bytes[bytes.length - 1]);
    }

    static long[][] run(List<String> urls, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<long[]> samples = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end && samples.size() < 2_000_000; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size())))
                            .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri());
                    }
                    samples.add(new long[] {t, response.body().length});
                }
                long[][] out = new long[2][samples.size()];
                for (int i = 0; i < samples.size(); i++) {
                    out[0][i] = samples.get(i)[0];
                    out[1][i] = samples.get(i)[1];
                }
                return out;
            }));
        }
        List<long[]> lat = new ArrayList<>();
        List<long[]> size = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            long[][] r = f.get();
            lat.add(r[0]);
            size.add(r[1]);
        }
        pool.shutdown();
        return new long[][] {lat.stream().flatMapToLong(Arrays::stream).toArray(), size.stream().flatMapToLong(Arrays::stream).toArray()};
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
