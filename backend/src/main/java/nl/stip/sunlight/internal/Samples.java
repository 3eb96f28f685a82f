package nl.stip.sunlight.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Where sun is counted. Facades: every exterior edge of at least 1 m of a footprint, a point every 2 m along it,
 * 0.1 m in front of it, at 1.5 m and at each storey's windowsill above (every 3 m while below the building's height);
 * a facade's norm point is its middle at 1.5 m. Gardens: the centres of a 2 m grid (aligned to RD New's even metres) on
 * the unbuilt part of a parcel, at ground level.
 */
final class Samples {

    static final double SPACING = 2.0;
    static final double SILL = 1.5;
    static final double STOREY = 3.0;
    private static final double OFFSET = 0.1;
    private static final double MIN_FACADE = 1.0;

    private Samples() {
    }

    /** One facade of a building: its samples and its norm point. */
    record Facade(int number, List<Sample> samples, Sample normPoint) {
    }

    static List<Facade> facades(String building, Polygon footprint, Double height) {
        List<Facade> facades = new ArrayList<>();
        Coordinate[] ring = footprint.getExteriorRing().getCoordinates();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(footprint);
        for (int i = 0; i + 1 < ring.length; i++) {
            double ex = ring[i + 1].x - ring[i].x;
            double ey = ring[i + 1].y - ring[i].y;
            double length = Math.hypot(ex, ey);
            if (length < MIN_FACADE) {
                continue;
            }
            double ux = ex / length;
            double uy = ey / length;
            double nx = uy;
            double ny = -ux;
            double mx = ring[i].x + ex / 2;
            double my = ring[i].y + ey / 2;
            if (inside.locate(new Coordinate(mx + nx * OFFSET, my + ny * OFFSET)) != Location.EXTERIOR) {
                nx = -nx;
                ny = -ny;
            }
            int number = facades.size();
            int pieces = Math.max(1, (int) Math.round(length / SPACING));
            double piece = length / pieces;
            List<Sample> samples = new ArrayList<>();
            for (double z = SILL; z == SILL || (height != null && z < height); z += STOREY) {
                for (int k = 0; k < pieces; k++) {
                    double a = k * piece;
                    double c = a + piece / 2;
                    samples.add(new Sample(ring[i].x + ux * c + nx * OFFSET, ring[i].y + uy * c + ny * OFFSET, z, nx, ny, building, number,
                            ring[i].x + ux * a, ring[i].y + uy * a, ring[i].x + ux * (a + piece), ring[i].y + uy * (a + piece)));
                }
            }
            Sample norm = new Sample(mx + nx * OFFSET, my + ny * OFFSET, SILL, nx, ny, building, number,
                    mx - ux * piece / 2, my - uy * piece / 2, mx + ux * piece / 2, my + uy * piece / 2);
            facades.add(new Facade(number, samples, norm));
        }
        return facades;
    }

    /** The grid points of a garden (RD New), none under {@code excluded} (the design's footprints). */
    static List<Sample> garden(String parcel, Geometry garden, Geometry excluded) {
        List<Sample> samples = new ArrayList<>();
        if (garden.isEmpty()) {
            return samples;
        }
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(garden);
        IndexedPointInAreaLocator under = excluded == null ? null : new IndexedPointInAreaLocator(excluded);
        var env = garden.getEnvelopeInternal();
        for (double x = Math.floor(env.getMinX() / SPACING) * SPACING + SPACING / 2; x < env.getMaxX(); x += SPACING) {
            for (double y = Math.floor(env.getMinY() / SPACING) * SPACING + SPACING / 2; y < env.getMaxY(); y += SPACING) {
                Coordinate c = new Coordinate(x, y);
                if (inside.locate(c) == Location.INTERIOR && (under == null || under.locate(c) == Location.EXTERIOR)) {
                    samples.add(new Sample(x, y, 0.0, 0, 0, parcel, -1, x - SPACING / 2, y - SPACING / 2, x + SPACING / 2, y + SPACING / 2));
                }
            }
        }
        return samples;
    }
}
