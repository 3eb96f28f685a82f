package nl.stip.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** RD New → WGS84 GeoJSON for answers computed in Java, and back, within a centimetre. */
class GeoJsonTest {

    final Polygon rd = Rd.GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(205830, 446330), new Coordinate(205834, 446330),
            new Coordinate(205834, 446333), new Coordinate(205830, 446330)});

    @Test
    void writesAPolygonInLongitudeLatitudeOrderRoundedToSevenDecimals() {
        Map<String, Object> json = GeoJson.wgs84(rd);
        assertThat(json.get("type")).isEqualTo("Polygon");
        double[] first = (double[]) ((List<?>) ((List<?>) json.get("coordinates")).get(0)).get(0);
        assertThat(first[0]).isBetween(6.1, 6.2);
        assertThat(first[1]).isBetween(52.0, 52.1);
        assertThat(first[0] * 1e7).isEqualTo(Math.rint(first[0] * 1e7));
    }

    @Test
    void aConversionToWgs84AndBackStaysWithinACentimetreAndLeavesTheOriginal() {
        Polygon wgs84 = CrsTransform.rdToWgs84(rd);
        assertThat(wgs84.getSRID()).isEqualTo(4326);
        assertThat(rd.getCoordinates()[0].x).isEqualTo(205830);
        Polygon back = CrsTransform.wgs84ToRd(wgs84);
        for (int i = 0; i < rd.getNumPoints(); i++) {
            assertThat(back.getCoordinates()[i].distance(rd.getCoordinates()[i])).isLessThan(0.01);
        }
    }
}
