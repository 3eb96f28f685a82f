package nl.stip.check;

import java.util.ArrayList;
import java.util.List;

import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * What of each volume lies outside the initiator's own parcel, measured once for both parcel rules: a part under
 * {@link #MIN_AREA_M2} (a drawing on the boundary, rounding aside) counts as inside. Without a parcel everything is
 * outside.
 */
record OutsideParts(List<Part> parts) {

    static final double MIN_AREA_M2 = 0.01;

    /** The part of volume {@code volume} (0-based) outside the own parcel, RD New. */
    record Part(int volume, Geometry geometry) {
        double area() {
            return geometry.getArea();
        }
    }

    static OutsideParts of(ValidatedDesign design, PlanSite site) {
        List<Part> parts = new ArrayList<>();
        // Most volumes lie wholly on the parcel: a prepared cover test answers those without an overlay.
        PreparedGeometry parcels = site.hasParcels() ? PreparedGeometryFactory.prepare(site.parcelArea()) : null;
        for (ValidatedVolume v : design.volumes()) {
            if (parcels != null && parcels.covers(v.footprint())) {
                continue;
            }
            Geometry part = site.hasParcels() ? v.footprint().difference(site.parcelArea()) : v.footprint();
            if (part.getArea() > MIN_AREA_M2) {
                parts.add(new Part(v.index(), part));
            }
        }
        return new OutsideParts(List.copyOf(parts));
    }

    boolean any() {
        return !parts.isEmpty();
    }

    double totalArea() {
        return parts.stream().mapToDouble(Part::area).sum();
    }
}
