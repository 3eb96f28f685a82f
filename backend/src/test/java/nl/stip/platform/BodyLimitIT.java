package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An oversized JSON body is refused with 413 before anything reads it, on every API path. */
class BodyLimitIT extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans", "/api/v1/auth/login", "/api/v1/check"})
    void aBodyOverTwoMegabytesIs413WithProblemDetails(String path) {
        String body = "{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        Http.Response response = new Http(port).post(path, body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("at most 2097152 bytes");
    }
}
