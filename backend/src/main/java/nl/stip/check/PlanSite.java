package nl.stip.check;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * The initiator's own parcels a design is checked against ("uw perceel"; RD New, unioned), how they were chosen
 * ({@link SiteChoice}), their kadastrale aanduidingen and WGS84 outlines, the footprints of the current buildings on
 * them cut to the parcels, and the other parcels the footprints reach: per volume, the neighbour's parcel and the m²
 * of the volume on it. Empty parcels when none was found.
 */
record PlanSite(String chosenBy, List<Long> parcelIds, List<String> parcels, List<String> outlines, Geometry parcelArea,
                Geometry existingBuildings, List<Neighbour> neighbours, boolean demo) {

    /** Part of volume {@code volume} (0-based) lies {@code areaM2} on someone else's parcel {@code parcel}. */
    record Neighbour(int volume, String parcel, double areaM2) {
    }

    boolean hasParcels() {
        return parcelArea != null && !parcelArea.isEmpty();
    }

    /** The neighbours' parcels under one volume, the largest part first. */
    List<Neighbour> neighboursOf(int volume) {
        return neighbours.stream().filter(n -> n.volume() == volume)
                .sorted(java.util.Comparator.comparingDouble(Neighbour::areaM2).reversed()).toList();
    }
}
