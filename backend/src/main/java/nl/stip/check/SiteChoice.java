package nl.stip.check;

import java.util.List;

/**
 * How the initiator's own parcel ("uw perceel") is decided, in one place: the parcels of a saved plan ({@code plan}),
 * the parcels the person chose ({@code chosen}, the check's {@code parcels}), or else the parcel under the largest part
 * of the first footprint ({@code largest-overlap}).
 */
public record SiteChoice(String how, List<Long> parcelIds) {

    public static final String PLAN = "plan";
    public static final String CHOSEN = "chosen";
    public static final String LARGEST_OVERLAP = "largest-overlap";

    public SiteChoice {
        parcelIds = List.copyOf(parcelIds);
    }

    /** A saved plan's parcels; a plan without parcels yet takes the largest overlap. */
    public static SiteChoice plan(List<Long> parcelIds) {
        return parcelIds.isEmpty() ? largestOverlap() : new SiteChoice(PLAN, parcelIds);
    }

    /** The parcels the person named; none named: the largest overlap. */
    public static SiteChoice chosen(List<Long> parcelIds) {
        return parcelIds.isEmpty() ? largestOverlap() : new SiteChoice(CHOSEN, parcelIds);
    }

    public static SiteChoice largestOverlap() {
        return new SiteChoice(LARGEST_OVERLAP, List.of());
    }
}
