package nl.stip;

import java.util.Locale;

import nl.stip.geo.CrsTransform;
import org.locationtech.jts.geom.Coordinate;

/** Geometry for test requests, made in RD New and sent as the API expects it (GeoJSON in WGS84). */
public final class TestGeometry {

    private TestGeometry() {
    }

    /** A w × h rectangle (RD metres) centred on (x, y), as a GeoJSON Polygon in WGS84. */
    public static String rect(double x, double y, double w, double h) {
        double[][] rd = {{x - w / 2, y - h / 2}, {x + w / 2, y - h / 2}, {x + w / 2, y + h / 2}, {x - w / 2, y + h / 2}, {x - w / 2, y - h / 2}};
        StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < rd.length; i++) {
            Coordinate c = CrsTransform.toWgs84(rd[i][0], rd[i][1]);
            out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.9f,%.9f]", c.x, c.y));
        }
        return out.append("]]}").toString();
    }
}
