package nl.stip.design;

import java.util.List;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A design that passed {@link DesignValidator}: footprints in RD New, heights checked, rule areas known. Placed models
 * are among the volumes (after the drawn ones), each with the footprint and height of its bounding box; {@code models}
 * says which volumes they are. Immutable; the union of the footprints is made once, when a rule or indicator first
 * asks for it.
 */
public final class ValidatedDesign {

    /** The activity every design may name besides those of the toepasbare regels. */
    public static final String OTHER_ACTIVITY = "anders";

    private final String activity;
    private final List<ValidatedVolume> volumes;
    private final List<ValidatedModel> models;
    private volatile Geometry footprintUnion;

    public ValidatedDesign(String activity, List<ValidatedVolume> volumes, List<ValidatedModel> models) {
        this.activity = activity;
        this.volumes = List.copyOf(volumes);
        this.models = List.copyOf(models);
    }

    public String activity() {
        return activity;
    }

    public List<ValidatedVolume> volumes() {
        return volumes;
    }

    public List<ValidatedModel> models() {
        return models;
    }

    /** The union of all footprints (RD New): the built area seen from above, overlaps counted once. */
    public Geometry footprintUnion() {
        Geometry union = footprintUnion;
        if (union == null) {
            union = union(volumes.stream().map(ValidatedVolume::footprint).toList());
            footprintUnion = union;
        }
        return union;
    }

    /**
     * Footprints whose bounding boxes are all apart (separate sheds, a grid of small volumes) are already their own
     * union as a MultiPolygon; only footprints that may touch or overlap go through the (much dearer) overlay.
     */
    private static Geometry union(List<Polygon> footprints) {
        for (int i = 0; i < footprints.size(); i++) {
            for (int j = i + 1; j < footprints.size(); j++) {
                if (footprints.get(i).getEnvelopeInternal().intersects(footprints.get(j).getEnvelopeInternal())) {
                    return Rd.GEOMETRY.buildGeometry(footprints).union();
                }
            }
        }
        return Rd.GEOMETRY.createMultiPolygon(footprints.toArray(new Polygon[0]));
    }
}
