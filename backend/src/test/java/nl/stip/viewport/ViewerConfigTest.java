package nl.stip.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The viewer's base-map settings as the ES module it imports. */
class ViewerConfigTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void byDefaultTheBaseMapIsTheBundledOfflineImage() {
        assertThat(new ViewerConfig("natural-earth", "", "", 19).asModule(JSON))
                .contains("export default Object.freeze({\"baseLayer\":{\"type\":\"natural-earth\"}});");
    }

    @Test
    void aDeploymentCanUsePdokTiles() {
        String url = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
        assertThat(new ViewerConfig("xyz", url, "Kaartgegevens: Kadaster", 19).asModule(JSON))
                .contains("\"type\":\"xyz\"").contains("\"url\":\"" + url + "\"").contains("\"maximumLevel\":19");
    }

    @Test
    void theViewerKnowsThePublicAddressForTheLinksItSends() {
        assertThat(new ViewerConfig("natural-earth", "", "", 19, "https://stip.doesburg.nl").asModule(JSON))
                .contains("\"publicUrl\":\"https://stip.doesburg.nl\"");
    }

    @Test
    void settingsCannotInjectScript() {
        assertThat(new ViewerConfig("tms", "/tiles\"</script><script>alert(1)", "x", 19).asModule(JSON))
                .doesNotContain("</script>").contains("\\\"\\u003c/script>");
    }

    @Test
    void badSettingsStopTheStartWithTheReason() {
        assertThatThrownBy(() -> new ViewerConfig("wms", "", "", 19)).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> new ViewerConfig("xyz", " ", "", 19)).hasMessageContaining("url is needed");
        assertThatThrownBy(() -> new ViewerConfig("xyz", "https://x/{z}/{x}/{y}.png", "", 30)).hasMessageContaining("0..24");
    }
}
