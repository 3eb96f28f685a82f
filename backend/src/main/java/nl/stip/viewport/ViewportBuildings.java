package nl.stip.viewport;

import nl.stip.buildings.BuildingsInView;
import nl.stip.platform.web.InvalidParameterException;
import org.springframework.stereotype.Component;

/**
 * The current buildings in a viewport, as compact GeoJSON for the 3D viewer: the box checked here, the buildings read
 * through the buildings module (which owns the table; one PostGIS statement, at most
 * {@link BuildingsInView#MAX_FEATURES} buildings, flagged as truncated).
 */
@Component
class ViewportBuildings {

    private final BuildingsInView buildings;

    ViewportBuildings(BuildingsInView buildings) {
        this.buildings = buildings;
    }

    String featureCollection(ViewportBox box) {
        return buildings.featureCollection(box.minLon(), box.minLat(), box.maxLon(), box.maxLat());
    }

    /** A CRS84 box: minLon,minLat,maxLon,maxLat within the RD New area of use, at most 0.2° on a side. */
    record ViewportBox(double minLon, double minLat, double maxLon, double maxLat) {

        static final double MAX_SPAN_DEGREES = 0.2;

        static ViewportBox parse(String bbox) {
            if (bbox == null || bbox.isBlank()) {
                throw new InvalidParameterException("bbox", "Parameter 'bbox' is missing: give minLon,minLat,maxLon,maxLat (WGS84).");
            }
            String[] parts = bbox.split(",");
            if (parts.length != 4) {
                throw new InvalidParameterException("bbox", "bbox needs 4 numbers minLon,minLat,maxLon,maxLat; got " + parts.length + ".");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException("bbox", "bbox value '" + parts[i] + "' is not a number.");
                }
                if (!Double.isFinite(v[i])) {
                    throw new InvalidParameterException("bbox", "bbox value '" + parts[i] + "' is not a finite number.");
                }
            }
            if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
                throw new InvalidParameterException("bbox", "bbox lies outside -180..180 / -90..90 degrees.");
            }
            if (v[0] >= v[2] || v[1] >= v[3]) {
                throw new InvalidParameterException("bbox", "bbox minimum must be below its maximum (minLon,minLat,maxLon,maxLat).");
            }
            if (v[2] - v[0] > MAX_SPAN_DEGREES || v[3] - v[1] > MAX_SPAN_DEGREES) {
                throw new InvalidParameterException("bbox", "bbox spans more than " + MAX_SPAN_DEGREES
                        + " degrees; zoom in to load buildings.");
            }
            return new ViewportBox(v[0], v[1], v[2], v[3]);
        }
    }
}
