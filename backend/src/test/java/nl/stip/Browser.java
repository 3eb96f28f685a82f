package nl.stip;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * A test client that behaves like the web app in a browser: it keeps cookies (JSESSIONID, XSRF-TOKEN) and sends the
 * CSRF cookie's value back in the X-XSRF-TOKEN header on every POST, unless told not to.
 */
public final class Browser {

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private List<String> lastSetCookies = List.of();

    public Browser(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Primes the CSRF cookie, as the web app does before its first POST. */
    public Browser primed() {
        get("/api/v1/auth/csrf");
        return this;
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET whose body is bytes (a PDF): the status, the content type and the bytes. */
    public Binary bytes(String path) {
        try {
            java.net.http.HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Binary(int status, String contentType, byte[] body) {
    }

    public Http.Response post(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    public Http.Response put(String path, String json) {
        return send("PUT", path, json, new String[0]);
    }

    /** Any method with a JSON body (null: none), the CSRF header and extra headers as name, value, name, value. */
    public Http.Response send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    /** A raw body (e.g. multipart/form-data) with the CSRF header. */
    public Http.Response sendBytes(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return send(request);
    }

    public Http.Response postWithoutCsrf(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    /** The browser's cookies for this server, as a Cookie request header (e.g. for a WebSocket handshake). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> !c.getValue().isEmpty())
                .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    }

    /** Logs in with local credentials; fails the test unless the login succeeds. */
    public Browser loggedInAs(String email, String password) {
        primed();
        Http.Response response = post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (response.status() != 200) {
            throw new AssertionError("login of " + email + " answered " + response.status() + ": " + response.text());
        }
        return this;
    }

    /** The raw Set-Cookie headers of the last answer, to check the cookies' attributes. */
    public List<String> lastSetCookies() {
        return lastSetCookies;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Http.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            lastSetCookies = response.headers().allValues("Set-Cookie");
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
