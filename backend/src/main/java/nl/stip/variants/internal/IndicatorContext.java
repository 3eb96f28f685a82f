package nl.stip.variants.internal;

import java.util.List;

import nl.stip.check.CheckResult;
import nl.stip.design.ValidatedDesign;
import org.locationtech.jts.geom.Geometry;

/** What an indicator measures: the validated design, the placed objects, the plan's parcels (RD New, may be null), the check. */
record IndicatorContext(ValidatedDesign design, List<PlacedObject> objects, Geometry parcels, CheckResult check) {

    long count(PaletteKind kind) {
        return objects.stream().filter(o -> o.kind() == kind).count();
    }
}
