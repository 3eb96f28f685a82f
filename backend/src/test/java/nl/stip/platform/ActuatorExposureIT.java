package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What the actuator tells strangers: health's status only, metrics only for the scrape token, no versions. */
class ActuatorExposureIT extends IntegrationTest {

    /** The status, and the names of the probe groups Spring Boot always lists; no component, no detail. */
    static final String ANONYMOUS_HEALTH = "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}";

    @Test
    void anonymousHealthIsTheStatusOnly() {
        Http.Response health = new Http(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().toString()).isEqualTo(ANONYMOUS_HEALTH);
        assertThat(health.text()).doesNotContain("diskSpace", "path", "total", "free", "db", "components", "details");
        assertThat(new Http(port).get("/actuator/health/readiness").json().toString()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(new Http(port).get("/actuator/health/liveness").json().toString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void plannersSeeTheComponentsWithTheDemoLoadUp() {
        Http.Response health = new Browser(port).loggedInAs("planner@demo.stip.nl", "stip-demo-2026").get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("demo").get("status").asString()).as(health.text()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void anInitiatorSeesNoMoreThanAStranger() {
        Http.Response health = new Browser(port).loggedInAs("initiator@demo.stip.nl", "stip-demo-2026").get("/actuator/health");
        assertThat(health.json().toString()).isEqualTo(ANONYMOUS_HEALTH);
    }

    @Test
    void plannersSeeTheDemoLoadInReadiness() {
        Http.Response readiness = new Browser(port).loggedInAs("planner@demo.stip.nl", "stip-demo-2026").get("/actuator/health/readiness");
        assertThat(readiness.json().get("components").get("demo").get("status").asString()).as(readiness.text()).isEqualTo("UP");
        assertThat(readiness.json().get("components").get("readinessState").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusOnlyForTheScrapeToken() {
        assertThat(scrape(null).statusCode()).isEqualTo(403);
        assertThat(scrape("Bearer wrong-token").statusCode()).isEqualTo(403);
        assertThat(scrape("Basic " + java.util.Base64.getEncoder().encodeToString(("x:" + METRICS_TOKEN).getBytes())).statusCode()).isEqualTo(403);
        assertThat(new Browser(port).loggedInAs("planner@demo.stip.nl", "stip-demo-2026").get("/actuator/prometheus").status())
                .as("a login is not the scrape credential").isEqualTo(403);
        HttpResponse<String> scraped = scrape("Bearer " + METRICS_TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void infoTellsNoJvmOrOsVersion() {
        Http.Response info = new Http(port).get("/actuator/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().has("java")).isFalse();
        assertThat(info.json().has("os")).isFalse();
        assertThat(info.text()).doesNotContain(System.getProperty("java.version"), System.getProperty("os.version"));
    }

    private HttpResponse<String> scrape(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
