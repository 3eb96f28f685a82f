package nl.stip.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON geometries for answers computed in Java: an RD New geometry becomes a WGS84 (lon/lat) GeoJSON object,
 * rounded to 7 decimals (~1 cm) like {@link SpatialSql#wgs84GeoJson(String)}, as plain maps for Jackson.
 */
public final class GeoJson {

    private GeoJson() {
    }

    /** The RD New geometry as a WGS84 GeoJSON geometry object. */
    public static Map<String, Object> wgs84(Geometry rd) {
        return write(CrsTransform.rdToWgs84(rd));
    }

    private static Map<String, Object> write(Geometry g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", g.getGeometryType());
        if (g instanceof Point p) {
            out.put("coordinates", position(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            out.put("coordinates", positions(l.getCoordinates()));
        } else if (g instanceof Polygon p) {
            out.put("coordinates", rings(p));
        } else if (g instanceof MultiPolygon || g instanceof MultiLineString
                || g.getClass() == org.locationtech.jts.geom.MultiPoint.class) {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)).get("coordinates"));
            }
            out.put("coordinates", parts);
        } else if (g instanceof GeometryCollection) {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)));
            }
            out.put("geometries", parts);
        }
        return out;
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<Object> positions(Coordinate[] coordinates) {
        List<Object> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(position(c));
        }
        return out;
    }

    private static double[] position(Coordinate c) {
        return new double[] {round7(c.x), round7(c.y)};
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}
