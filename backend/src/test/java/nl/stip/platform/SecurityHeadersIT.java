package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headers that tell a browser what Stip's pages may do, and the session cookie's attributes. */
class SecurityHeadersIT extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/app/main.js", "/app/config.js", "/api/v1/lookup?x=206341&y=447531", "/ogc", "/api/v1/auth/me"})
    void everyAnswerCarriesThePolicy(String path) {
        Http.Response response = new Browser(port).get(path);
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as("CSP of " + path).isNotNull();
        assertThat(directives(csp)).contains(
                "default-src 'self'",
                "script-src 'self' 'wasm-unsafe-eval' blob:",
                "worker-src 'self' blob:",
                "img-src 'self' data: blob:",
                "connect-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'");
        String scripts = directives(csp).stream().filter(d -> d.startsWith("script-src ")).findFirst().orElseThrow();
        assertThat(scripts).as("no inline script, no eval").doesNotContain("unsafe-inline").doesNotContain("'unsafe-eval'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void swaggerUiRunsNoInlineScript() {
        Http.Response page = new Browser(port).get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.text()).as("no inline script the policy would block").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
        Browser browser = new Browser(port).primed();
        browser.post("/api/v1/auth/login", "{\"email\":\"initiator@demo.stip.nl\",\"password\":\"stip-demo-2026\"}");
        String session = browser.lastSetCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(session).as("stip.public-url is http:// in the tests").doesNotContainIgnoringCase("Secure");
    }

    private static java.util.List<String> directives(String csp) {
        return java.util.Arrays.stream(csp.split(";")).map(String::strip).toList();
    }
}
