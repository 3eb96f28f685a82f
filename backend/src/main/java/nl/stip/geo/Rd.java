package nl.stip.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** RD New (EPSG:28992), the platform's one canonical planar CRS: every stored geometry is in it, in metres. */
public final class Rd {

    public static final int SRID = 28992;
    public static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), SRID);
    /** The RD New domain of validity (the Netherlands and its coastal waters), in RD metres. */
    public static final Envelope DOMAIN = new Envelope(-7_000, 300_000, 289_000, 629_000);
    /** EPSG's area of use of RD New in WGS84 degrees (longitude 3.2–7.22 E, latitude 50.75–53.7 N). */
    public static final Envelope AREA_OF_USE_WGS84 = new Envelope(3.2, 7.22, 50.75, 53.7);

    private Rd() {
    }

    public static boolean inDomain(double x, double y) {
        return DOMAIN.contains(x, y);
    }
}
