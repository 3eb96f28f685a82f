package nl.stip.ogcapi;

import java.util.Optional;

import nl.stip.geo.Rd;
import nl.stip.geo.SpatialSql.OutputCrs;
import org.locationtech.jts.geom.Envelope;

/**
 * A bbox filter as given: four numbers in the axis order of its CRS (EPSG:4326 is latitude first).
 */
record BoundingBox(double minAxis1, double minAxis2, double maxAxis1, double maxAxis2, OutputCrs crs) {

    static final String PARAMETER = "bbox";

    /** Parses bbox (4 numbers, or 6 with heights, which are ignored) in the given CRS; null when absent. */
    static BoundingBox parse(double[] n, OutputCrs crs) {
        if (n == null) {
            return null;
        }
        if (n.length != 4 && n.length != 6) {
            throw new OgcBadRequestException(PARAMETER, "bbox needs 4 numbers (or 6 with heights), not " + n.length + ".");
        }
        int half = n.length / 2;
        BoundingBox box = new BoundingBox(n[0], n[1], n[half], n[half + 1], crs);
        if (box.minAxis1 > box.maxAxis1 || box.minAxis2 > box.maxAxis2) {
            throw new OgcBadRequestException(PARAMETER, "bbox minimum is above its maximum; give lower corner, then upper corner.");
        }
        return box;
    }

    /**
     * This box cut to the area where RD New is defined, so transforming it cannot fail (a world-wide box becomes the
     * Netherlands); empty when the box lies entirely outside. RD boxes are used as they are.
     */
    Optional<BoundingBox> clampedToRdAreaOfUse() {
        if (crs == OutputCrs.RD_NEW) {
            return Optional.of(this);
        }
        boolean latFirst = crs == OutputCrs.EPSG_4326;
        Envelope lonLat = latFirst
                ? new Envelope(minAxis2, maxAxis2, minAxis1, maxAxis1)
                : new Envelope(minAxis1, maxAxis1, minAxis2, maxAxis2);
        Envelope clamped = lonLat.intersection(Rd.AREA_OF_USE_WGS84);
        if (clamped.isNull()) {
            return Optional.empty();
        }
        return Optional.of(latFirst
                ? new BoundingBox(clamped.getMinY(), clamped.getMinX(), clamped.getMaxY(), clamped.getMaxX(), crs)
                : new BoundingBox(clamped.getMinX(), clamped.getMinY(), clamped.getMaxX(), clamped.getMaxY(), crs));
    }

    Object[] sqlParameters() {
        return new Object[] {minAxis1, minAxis2, maxAxis1, maxAxis2};
    }
}
