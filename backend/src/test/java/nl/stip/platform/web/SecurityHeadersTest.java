package nl.stip.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parts of the headers that depend on configuration: the base map's tile host and the Secure cookie. */
class SecurityHeadersTest {

    @Test
    void aConfiguredTileServiceMayBeFetchedFromItsOriginOnly() {
        String policy = new SecurityHeaders("xyz",
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png").policy();
        assertThat(policy).contains("connect-src 'self' https://service.pdok.nl;", "img-src 'self' data: blob: https://service.pdok.nl;");
        assertThat(SecurityHeaders.tileOrigin("http://tiles.example:8081/{z}/{x}/{y}.png")).isEqualTo("http://tiles.example:8081");
        assertThat(SecurityHeaders.tileOrigin("https://{s}.tile.example/{z}/{x}/{y}.png")).as("no wildcard from a template").isEmpty();
    }

    @Test
    void theBundledBaseMapNeedsNoOtherHost() {
        String policy = new SecurityHeaders("natural-earth", "https://ignored.example/{z}/{x}/{y}.png").policy();
        assertThat(policy).contains("connect-src 'self';").doesNotContain("ignored.example");
    }

    @Test
    void theSessionCookieIsSecureForAnHttpsPublicUrlUnlessOverridden() {
        assertThat(SessionCookie.secure("", "https://stip.doesburg.nl")).isTrue();
        assertThat(SessionCookie.secure(null, "HTTPS://stip.doesburg.nl/")).isTrue();
        assertThat(SessionCookie.secure("", "http://localhost:8080")).isFalse();
        assertThat(SessionCookie.secure("false", "https://stip.doesburg.nl")).isFalse();
        assertThat(SessionCookie.secure("true", "http://localhost:8080")).isTrue();
        assertThatThrownBy(() -> SessionCookie.secure("yes", "http://localhost:8080")).hasMessageContaining("stip.cookie.secure");
    }
}
