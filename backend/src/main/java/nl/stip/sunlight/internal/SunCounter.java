package nl.stip.sunlight.internal;

import java.util.List;
import java.util.Set;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Counts time steps of sun per day at samples, before (the existing blocks) and after (without the replaced ones, plus
 * the design). Incremental: a sample is first asked only whether the design (or a replaced block) can keep the sun
 * from it at any step — most cannot, and those lose nothing; only the samples that change are counted in full.
 */
final class SunCounter {

    /** Steps of sun per day before and after; {@code changed} false when the design cannot change the sample's sun. */
    record Counts(boolean changed, int[] before, int[] after) {
        int maxLoss() {
            int max = 0;
            for (int i = 0; i < before.length; i++) {
                max = Math.max(max, before[i] - after[i]);
            }
            return max;
        }
    }

    private final List<List<SunStep>> days;
    private final List<Block> existing;
    private final List<Block> design;
    private final Set<String> replaced;
    private final Block changingHull;
    private final org.locationtech.jts.geom.prep.PreparedGeometry hullArea;

    SunCounter(List<List<SunStep>> days, List<Block> existing, List<Block> design, Set<String> replaced) {
        this.days = days;
        this.existing = existing;
        this.design = design;
        this.replaced = replaced;
        List<Block> changing = new java.util.ArrayList<>(design);
        existing.stream().filter(b -> replaced.contains(b.id)).forEach(changing::add);
        this.changingHull = hull(changing);
        this.hullArea = changingHull == null ? null
                : org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(changingHull.footprint);
    }

    /** One block around everything that changes, as high as the highest: if it cannot keep the sun away, none can. */
    private static Block hull(List<Block> changing) {
        if (changing.isEmpty()) {
            return null;
        }
        List<Coordinate> points = new java.util.ArrayList<>();
        double top = 0;
        for (Block b : changing) {
            top = Math.max(top, b.height);
            for (int k = 0; k < 16; k++) {
                double a = 2 * Math.PI * k / 16;
                points.add(new Coordinate(b.cx + b.radius * 1.1 * Math.cos(a), b.cy + b.radius * 1.1 * Math.sin(a)));
            }
        }
        Geometry hull = Rd.GEOMETRY.createMultiPointFromCoords(points.toArray(new Coordinate[0])).convexHull();
        return new Block("changing", (Polygon) hull, top);
    }

    /** Whether the design or a replaced block can keep the sun from this sample at some step. */
    boolean canChange(Sample s) {
        if (changingHull == null) {
            return false;
        }
        // A sample inside the hull (beside a long design) is not refused by it: ask the changing blocks themselves.
        boolean inside = hullArea.intersects(Rd.GEOMETRY.createPoint(new Coordinate(s.x(), s.y())));
        for (List<SunStep> day : days) {
            for (SunStep sun : day) {
                if (s.faces(sun) && (inside || changingHull.blocks(s.x(), s.y(), s.z(), sun))) {
                    for (Block b : design) {
                        if (b.blocks(s.x(), s.y(), s.z(), sun)) {
                            return true;
                        }
                    }
                    for (Block b : existing) {
                        if (replaced.contains(b.id) && b.blocks(s.x(), s.y(), s.z(), sun)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The full count at one sample. */
    Counts count(Sample s) {
        Obstacles around = new Obstacles(existing, s.x(), s.y(), s.z());
        Obstacles planned = new Obstacles(design, s.x(), s.y(), s.z());
        int[] before = new int[days.size()];
        int[] after = new int[days.size()];
        boolean changed = false;
        for (int d = 0; d < days.size(); d++) {
            for (SunStep sun : days.get(d)) {
                if (!s.faces(sun)) {
                    continue;
                }
                boolean blockedBefore = around.blocks(s.x(), s.y(), s.z(), sun, Set.of());
                boolean blockedAfter = planned.blocks(s.x(), s.y(), s.z(), sun, Set.of())
                        || (replaced.isEmpty() ? blockedBefore : around.blocks(s.x(), s.y(), s.z(), sun, replaced));
                before[d] += blockedBefore ? 0 : 1;
                after[d] += blockedAfter ? 0 : 1;
                changed |= blockedBefore != blockedAfter;
            }
        }
        return new Counts(changed, before, after);
    }
}
