package nl.stip.variants.internal;

import java.util.List;

import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** Whether a variant's volumes keep to the round's bounds; a refusal names the field and the bound that was broken. */
final class BoundsCheck {

    /** 9 + 1e-9 is still 9 m: a height typed as 9,0 is never refused by rounding. */
    private static final double EPSILON = 1e-9;
    private static final double EDGE_M = 0.05;

    private BoundsCheck() {
    }

    static void require(Bounds bounds, List<ValidatedVolume> volumes) {
        // The round's area grown by the edge tolerance once, prepared for the cover tests of all volumes.
        PreparedGeometry area = bounds.area() == null ? null : PreparedGeometryFactory.prepare(bounds.area().buffer(EDGE_M));
        for (ValidatedVolume v : volumes) {
            String at = "volumes[" + v.index() + "]";
            if (v.height() > bounds.maxHeight() + EPSILON) {
                throw new InvalidParameterException(at + ".height", "Maximaal " + Texts.number(bounds.maxHeight()) + " m in deze ronde");
            }
            if (v.height() < bounds.minHeight() - EPSILON) {
                throw new InvalidParameterException(at + ".height", "Minimaal " + Texts.number(bounds.minHeight()) + " m in deze ronde");
            }
            if (area != null && !area.covers(v.footprint())) {
                throw new InvalidParameterException(at + ".footprint", "Het bouwdeel moet binnen het gebied van deze ronde blijven");
            }
        }
        for (int keep : bounds.keepVolumes()) {
            if (keep >= volumes.size()) {
                throw new InvalidParameterException("volumes", "Bouwdeel " + (keep + 1) + " mag in deze ronde niet weg");
            }
        }
    }
}
