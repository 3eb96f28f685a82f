package nl.stip.design;

import java.util.List;

/** A design that passed {@link DesignValidator}: footprints in RD New, heights checked, rule areas known. */
public record ValidatedDesign(String activity, List<ValidatedVolume> volumes) {

    /** The activity every design may name besides those of the toepasbare regels. */
    public static final String OTHER_ACTIVITY = "anders";
}
