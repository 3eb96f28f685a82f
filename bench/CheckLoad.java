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

/**
 * Load client for the plan check: one keep-alive client POSTs the designs of a file (one JSON body per line, see
 * check-designs.sql) to /api/v1/check in turn, for a fixed time after a warm-up, and prints latency percentiles.
 * Answers other than 200 are counted, not timed.
 *
 * java bench/CheckLoad.java <base-url> <designs-file> <seconds> [warmupSeconds]
 */
public class CheckLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?/?")) {
            throw new IllegalArgumentException("only local targets: " + base);
        }
        URI uri = URI.create(base.replaceAll("/$", "") + "/api/v1/check");
        List<String> designs = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, uri, designs, warmup);
        long[] latency = run(http, uri, designs, seconds);
        Arrays.sort(latency);
        System.out.printf("designs=%d requests=%d throughput=%.0f/s median=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors=%d%n",
                designs.size(), latency.length, latency.length / (double) seconds, pct(latency, 50) / 1e6, pct(latency, 95) / 1e6,
                pct(latency, 99) / 1e6, latency[latency.length - 1] / 1e6, errors);
    }

    static long errors;

    static long[] run(HttpClient http, URI uri, List<String> designs, int seconds) throws Exception {
        errors = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> samples = new ArrayList<>();
        for (int i = 0; System.nanoTime() < end && samples.size() < 1_000_000; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(designs.get(i % designs.size()))).build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (response.statusCode() == 200) {
                samples.add(t);
            } else if (errors++ == 0) {
                System.err.println("HTTP " + response.statusCode() + ": " + new String(response.body()));
            }
        }
        return samples.stream().mapToLong(Long::longValue).toArray();
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
