package nl.stip.importing.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The CRSs vector sources may be in (RD New and WGS84), and bringing their geometries into RD New. */
public final class SourceCrs {

    public static final int WGS84 = 4326;
    /** RD New + NAP heights: RD New for x/y. */
    public static final int RD_NAP = 7415;

    private static final Pattern EPSG = Pattern.compile("EPSG(?::+|/[\\d.]+/|:[\\d.]*:)(\\d+)$", Pattern.CASE_INSENSITIVE);

    private SourceCrs() {
    }

    public static boolean supported(int epsg) {
        return epsg == Rd.SRID || epsg == RD_NAP || epsg == WGS84;
    }

    /**
     * The EPSG code named by a CRS identifier such as "EPSG:28992", "urn:ogc:def:crs:EPSG::28992",
     * "http://www.opengis.net/def/crs/EPSG/0/7415" or OGC's CRS84 (→ 4326); null when it names none.
     */
    public static Integer epsgOf(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.toUpperCase().endsWith("CRS84")) {
            return WGS84;
        }
        Matcher m = EPSG.matcher(trimmed);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Brings a geometry in {@code epsg} (a supported code) into RD New, in place; stamps SRID 28992. */
    public static <G extends Geometry> G toRd(G geometry, int epsg) {
        if (epsg == WGS84) {
            return CrsTransform.wgs84ToRd(geometry);
        }
        if (!supported(epsg)) {
            throw new IllegalArgumentException("EPSG:" + epsg + " is not supported (use EPSG:28992 or EPSG:4326)");
        }
        geometry.setSRID(Rd.SRID);
        return geometry;
    }

    /** Null when the geometry lies in the RD New domain, else why not. */
    public static String outsideDomain(Geometry rdGeometry) {
        Envelope e = rdGeometry.getEnvelopeInternal();
        if (Rd.DOMAIN.contains(e)) {
            return null;
        }
        return String.format("coordinates outside the RD New domain (%.1f %.1f .. %.1f %.1f); wrong CRS?",
                e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
