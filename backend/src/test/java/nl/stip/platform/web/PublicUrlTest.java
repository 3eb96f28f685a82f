package nl.stip.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Links in mails, OGC answers and the live origin check all start from one reading of STIP_PUBLIC_URL. */
class PublicUrlTest {

    @Test
    void trailing_slashes_and_spaces_never_double_a_slash_in_a_link() {
        PublicUrl url = new PublicUrl(" https://Stip.Doesburg.nl// ");
        assertThat(url.base()).isEqualTo("https://Stip.Doesburg.nl");
        assertThat(url.root()).isEqualTo("https://Stip.Doesburg.nl/");
        assertThat(url.link("/?plan=4")).isEqualTo("https://Stip.Doesburg.nl/?plan=4");
        assertThat(url.origin()).isEqualTo("https://stip.doesburg.nl");
        assertThat(url.isHttps()).isTrue();
    }

    @Test
    void a_port_and_a_path_are_kept() {
        PublicUrl url = new PublicUrl("http://localhost:8080/stip/");
        assertThat(url.link("/api/v1/x")).isEqualTo("http://localhost:8080/stip/api/v1/x");
        assertThat(url.origin()).isEqualTo("http://localhost:8080");
        assertThat(url.isHttps()).isFalse();
    }

    @Test
    void an_address_that_is_not_absolute_http_stops_the_start_with_the_setting_named() {
        for (String bad : new String[] {"", "stip.doesburg.nl", "ftp://stip.doesburg.nl", "https://", "http://exa mple.nl"}) {
            assertThatThrownBy(() -> new PublicUrl(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("STIP_PUBLIC_URL");
        }
    }
}
