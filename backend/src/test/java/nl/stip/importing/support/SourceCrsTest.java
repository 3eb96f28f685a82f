package nl.stip.importing.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.stip.geo.Rd;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

class SourceCrsTest {

    @Test
    void readsTheEpsgCodeFromTheUsualWaysOfNamingACrs() {
        assertThat(SourceCrs.epsgOf("EPSG:28992")).isEqualTo(28992);
        assertThat(SourceCrs.epsgOf("urn:ogc:def:crs:EPSG::28992")).isEqualTo(28992);
        assertThat(SourceCrs.epsgOf("urn:ogc:def:crs:EPSG:6.6:4326")).isEqualTo(4326);
        assertThat(SourceCrs.epsgOf("https://www.opengis.net/def/crs/EPSG/0/7415")).isEqualTo(7415);
        assertThat(SourceCrs.epsgOf("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(4326);
        assertThat(SourceCrs.epsgOf("Amersfoort / RD New")).isNull();
    }

    @Test
    void wgs84IsTransformedToRdAndOutsideTheDomainIsNamed() {
        Point amersfoort = SourceCrs.toRd(Rd.GEOMETRY.createPoint(new Coordinate(5.3872035, 52.1551723)), SourceCrs.WGS84);
        assertThat(amersfoort.getSRID()).isEqualTo(Rd.SRID);
        assertThat(amersfoort.getX()).isCloseTo(155_000, within(0.05));
        assertThat(amersfoort.getY()).isCloseTo(463_000, within(0.05));
        assertThat(SourceCrs.outsideDomain(amersfoort)).isNull();
        assertThat(SourceCrs.outsideDomain(Rd.GEOMETRY.createPoint(new Coordinate(5.38, 52.15)))).contains("outside the RD New domain");
    }

    @Test
    void aCrsThatIsNotSupportedIsRefusedRatherThanReadAsRd() {
        Point webMercator = Rd.GEOMETRY.createPoint(new Coordinate(681_000, 6_830_000));
        assertThatThrownBy(() -> SourceCrs.toRd(webMercator, 3857)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EPSG:3857");
        assertThat(SourceCrs.toRd(Rd.GEOMETRY.createPoint(new Coordinate(155_000, 463_000)), SourceCrs.RD_NAP).getSRID()).isEqualTo(Rd.SRID);
    }
}
