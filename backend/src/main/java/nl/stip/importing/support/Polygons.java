package nl.stip.importing.support;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Area geometries as the stores want them: checked (valid, inside the RD domain) and of the stored type. */
public final class Polygons {

    private Polygons() {
    }

    /** A Polygon, or a MultiPolygon of exactly one; IllegalArgumentException saying what it is otherwise. */
    public static Polygon single(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return polygon;
        }
        if (geometry instanceof MultiPolygon multi && multi.getNumGeometries() == 1) {
            Polygon polygon = (Polygon) multi.getGeometryN(0);
            polygon.setSRID(multi.getSRID());
            return polygon;
        }
        throw new IllegalArgumentException("geometry is a " + describe(geometry) + ", expected a Polygon");
    }

    /** A Polygon or MultiPolygon as a MultiPolygon; IllegalArgumentException otherwise. */
    public static MultiPolygon multi(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            MultiPolygon multi = Rd.GEOMETRY.createMultiPolygon(new Polygon[] {polygon});
            multi.setSRID(polygon.getSRID());
            return multi;
        }
        throw new IllegalArgumentException("geometry is a " + describe(geometry) + ", expected a Polygon or MultiPolygon");
    }

    /** The geometry, when it is valid, not empty, not degenerate and in the RD domain; else rejected with why not. */
    public static <G extends Geometry> G require(G rd) {
        String problem = problem(rd);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return rd;
    }

    /** Null when the RD geometry is valid, not empty, not degenerate and in the RD domain; else why not. */
    public static String problem(Geometry rd) {
        String problem = Validity.problem(rd);
        if (problem == null && rd.getArea() <= 0) {
            problem = "degenerate geometry (no area)";
        }
        return problem != null ? problem : SourceCrs.outsideDomain(rd);
    }

    private static String describe(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return "MultiPolygon of " + multi.getNumGeometries() + " polygons";
        }
        return geometry.getGeometryType();
    }
}
