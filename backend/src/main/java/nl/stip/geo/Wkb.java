package nl.stip.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** RD New geometries to and from PostGIS as WKB ({@code ST_AsBinary} / {@code ST_GeomFromWKB(?, 28992)}), null-safe. */
public final class Wkb {

    private Wkb() {
    }

    /** The geometry in WKB bytes from PostGIS (RD New), or null for SQL NULL. */
    public static Geometry read(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader(Rd.GEOMETRY).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    /** The geometry as WKB bytes, or null (SQL NULL) for null. */
    public static byte[] write(Geometry geometry) {
        return geometry == null ? null : new WKBWriter().write(geometry);
    }
}
