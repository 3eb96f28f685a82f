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

    private Rd() {
    }

    public static boolean inDomain(double x, double y) {
        return DOMAIN.contains(x, y);
    }
}
