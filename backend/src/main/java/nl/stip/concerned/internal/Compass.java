package nl.stip.concerned.internal;

import java.util.List;

/** Directions (Dutch compass points) and distance rings of the concerned set: pure arithmetic, unit-tested. */
final class Compass {

    /** The eight compass points in Dutch, clockwise from north. */
    static final List<String> POINTS = List.of("N", "NO", "O", "ZO", "Z", "ZW", "W", "NW");
    /** The public rings, nearest first; "100+" holds only touching parcels beyond 100 m or a distance set above 100 m. */
    static final List<String> RINGS = List.of("0-25", "25-50", "50-100", "100+");

    private Compass() {
    }

    /** The compass point of (x, y) seen from (fromX, fromY) in RD New (x east, y north); "N" when they coincide. */
    static String direction(double fromX, double fromY, double x, double y) {
        double dx = x - fromX;
        double dy = y - fromY;
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return "N";
        }
        double azimuth = Math.toDegrees(Math.atan2(dx, dy)); // clockwise from north, -180..180
        int sector = (int) Math.floorMod(Math.round(azimuth / 45.0), 8L);
        return POINTS.get(sector);
    }

    /** The ring of a distance in metres: [0, 25), [25, 50), [50, 100], beyond. */
    static String ring(double metres) {
        if (metres < 25) {
            return RINGS.get(0);
        }
        if (metres < 50) {
            return RINGS.get(1);
        }
        return metres <= 100 ? RINGS.get(2) : RINGS.get(3);
    }

    /** A count the public may see: "< 5" for anything below five, so no household is singled out. */
    static String publicCount(long count) {
        return count < 5 ? "< 5" : Long.toString(count);
    }
}
