package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.stip.Browser;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform started with stip.auth.mode=oidc and one provider: login goes to the provider, the local account
 * endpoints are gone. A second Spring context (the only one besides the shared one), on the same database.
 */
@TestPropertySource(properties = {
        "stip.auth.mode=oidc",
        "spring.security.oauth2.client.registration.gateway.client-id=stip",
        "spring.security.oauth2.client.registration.gateway.client-secret=geheim",
        "spring.security.oauth2.client.registration.gateway.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.gateway.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.gateway.scope=openid,email,profile",
        "spring.security.oauth2.client.provider.gateway.authorization-uri=https://login.example.test/authorize",
        "spring.security.oauth2.client.provider.gateway.token-uri=https://login.example.test/token",
        "spring.security.oauth2.client.provider.gateway.jwk-set-uri=https://login.example.test/jwks",
        "spring.security.oauth2.client.provider.gateway.user-info-uri=https://login.example.test/userinfo",
        "spring.security.oauth2.client.provider.gateway.user-name-attribute=email"})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcModeIT {

    @LocalServerPort
    int port;

    /** The shared database and mail server, on a port of its own beside the shared context's. */
    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTest.infrastructure(registry);
    }

    @Test
    void loginRedirectsToTheProvider() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/gateway")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://login.example.test/authorize?").contains("client_id=stip", "scope=openid");
    }

    @Test
    void localAccountEndpointsAreGone() {
        Browser browser = new Browser(port).primed();
        assertThat(browser.post("/api/v1/auth/login", AccountsIT.loginJson("planner@demo.stip.nl", DemoAccounts.PASSWORD)).status()).isEqualTo(404);
        assertThat(browser.post("/api/v1/auth/signup", AccountsIT.signUpJson(AccountsIT.newEmail("oidc"), AccountsIT.PASSWORD, "RESIDENT")).status()).isEqualTo(404);
        assertThat(browser.post("/api/v1/auth/password-reset", "{\"email\":\"planner@demo.stip.nl\"}").status()).isEqualTo(404);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(browser.get("/api/v1/auth/me").json().get("authenticated").booleanValue()).isFalse();
        assertThat(browser.get("/api/v1/lookup?x=206341&y=447531").status()).isEqualTo(200);
    }
}
