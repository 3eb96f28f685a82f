package nl.stip.check;

import static nl.stip.check.CheckIT.HOUSE_X;
import static nl.stip.check.CheckIT.HOUSE_Y;
import static nl.stip.check.CheckIT.design;
import static nl.stip.check.CheckIT.rect;
import static nl.stip.check.CheckIT.volume;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.stream.Stream;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad design is refused with 400 problem details naming where (volumes[1].footprint …) and what. The
 * good volume comes first, so the names prove the index. Designs sit on the house of {@link CheckIT}.
 */
class CheckBadInputIT extends IntegrationTest {

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static final String GOOD = volume(rect(HOUSE_X, HOUSE_Y, 2, 2), 4);

    static String positions(double... rdXy) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rdXy.length; i += 2) {
            Coordinate c = CrsTransform.toWgs84(HOUSE_X + rdXy[i], HOUSE_Y + rdXy[i + 1]);
            out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.9f,%.9f]", c.x, c.y));
        }
        return out.append("]").toString();
    }

    static String polygon(double... rdOffsets) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + positions(rdOffsets) + "]}";
    }

    static String second(String volume) {
        return design("aanbouw", GOOD, volume);
    }

    static String heights(String base, String height, String roof) {
        return "{\"footprint\":" + rect(HOUSE_X, HOUSE_Y, 2, 2) + ",\"baseHeight\":" + base + ",\"height\":" + height + ",\"roof\":" + roof + "}";
    }

    static Stream<Arguments> badDesigns() {
        return Stream.of(
                Arguments.of("unknown activity", design("zwembad", GOOD), "activity", "zwembad"),
                Arguments.of("no volumes", design("aanbouw"), "volumes", "at least one"),
                Arguments.of("more than 50 volumes", design("aanbouw", Collections.nCopies(51, GOOD).toArray(String[]::new)), "volumes", "at most 50"),
                Arguments.of("not a polygon", second("{\"footprint\":{\"type\":\"Point\",\"coordinates\":[]},\"baseHeight\":0,\"height\":3}"),
                        "volumes[1].footprint", "not a GeoJSON Polygon"),
                Arguments.of("a point's coordinates", second("{\"footprint\":{\"type\":\"Point\",\"coordinates\":[6.1,52.0]},\"baseHeight\":0,\"height\":3}"),
                        "volumes[1].footprint.coordinates[0]", "expected a list"),
                Arguments.of("two corners", second(volume(polygon(0, 0, 3, 0, 0, 0), 3)), "volumes[1].footprint", "2 distinct corners"),
                Arguments.of("a corner that is not a position", second(volume("{\"type\":\"Polygon\",\"coordinates\":[[[6.1,52.0],[6.1],[6.2,52.1]]]}", 3)),
                        "volumes[1].footprint.coordinates[0][1]", "a position is [longitude, latitude]"),
                Arguments.of("lat/lon swapped", second(volume("{\"type\":\"Polygon\",\"coordinates\":[[[52.0,6.1],[52.0,6.2],[52.1,6.2]]]}", 3)),
                        "volumes[1].footprint", "corner 1"),
                Arguments.of("self-intersecting", second(volume(polygon(0, 0, 4, 4, 4, 0, 0, 2, 0, 0), 3)), "volumes[1].footprint", "crosses itself near lon 6."),
                Arguments.of("a symmetric bow-tie (its lobes cancel out to area 0)", second(volume(polygon(0, 0, 4, 4, 4, 0, 0, 4, 0, 0), 3)),
                        "volumes[1].footprint", "crosses itself near lon 6."),
                Arguments.of("no area", second(volume(polygon(0, 0, 1, 1, 2, 2, 0, 0), 3)), "volumes[1].footprint", "no area"),
                Arguments.of("over 20,000 m²", second(volume(polygon(0, 0, 160, 0, 160, 160, 0, 160), 3)), "volumes[1].footprint", "20000 m²"),
                Arguments.of("a side over 500 m", second(volume(polygon(0, 0, 520, 0, 520, 5, 0, 5), 3)), "volumes[1].footprint", "corner 1 to corner 2"),
                Arguments.of("outside the municipality", second(volume(polygon(-40000, 0, -39990, 0, -39990, 10), 3)), "volumes[1].footprint", "outside the municipality"),
                Arguments.of("negative base", second(heights("-1", "3", "null")), "volumes[1].baseHeight", "between 0 and 150"),
                Arguments.of("height over 150 m", second(heights("0", "151", "null")), "volumes[1].height", "between 0 and 150"),
                Arguments.of("no height", second(heights("0", "null", "null")), "volumes[1].height", "no height"),
                Arguments.of("a height of 1e-300 m", second(heights("0", "1e-300", "null")), "volumes[1].height", "at least 0.01 m"),
                Arguments.of("a height under 10 cm", second(heights("0", "0.05", "null")), "volumes[1].height", "between 0.1 and 150"),
                Arguments.of("a base of 1e-300 m", second(heights("1e-300", "3", "null")), "volumes[1].baseHeight", "at least 0.01 m"),
                Arguments.of("a volume under 10 cm tall", second(heights("2.95", "3", "null")), "volumes[1].baseHeight", "by at least 0.1 m"),
                Arguments.of("eaves of 1e-300 m", second(heights("0", "8", "{\"type\":\"pitched\",\"eavesHeight\":1e-300}")),
                        "volumes[1].roof.eavesHeight", "at least 0.01 m"),
                Arguments.of("base at the top", second(heights("3", "3", "null")), "volumes[1].baseHeight", "not below height"),
                Arguments.of("eaves above ridge", second(heights("0", "8", "{\"type\":\"pitched\",\"eavesHeight\":7,\"ridgeHeight\":6}")),
                        "volumes[1].roof.eavesHeight", "above the ridge"),
                Arguments.of("pitched without eaves", second(heights("0", "8", "{\"type\":\"pitched\"}")), "volumes[1].roof.eavesHeight", "needs an eavesHeight"),
                Arguments.of("unknown roof", second(heights("0", "8", "{\"type\":\"dome\"}")), "volumes[1].roof.type", "dome"),
                Arguments.of("text for a height", second(heights("0", "\"hoog\"", "null")), "volumes[1].height", "expected a number"),
                Arguments.of("not JSON", "{\"activity\": ", "body", "cannot be read"),
                Arguments.of("empty body", "", "body", "no design"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDesigns")
    void aBadDesignIsRefusedNamingTheField(String why, String body, String parameter, String detail) {
        Http.Response response = http.post("/api/v1/check", body);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    @Test
    void anOpenRingIsClosed() {
        Http.Response response = http.post("/api/v1/check", second(volume("{\"type\":\"Polygon\",\"coordinates\":[" + positions(0, 0, 2, 0, 2, 2, 0, 2) + "]}", 3)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheApiLimitOfTwoMegabytesIsRefusedAsTooLarge() {
        String padding = " ".repeat(2 * 1024 * 1024);
        Http.Response response = http.post("/api/v1/check", design("aanbouw", GOOD) + padding);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownParcelIsRefused() {
        Http.Response response = http.post("/api/v1/check?parcels=999999999", design("aanbouw", GOOD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("parcels");
    }
}
