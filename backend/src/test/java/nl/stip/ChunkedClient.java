package nl.stip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw HTTP/1.1 client that streams a body chunked (Transfer-Encoding: chunked, no Content-Length) while it reads the
 * answer, and stops sending as soon as the answer starts, as a careful client does when a server refuses early.
 * (java.net.http fails the whole exchange when the server closes the connection while the body is still being sent,
 * losing the answer.) It reports how many body bytes it sent.
 */
public final class ChunkedClient {

    /** The answer and how many bytes of the body went out before it came. */
    public record Result(Http.Response response, long sent) {
    }

    private static final int CHUNK = 64 * 1024;

    private ChunkedClient() {
    }

    /** Sends {@code body} chunked; {@code browser} (may be null) gives the session and CSRF cookies and header. */
    public static Result send(int port, Browser browser, String method, String path, String contentType, InputStream body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
            if (browser != null) {
                List<String> cookies = new ArrayList<>();
                browser.cookie("JSESSIONID").ifPresent(v -> cookies.add("JSESSIONID=" + v));
                browser.cookie("XSRF-TOKEN").ifPresent(v -> {
                    cookies.add("XSRF-TOKEN=" + v);
                    head.append("X-XSRF-TOKEN: ").append(v).append("\r\n");
                });
                if (!cookies.isEmpty()) {
                    head.append("Cookie: ").append(String.join("; ", cookies)).append("\r\n");
                }
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean answered = new AtomicBoolean();
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] buffer = new byte[CHUNK];
                try {
                    int n;
                    while (!answered.get() && (n = body.readNBytes(buffer, 0, CHUNK)) > 0) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(buffer, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(n);
                    }
                    if (!answered.get()) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    // the server closed the connection: its answer is read below
                }
            });
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int first = in.read();
                answered.set(true);
                if (first >= 0) {
                    received.write(first);
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        received.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // a reset after the answer: keep what came
            }
            answered.set(true);
            socket.close(); // unblocks a writer the server no longer reads from
            writer.join();
            return new Result(parse(received.toByteArray()), sent.get());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Transfer-Encoding")
                && e.getValue().stream().anyMatch(v -> v.equalsIgnoreCase("chunked")));
        String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
        String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
        return new Http.Response(status, type, body, headers);
    }

    private static byte[] dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < raw.length) {
            int lineEnd = at;
            while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(raw, lineEnd + 2, Math.min(n, raw.length - lineEnd - 2));
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }
}
