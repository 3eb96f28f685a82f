package nl.stip.geo;

import org.locationtech.jts.geom.Coordinate;

/**
 * Offsets in metres east and north of a WGS84 point, as a 3D viewer places a model in the local east-north-up frame,
 * turned into longitude/latitude on the GRS80/WGS84 ellipsoid. Exact to millimetres within a few hundred metres.
 */
public final class LocalTangentPlane {

    private static final double A = 6_378_137.0;
    private static final double E2 = 6.69437999014e-3;

    private LocalTangentPlane() {
    }

    /** The WGS84 longitude (x) / latitude (y) of the point {@code east}, {@code north} metres from (lon, lat). */
    public static Coordinate offset(double lon, double lat, double east, double north) {
        double phi = Math.toRadians(lat);
        double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
        double meridian = A * (1 - E2) / Math.pow(w, 1.5);
        double prime = A / Math.sqrt(w);
        return new Coordinate(lon + Math.toDegrees(east / (prime * Math.cos(phi))), lat + Math.toDegrees(north / meridian));
    }
}
