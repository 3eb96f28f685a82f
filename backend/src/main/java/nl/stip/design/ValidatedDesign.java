package nl.stip.design;

import java.util.List;

/**
 * A design that passed {@link DesignValidator}: footprints in RD New, heights checked, rule areas known. Placed models
 * are among the volumes (after the drawn ones), each with the footprint and height of its bounding box; {@code models}
 * says which volumes they are.
 */
public record ValidatedDesign(String activity, List<ValidatedVolume> volumes, List<ValidatedModel> models) {

    /** The activity every design may name besides those of the toepasbare regels. */
    public static final String OTHER_ACTIVITY = "anders";
}
