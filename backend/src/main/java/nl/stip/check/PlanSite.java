package nl.stip.check;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The parcels a design is checked against (RD New, unioned), their kadastrale aanduidingen, and the footprints of the
 * current buildings on them, cut to the parcels. Empty parcels when none was found.
 */
record PlanSite(List<Long> parcelIds, List<String> parcels, Geometry parcelArea, Geometry existingBuildings, boolean demo) {

    boolean hasParcels() {
        return parcelArea != null && !parcelArea.isEmpty();
    }
}
