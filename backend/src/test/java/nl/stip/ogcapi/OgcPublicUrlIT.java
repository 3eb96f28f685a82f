package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.stip.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links in OGC API answers start with the configured public address (stip.public-url), whatever Host header a client
 * sends: a request with {@code Host: evil.example} must not make a landing page, collection or feature point there.
 */
class OgcPublicUrlIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ogc", "/ogc/collections", "/ogc/collections/buildings",
            "/ogc/collections/buildings/items?limit=3", "/ogc/collections/buildings/items/0221100000312938",
            "/ogc/collections/parcels/items?limit=2", "/ogc/collections/rule-areas/items?limit=2", "/ogc/api"})
    void linksComeFromThePublicUrlNotTheHostHeader(String path) {
        String body = getWithHost(path, "evil.example");
        assertThat(body).doesNotContain("evil.example");
        List<String> hrefs = hrefs(JSON.readTree(body));
        if (!path.equals("/ogc/api")) {
            assertThat(hrefs).as("links of " + path).isNotEmpty();
        }
        assertThat(hrefs).as("local links of " + path).filteredOn(href -> !href.startsWith("http://www.opengis.net/"))
                .allSatisfy(href -> assertThat(href + "/").startsWith("http://127.0.0.1:" + port + "/"));
    }

    /** Every "href" (and OpenAPI "servers[].url") in the document. */
    private static List<String> hrefs(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(member -> {
                if ((member.getKey().equals("href") || member.getKey().equals("url")) && member.getValue().isString()) {
                    found.add(member.getValue().asString());
                } else {
                    found.addAll(hrefs(member.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> found.addAll(hrefs(element)));
        }
        return found;
    }

    /** A plain HTTP/1.0 GET with a Host header of our choice (java.net.http refuses to set one); the body. */
    private String getWithHost(String path, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            assertThat(response).as(path).startsWith("HTTP/1.1 200");
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
