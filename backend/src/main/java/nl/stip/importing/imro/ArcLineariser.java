package nl.stip.importing.imro;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * Turns circular arcs given by three points (GML {@code Arc}, {@code ArcString}, {@code Circle}) into chords. The
 * angle step follows from the sagitta: a chord of angle θ on radius r lies at most r·(1 − cos(θ/2)) from the arc,
 * so θ = 2·acos(1 − d/r) keeps every chord within {@link #MAX_DEVIATION} of the true curve. Intermediate vertices
 * lie on the circle; the given start and end points are kept exactly, so rings stay closed and shared boundaries
 * with neighbouring objects stay shared.
 */
final class ArcLineariser {

    /** The largest distance, in metres, between the true arc and its chords. */
    static final double MAX_DEVIATION = 0.01;

    /** Points this close to a straight line (relative to their spread) are taken as a straight segment. */
    private static final double COLLINEAR = 1e-12;

    private ArcLineariser() {
    }

    /** The arc from {@code a} through {@code b} to {@code c}, as points from a to c inclusive. */
    static List<Coordinate> arc(Coordinate a, Coordinate b, Coordinate c) {
        Coordinate centre = centre(a, b, c);
        if (centre == null) {
            return a.equals2D(c) ? List.of(a, b, c) : List.of(a, c);
        }
        double radius = centre.distance(a);
        double start = angle(centre, a);
        double end = angle(centre, c);
        double sweep = counterClockwise(a, b, c) ? positive(end - start) : -positive(start - end);
        return points(centre, radius, start, sweep, a, c);
    }

    /** The full circle through the three points, starting and ending at {@code a}. */
    static List<Coordinate> circle(Coordinate a, Coordinate b, Coordinate c) {
        Coordinate centre = centre(a, b, c);
        if (centre == null) {
            throw new IllegalArgumentException("Circle through three points on a line (" + a + ", " + b + ", " + c + ")");
        }
        double sweep = counterClockwise(a, b, c) ? 2 * Math.PI : -2 * Math.PI;
        return points(centre, centre.distance(a), angle(centre, a), sweep, a, a);
    }

    /** The angle step for a radius: the largest whose chord deviates no more than MAX_DEVIATION from the arc. */
    static double step(double radius) {
        if (radius <= MAX_DEVIATION) {
            return Math.PI / 2;
        }
        return Math.min(Math.PI / 2, 2 * Math.acos(1 - MAX_DEVIATION / radius));
    }

    private static List<Coordinate> points(Coordinate centre, double radius, double start, double sweep, Coordinate first,
            Coordinate last) {
        int segments = Math.max(1, (int) Math.ceil(Math.abs(sweep) / step(radius)));
        List<Coordinate> points = new ArrayList<>(segments + 1);
        points.add(first);
        for (int i = 1; i < segments; i++) {
            double angle = start + sweep * i / segments;
            points.add(new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)));
        }
        points.add(last);
        return points;
    }

    /** The centre of the circle through three points, or null when they lie (nearly) on one line. */
    static Coordinate centre(Coordinate a, Coordinate b, Coordinate c) {
        // relative to a, so large RD coordinates do not eat the precision
        double bx = b.x - a.x;
        double by = b.y - a.y;
        double cx = c.x - a.x;
        double cy = c.y - a.y;
        double d = 2 * (bx * cy - by * cx);
        double spread = Math.max(bx * bx + by * by, cx * cx + cy * cy);
        if (spread == 0 || Math.abs(d) <= COLLINEAR * spread) {
            return null;
        }
        double b2 = bx * bx + by * by;
        double c2 = cx * cx + cy * cy;
        double ux = (cy * b2 - by * c2) / d;
        double uy = (bx * c2 - cx * b2) / d;
        return new Coordinate(a.x + ux, a.y + uy);
    }

    private static boolean counterClockwise(Coordinate a, Coordinate b, Coordinate c) {
        return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) > 0;
    }

    private static double angle(Coordinate centre, Coordinate p) {
        return Math.atan2(p.y - centre.y, p.x - centre.x);
    }

    /** The angle brought into (0, 2π]. */
    private static double positive(double angle) {
        double a = angle % (2 * Math.PI);
        return a <= 0 ? a + 2 * Math.PI : a;
    }
}
