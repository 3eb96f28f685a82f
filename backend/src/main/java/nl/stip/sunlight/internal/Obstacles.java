package nl.stip.sunlight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks around one sample, sorted into bins of the direction they lie in seen from the sample, so that each time
 * step tests only the few blocks in the sun's direction. A block that surrounds the sample's bin range, or is near,
 * sits in every bin it can cover.
 */
final class Obstacles {

    private static final int BINS = 72;
    private final Block[][] bins = new Block[BINS][];

    Obstacles(List<Block> blocks, double px, double py, double z) {
        List<List<Block>> lists = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            lists.add(new ArrayList<>());
        }
        for (Block b : blocks) {
            if (b.height <= z) {
                continue;
            }
            double dx = b.cx - px;
            double dy = b.cy - py;
            double d = Math.hypot(dx, dy);
            if (d <= b.radius + 0.01) {
                for (List<Block> l : lists) {
                    l.add(b);
                }
                continue;
            }
            double centre = Math.toDegrees(Math.atan2(dx, dy));
            double half = Math.toDegrees(Math.asin(Math.min(1, b.radius / d)));
            int from = (int) Math.floor((centre - half) / (360.0 / BINS));
            int to = (int) Math.floor((centre + half) / (360.0 / BINS));
            for (int i = from; i <= to; i++) {
                lists.get(Math.floorMod(i, BINS)).add(b);
            }
        }
        for (int i = 0; i < BINS; i++) {
            bins[i] = lists.get(i).toArray(new Block[0]);
        }
    }

    /** Whether any block keeps the sun from the sample, leaving out the block ids in {@code without} (may be empty). */
    boolean blocks(double px, double py, double z, SunStep sun, java.util.Set<String> without) {
        double azimuth = Math.toDegrees(Math.atan2(sun.east(), sun.north()));
        for (Block b : bins[Math.floorMod((int) Math.floor(azimuth / (360.0 / BINS)), BINS)]) {
            if (!without.isEmpty() && without.contains(b.id)) {
                continue;
            }
            if (b.blocks(px, py, z, sun)) {
                return true;
            }
        }
        return false;
    }
}
