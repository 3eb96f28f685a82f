package nl.stip.importing.support;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Geometry checks shared by the importers; the reason names the error and where it is. */
public final class Validity {

    private Validity() {
    }

    /** Null when the geometry is valid and not empty, else why not. */
    public static String problem(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return "empty geometry";
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return null;
        }
        return "invalid geometry: " + error.getMessage() + " at (" + error.getCoordinate().x + " " + error.getCoordinate().y + ")";
    }
}
