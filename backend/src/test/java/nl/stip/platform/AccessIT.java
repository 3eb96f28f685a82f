package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may call what, for the endpoints that exist so far: the public spatial data is readable by anyone; nothing
 * may be written; operational internals beyond health and metrics stay closed.
 */
class AccessIT extends IntegrationTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,  /api/v1/lookup?x=206341&y=447531, 200",
            "GET,  /api/v1/buildings/0221100000312938, 200",
            "GET,  /ogc, 200",
            "GET,  /v3/api-docs, 200",
            "GET,  /actuator/health, 200",
            "GET,  /actuator/prometheus, 403",
            "GET,  /, 200",
            "GET,  /app/config.js, 200",
            "GET,  /api/v1/search?q=0221100000312938, 200",
            "GET,  /api/v1/viewport/buildings?bbox=6.13%2C52.01%2C6.14%2C52.02, 200",
            "GET,  /actuator/env, 403",
            "GET,  /actuator/beans, 403",
            "POST, /api/v1/lookup?x=206341&y=447531, 403",
            "POST, /api/v1/buildings/0221100000312938, 403",
            "POST, /ogc/collections, 403",
            "GET,  /api/v1/activities, 200",
            "GET,  /api/v1/activities/aanbouw/questions?x=206341&y=447531, 200",
            "POST, /api/v1/activities/aanbouw/answers, 403"})
    void anonymousVisitorsMayReadThePublicDataOnly(String method, String path, int status) {
        Http http = new Http(port);
        Http.Response response = method.equals("GET") ? http.get(path) : http.post(path, "{}");
        assertThat(response.status()).as(method + " " + path).isEqualTo(status);
    }
}
