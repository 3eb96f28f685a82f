package nl.stip.design;

import java.util.List;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;

/**
 * A design that passed {@link DesignValidator}: footprints in RD New, heights checked, rule areas known. Placed models
 * are among the volumes (after the drawn ones), each with the footprint and height of its bounding box; {@code models}
 * says which volumes they are.
 */
public record ValidatedDesign(String activity, List<ValidatedVolume> volumes, List<ValidatedModel> models, Geometry footprintUnion) {

    /** A validated design; the union of its footprints (RD New) is made once here, for every rule and indicator that needs it. */
    public ValidatedDesign(String activity, List<ValidatedVolume> volumes, List<ValidatedModel> models) {
        this(activity, volumes, models, Rd.GEOMETRY.buildGeometry(volumes.stream().map(ValidatedVolume::footprint).toList()).union());
    }

    /** The activity every design may name besides those of the toepasbare regels. */
    public static final String OTHER_ACTIVITY = "anders";
}
