import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the check of a plan with a placed GLB model. Logs in as the demo initiator, starts a plan, uploads a
 * generated glTF 2 binary (a box mesh repeated as {@code nodes} nodes/meshes, each POSITION accessor with min/max, and a
 * BIN chunk of seeded random bytes so the file is {@code sizeMB} MB and PostgreSQL cannot compress it away), saves a
 * design placing the model, then POSTs /api/v1/plans/{id}/check in a loop for a fixed time after a warm-up (one
 * keep-alive client, as CheckLoad), and finally times {@code saves} design saves (PUT .../design, each a new version).
 * sizeMB 0 places no model: the plan's design is one drawn volume of the same size, the baseline of the plan path.
 * Answers other than 200/201 are counted, not timed.
 *
 * java bench/PlanCheckLoad.java <base-url> <sizeMB> <seconds> [warmupSeconds] [saves] [nodes] [lon] [lat]
 */
public class PlanCheckLoad {

    static final String EMAIL = "initiator@demo.stip.nl";
    static final String PASSWORD = "stip-demo-2026";

    static HttpClient http;
    static CookieManager cookies;
    static String base;
    static long errors;

    public static void main(String[] args) throws Exception {
        base = args[0].replaceAll("/$", "");
        if (!base.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?")) {
            throw new IllegalArgumentException("only local targets: " + args[0]);
        }
        double sizeMB = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int saves = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int nodes = args.length > 5 ? Integer.parseInt(args[5]) : 300;
        double lon = args.length > 6 ? Double.parseDouble(args[6]) : 6.1410;
        double lat = args.length > 7 ? Double.parseDouble(args[7]) : 52.0120;

        cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        send("GET", "/api/v1/auth/csrf", null, null, 200);
        send("POST", "/api/v1/auth/login", "application/json",
                bytes("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}"), 200);
        send("GET", "/api/v1/auth/csrf", null, null, 200); // the token is renewed at login

        String plan = send("POST", "/api/v1/plans", "application/json",
                bytes("{\"title\":\"PlanCheckLoad " + sizeMB + " MB\",\"activity\":\"aanbouw\"}"), 201);
        long planId = number(plan, "id");
        String designBody;
        if (sizeMB > 0) {
            byte[] glb = glb(nodes, (long) (sizeMB * 1024 * 1024));
            int jsonChunk = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN).getInt(12);
            String boundary = "----PlanCheckLoad" + System.nanoTime();
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            multipart.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.glb\"\r\n"
                    + "Content-Type: model/gltf-binary\r\n\r\n"));
            multipart.writeBytes(glb);
            multipart.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
            long t0 = System.nanoTime();
            String document = send("POST", "/api/v1/plans/" + planId + "/documents", "multipart/form-data; boundary=" + boundary,
                    multipart.toByteArray(), 201);
            System.out.printf(Locale.ROOT, "plan=%d glb=%d bytes (JSON chunk %d bytes, %d nodes/meshes/accessors) upload=%.1fms%n",
                    planId, glb.length, jsonChunk, nodes, (System.nanoTime() - t0) / 1e6);
            long documentId = number(document, "id");
            designBody = "{\"activity\":\"aanbouw\",\"models\":[{\"documentId\":" + documentId + ",\"position\":{\"lon\":" + lon
                    + ",\"lat\":" + lat + "},\"baseHeight\":0,\"heading\":%s,\"scale\":1}]}";
        } else {
            // A drawn box of about the model's footprint (8 m × 6 m), 6 m high, at the same place.
            double dLon = 8 / (111_320 * Math.cos(Math.toRadians(lat)));
            double dLat = 6 / 110_574.0;
            String ring = String.format(Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", lon, lat, lon + dLon, lat,
                    lon + dLon, lat + dLat, lon, lat + dLat, lon, lat);
            System.out.printf("plan=%d no model: one drawn volume%n", planId);
            designBody = "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[" + ring
                    + "]},\"baseHeight\":0,\"height\":%s,\"roof\":{\"type\":\"flat\"}}]}";
        }
        String heading = sizeMB > 0 ? "0" : "6";
        String saved = send("PUT", "/api/v1/plans/" + planId + "/design", "application/json",
                bytes("{\"baseVersion\":0,\"design\":" + String.format(designBody, heading) + "}"), 201);
        int version = (int) number(saved, "version");
        String first = send("POST", "/api/v1/plans/" + planId + "/check", "application/json", new byte[0], 200);
        System.out.printf("check answer: %d bytes, compliant=%s%n", first.length(), match(first, "\"compliant\":(\\w+)"));

        URI check = URI.create(base + "/api/v1/plans/" + planId + "/check");
        run(() -> request(check, "POST", "application/json", new byte[0]), warmup, 200);
        long[] latency = run(() -> request(check, "POST", "application/json", new byte[0]), seconds, 200);
        print("check", latency, seconds);

        // Saves: each is a new version, so each is based on the one before; heading (or height) alternates so
        // every version really changes something.
        URI design = URI.create(base + "/api/v1/plans/" + planId + "/design");
        long[] saveLatency = new long[saves];
        long saveErrors = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < saves; i++) {
            String value = sizeMB > 0 ? (i % 2 == 0 ? "10" : "0") : (i % 2 == 0 ? "5" : "6");
            HttpRequest request = request(design, "PUT", "application/json",
                    bytes("{\"baseVersion\":" + version + ",\"design\":" + String.format(designBody, value) + "}"));
            long s = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            saveLatency[i] = System.nanoTime() - s;
            if (response.statusCode() == 201) {
                version++;
            } else {
                saveLatency[i] = Long.MAX_VALUE;
                if (saveErrors++ == 0) {
                    System.err.println("save: HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }
        }
        double saveSeconds = (System.nanoTime() - t0) / 1e9;
        long[] ok = Arrays.stream(saveLatency).filter(t -> t != Long.MAX_VALUE).sorted().toArray();
        errors = saveErrors;
        if (ok.length > 0) {
            print("save", ok, saveSeconds);
        } else {
            System.out.println("save: no save succeeded, errors=" + saveErrors);
        }
    }

    interface RequestMaker {
        HttpRequest make() throws Exception;
    }

    static long[] run(RequestMaker maker, int seconds, int expect) throws Exception {
        errors = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> samples = new ArrayList<>();
        while (System.nanoTime() < end && samples.size() < 1_000_000) {
            HttpRequest request = maker.make();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (response.statusCode() == expect) {
                samples.add(t);
            } else if (errors++ == 0) {
                System.err.println("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
        }
        return samples.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static void print(String what, long[] sorted, double seconds) {
        if (sorted.length == 0) {
            System.out.printf("%s: no request succeeded, errors=%d%n", what, errors);
            return;
        }
        System.out.printf(Locale.ROOT, "%s: requests=%d throughput=%.1f/s median=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors=%d%n",
                what, sorted.length, sorted.length / seconds, pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6, pct(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6, errors);
    }

    static HttpRequest request(URI uri, String method, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (!method.equals("GET")) {
            b.header("X-XSRF-TOKEN", csrf());
        }
        return b.build();
    }

    /** One setup request; anything but the expected status stops the program. */
    static String send(String method, String path, String contentType, byte[] body, int expect) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (!method.equals("GET")) {
            b.header("X-XSRF-TOKEN", csrf());
        }
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expect) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " (expected " + expect + "): " + response.body());
        }
        return response.body();
    }

    static String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
    }

    /**
     * A valid glTF 2 binary: one box (24 vertices, normals, 36 indices) in the buffer, {@code nodes} meshes each with
     * its own POSITION accessor (min/max), NORMAL and indices accessors over the same bytes, and as many nodes placed in
     * an 8 m × 6 m × 6 m block; the rest of the BIN chunk is seeded random bytes (an unreferenced tail, as textures
     * would be) up to {@code totalBytes}.
     */
    static byte[] glb(int nodes, long totalBytes) {
        float[] pos = new float[24 * 3];
        float[] nor = new float[24 * 3];
        short[] idx = new short[36];
        int v = 0;
        int k = 0;
        for (int axis = 0; axis < 3; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                int base = v;
                for (int corner = 0; corner < 4; corner++) {
                    float a = (corner & 1) == 0 ? -0.5f : 0.5f;
                    float c = (corner & 2) == 0 ? -0.5f : 0.5f;
                    float[] p = new float[3];
                    p[axis] = 0.5f * sign;
                    p[(axis + 1) % 3] = a;
                    p[(axis + 2) % 3] = c;
                    System.arraycopy(p, 0, pos, v * 3, 3);
                    nor[v * 3 + axis] = sign;
                    v++;
                }
                short[] quad = {0, 1, 3, 0, 3, 2};
                for (short q : quad) {
                    idx[k++] = (short) (base + q);
                }
            }
        }
        ByteBuffer geometry = ByteBuffer.allocate(24 * 12 * 2 + 36 * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : pos) {
            geometry.putFloat(f);
        }
        for (float f : nor) {
            geometry.putFloat(f);
        }
        for (short s : idx) {
            geometry.putShort(s);
        }

        StringBuilder json = new StringBuilder();
        StringBuilder nodeList = new StringBuilder();
        StringBuilder meshes = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder materials = new StringBuilder();
        int cols = Math.max(1, (int) Math.ceil(Math.cbrt(nodes)));
        for (int i = 0; i < nodes; i++) {
            String sep = i == 0 ? "" : ",";
            // Boxes of 1 m × 1 m × 1 m scaled into an 8 × 6 × 6 m block: x east, y up, z south.
            double sx = 8.0 / cols;
            double sy = 6.0 / cols;
            double sz = 6.0 / cols;
            double tx = -4 + sx * (i % cols + 0.5);
            double ty = sy * ((i / cols) % cols + 0.5);
            double tz = -3 + sz * (i / (cols * cols) + 0.5);
            nodeList.append(sep).append(String.format(Locale.ROOT,
                    "{\"name\":\"part-%d\",\"mesh\":%d,\"translation\":[%.4f,%.4f,%.4f],\"rotation\":[0,0,0,1],\"scale\":[%.4f,%.4f,%.4f]}",
                    i, i, tx, ty, tz, sx * 0.95, sy * 0.95, sz * 0.95));
            meshes.append(sep).append(String.format(Locale.ROOT,
                    "{\"name\":\"part-%d\",\"primitives\":[{\"attributes\":{\"POSITION\":%d,\"NORMAL\":%d},\"indices\":%d,\"material\":%d,\"mode\":4}]}",
                    i, 3 * i, 3 * i + 1, 3 * i + 2, i % 4));
            accessors.append(sep).append(String.format(Locale.ROOT,
                    "{\"bufferView\":0,\"componentType\":5126,\"count\":24,\"type\":\"VEC3\",\"min\":[-0.5,-0.5,-0.5],\"max\":[0.5,0.5,0.5]},"
                            + "{\"bufferView\":1,\"componentType\":5126,\"count\":24,\"type\":\"VEC3\"},"
                            + "{\"bufferView\":2,\"componentType\":5123,\"count\":36,\"type\":\"SCALAR\"}"));
        }
        String[] colours = {"0.8,0.3,0.2,1", "0.9,0.9,0.85,1", "0.3,0.3,0.35,1", "0.5,0.6,0.7,1"};
        for (int i = 0; i < colours.length; i++) {
            materials.append(i == 0 ? "" : ",").append("{\"name\":\"material-").append(i)
                    .append("\",\"pbrMetallicRoughness\":{\"baseColorFactor\":[").append(colours[i])
                    .append("],\"metallicFactor\":0,\"roughnessFactor\":0.9}}");
        }
        long jsonEstimate = nodeList.length() + meshes.length() + accessors.length() + materials.length() + 2048;
        long binLength = Math.max(geometry.capacity(), totalBytes - 28 - jsonEstimate) & ~3L;
        StringBuilder sceneNodes = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            sceneNodes.append(i == 0 ? "" : ",").append(i);
        }
        json.append("{\"asset\":{\"version\":\"2.0\",\"generator\":\"Stip bench/PlanCheckLoad\"},\"scene\":0,")
                .append("\"scenes\":[{\"name\":\"bench\",\"nodes\":[").append(sceneNodes).append("]}],")
                .append("\"nodes\":[").append(nodeList).append("],")
                .append("\"meshes\":[").append(meshes).append("],")
                .append("\"materials\":[").append(materials).append("],")
                .append("\"accessors\":[").append(accessors).append("],")
                .append("\"bufferViews\":[{\"buffer\":0,\"byteOffset\":0,\"byteLength\":288,\"target\":34962},")
                .append("{\"buffer\":0,\"byteOffset\":288,\"byteLength\":288,\"target\":34962},")
                .append("{\"buffer\":0,\"byteOffset\":576,\"byteLength\":72,\"target\":34963}],")
                .append("\"buffers\":[{\"byteLength\":").append(binLength).append("}]}");
        byte[] jsonBytes = bytes(json.toString());
        int jsonPadded = (jsonBytes.length + 3) & ~3;
        long total = 12 + 8 + jsonPadded + 8 + binLength;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too big");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt((int) total);
        out.putInt(jsonPadded).putInt(0x4E4F534A).put(jsonBytes);
        for (int i = jsonBytes.length; i < jsonPadded; i++) {
            out.put((byte) ' ');
        }
        out.putInt((int) binLength).putInt(0x004E4942);
        out.put(geometry.array());
        byte[] noise = new byte[(int) (binLength - geometry.capacity())];
        new Random(42).nextBytes(noise);
        out.put(noise);
        return out.array();
    }

    static long number(String json, String field) {
        String value = match(json, "\"" + field + "\"\\s*:\\s*(\\d+)");
        if (value == null) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(value);
    }

    static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
