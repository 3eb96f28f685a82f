package nl.stip.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The one place where Java code converts coordinates between WGS84 (EPSG:4326, lon/lat order here) and RD New.
 * SQL that converts for output uses {@link SpatialSql}. Instances are cheap; proj4j transforms are not thread-safe,
 * so each thread gets its own.
 */
public final class CrsTransform {

    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem RD_NEW = CRS.createFromName("EPSG:28992");
    private static final ThreadLocal<CoordinateTransform> TO_RD =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(WGS84, RD_NEW));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(RD_NEW, WGS84));

    private CrsTransform() {
    }

    /** WGS84 longitude/latitude in degrees to RD New x/y in metres. */
    public static Coordinate toRd(double lon, double lat) {
        ProjCoordinate out = TO_RD.get().transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** RD New x/y in metres to WGS84 longitude (x) / latitude (y) in degrees. */
    public static Coordinate toWgs84(double x, double y) {
        ProjCoordinate out = TO_WGS84.get().transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** Converts a geometry in WGS84 lon/lat to RD New in place and stamps its SRID. */
    public static <G extends Geometry> G wgs84ToRd(G geometry) {
        transformInPlace(geometry, TO_RD.get());
        geometry.setSRID(Rd.SRID);
        return geometry;
    }

    /** A copy of an RD New geometry in WGS84 lon/lat (SRID 4326); the argument is left as it was. */
    @SuppressWarnings("unchecked")
    public static <G extends Geometry> G rdToWgs84(G geometry) {
        G copy = (G) geometry.copy();
        transformInPlace(copy, TO_WGS84.get());
        copy.setSRID(4326);
        return copy;
    }

    private static void transformInPlace(Geometry geometry, CoordinateTransform transform) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        geometry.geometryChanged();
    }
}
