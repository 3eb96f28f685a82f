package nl.stip.design;

import nl.stip.rules.FootprintRules;
import org.locationtech.jts.geom.Polygon;

/**
 * One volume of a validated design: its number in the request (0-based, as in "volumes[2]"), footprint in RD New,
 * heights in metres above ground level (eaves = height for a flat roof), and the rule areas under it.
 */
public record ValidatedVolume(int index, Polygon footprint, double baseHeight, double height, boolean pitched,
                              double eavesHeight, FootprintRules rules) {

    /** Gross volume in m³: a block up to the eaves plus, for a pitched roof, half the block between eaves and ridge. */
    public double grossVolume() {
        double area = footprint.getArea();
        double walls = Math.max(0, eavesHeight - baseHeight);
        double roof = Math.max(0, height - Math.max(eavesHeight, baseHeight));
        return area * (walls + (pitched ? roof / 2 : roof));
    }
}
