package nl.stip.sunlight.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * An LoD1 block that can cast a shadow: the exterior ring of one footprint polygon (RD New, metres) standing on flat
 * ground up to {@code height}. {@code id} is the building's identificatie, or "design:N" for volume N of the design.
 * Its bounding circle lets most rays be refused with a few multiplications.
 */
final class Block {

    final String id;
    final double height;
    final double cx;
    final double cy;
    final double radius;
    final Polygon footprint;
    private final double[] xs;
    private final double[] ys;

    Block(String id, Polygon footprint, double height) {
        this.id = id;
        this.height = height;
        this.footprint = footprint;
        Coordinate[] ring = footprint.getExteriorRing().getCoordinates();
        xs = new double[ring.length];
        ys = new double[ring.length];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i++) {
            xs[i] = ring[i].x;
            ys[i] = ring[i].y;
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        cx = (minX + maxX) / 2;
        cy = (minY + maxY) / 2;
        radius = Math.hypot(maxX - minX, maxY - minY) / 2;
    }

    /**
     * Whether this block keeps the sun from a point at ({@code px}, {@code py}) and {@code z} metres above ground: the ray
     * toward the sun enters the footprint at horizontal distance t while still lower than the block's top. For a
     * block the ray is lowest where it enters, so the first entry decides.
     */
    boolean blocks(double px, double py, double z, SunStep sun) {
        if (height <= z) {
            return false;
        }
        double wx = cx - px;
        double wy = cy - py;
        double along = wx * sun.east() + wy * sun.north();
        if (along < -radius) {
            return false;
        }
        double across = Math.abs(wx * sun.north() - wy * sun.east());
        if (across > radius) {
            return false;
        }
        if (z + Math.max(0, along - radius) * sun.tanAltitude() >= height) {
            return false;
        }
        double entry = entry(px, py, sun.east(), sun.north());
        return entry < Double.POSITIVE_INFINITY && z + entry * sun.tanAltitude() < height;
    }

    /** The smallest distance t ≥ 0 at which the ray from (px, py) along (dx, dy) crosses the ring; infinity if none. */
    private double entry(double px, double py, double dx, double dy) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < xs.length; i++) {
            double ex = xs[i + 1] - xs[i];
            double ey = ys[i + 1] - ys[i];
            double denom = dx * ey - dy * ex;
            if (Math.abs(denom) < 1e-12) {
                continue;
            }
            double wx = xs[i] - px;
            double wy = ys[i] - py;
            double t = (wx * ey - wy * ex) / denom;
            double u = (wx * dy - wy * dx) / denom;
            if (t >= 0 && u >= 0 && u <= 1 && t < best) {
                best = t;
            }
        }
        return best;
    }
}
