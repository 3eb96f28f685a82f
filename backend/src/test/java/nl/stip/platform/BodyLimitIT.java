package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.stip.Browser;
import nl.stip.ChunkedClient;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The body limit (stip.api.max-json-body-bytes, 2 MB) holds on every API path, with or without Content-Length: an
 * oversized body is refused with 413 problem details, a chunked one as soon as it passes the limit, and nothing of
 * it is stored. Multipart uploads have Spring's multipart limit (11 MB), also when chunked.
 */
class BodyLimitIT extends IntegrationTest {

    static final long LIMIT = 2 * 1024 * 1024;
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PASSWORD = "stip-demo-2026";

    @Autowired
    JdbcClient jdbc;

    Long plan;

    @AfterEach
    void deleteThePlan() {
        if (plan != null) {
            jdbc.sql("DELETE FROM plan WHERE id = ?").param(plan).update();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans", "/api/v1/auth/login", "/api/v1/check"})
    void aBodyOverTwoMegabytesIs413WithProblemDetails(String path) {
        String body = "{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        Http.Response response = new Http(port).post(path, body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most 2097152 bytes");
        assertThat(response.json().get("instance").asString()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/auth/login", "/api/v1/check"})
    void anAnonymousChunkedBodyIsRefusedOnceItPassesTheLimit(String path) {
        Generated body = new Generated("{\"email\":\"someone@example.org\",\"password\":\"", 'a', 25L * 1024 * 1024, "\"}");
        ChunkedClient.Result result = ChunkedClient.send(port, new Browser(port).primed(), "POST", path, "application/json", body.open());
        Http.Response response = result.response();
        assertThat(response.status()).as(response.text()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most 2097152 bytes");
        assertThat(result.sent()).as("refused long before the end of the body").isLessThan(body.total() / 2);
    }

    @Test
    void aChunkedDesignOverTheLimitIsRefusedAndNothingIsStored() {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        plan = createPlan(owner);
        // A design as the viewer sends it, with 40 MB of (valid) whitespace after the volumes.
        Generated body = new Generated("{\"baseVersion\":0,\"design\":" + design(), ' ', 40L * 1024 * 1024, "}");
        ChunkedClient.Result result = ChunkedClient.send(port, owner, "PUT", "/api/v1/plans/" + plan + "/design", "application/json", body.open());
        Http.Response response = result.response();
        assertThat(response.status()).as(response.text()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(result.sent()).isLessThan(body.total() / 2);
        Http.Response stored = owner.get("/api/v1/plans/" + plan);
        assertThat(stored.json().get("currentVersion").asInt()).as("no version saved").isZero();
    }

    @Test
    void aChunkedDesignWithinTheLimitIsSaved() {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        plan = createPlan(owner);
        Generated body = new Generated("{\"baseVersion\":0,\"design\":" + design(), ' ', LIMIT / 2, "}");
        Http.Response response = ChunkedClient.send(port, owner, "PUT", "/api/v1/plans/" + plan + "/design", "application/json", body.open()).response();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    @Test
    void aChunkedMultipartUploadOverTheMultipartLimitIsRefusedAndNothingIsStored() {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        plan = createPlan(owner);
        Generated body = new Generated("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n", 'a', 40L * 1024 * 1024, "\r\n--XyZ--\r\n");
        ChunkedClient.Result result = ChunkedClient.send(port, owner, "POST", "/api/v1/plans/" + plan + "/documents",
                "multipart/form-data; boundary=XyZ", body.open());
        Http.Response response = result.response();
        assertThat(response.status()).as(response.text()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(result.sent()).isLessThan(body.total() / 2);
        assertThat(owner.get("/api/v1/plans/" + plan + "/documents").json().size()).as("no document stored").isZero();
    }

    private long createPlan(Browser owner) {
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"Groot ontwerp\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String design() {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        return "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + TestGeometry.rect(garden.x, garden.y, 3, 4)
                + ",\"baseHeight\":0,\"height\":3,\"roof\":{\"type\":\"flat\"}}]}";
    }

    /** A body made as it is read: prefix, {@code count} filler bytes, suffix; generated as it is read. */
    static final class Generated {
        private final byte[] prefix;
        private final byte filler;
        private final long count;
        private final byte[] suffix;

        Generated(String prefix, char filler, long count, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.filler = (byte) filler;
            this.count = count;
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        }

        long total() {
            return prefix.length + count + suffix.length;
        }

        InputStream open() {
            return new InputStream() {
                private long position;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (position >= total()) {
                        return -1;
                    }
                    int n = (int) Math.min(length, total() - position);
                    for (int i = 0; i < n; i++) {
                        long at = position + i;
                        buffer[offset + i] = at < prefix.length ? prefix[(int) at]
                                : at < prefix.length + count ? filler : suffix[(int) (at - prefix.length - count)];
                    }
                    position += n;
                    return n;
                }
            };
        }
    }
}
