package nl.stip.sunlight.internal;

import java.util.List;
import java.util.Map;

import nl.stip.sunlight.SunlightStudy;

/**
 * What one computation gives: the neighbours and gardens that lose sun, the buildings the design replaces, whether an
 * estimated height took part, and the map's features (GeoJSON in WGS84: the samples that lose sun and the neighbours'
 * norm points).
 */
public record StudyResult(List<SunlightStudy.Neighbour> buildings, List<SunlightStudy.Garden> gardens,
                          List<String> replacedBuildings, boolean estimatedHeights, List<Map<String, Object>> features,
                          long computeMillis) {

    public StudyResult withMillis(long millis) {
        return new StudyResult(buildings, gardens, replacedBuildings, estimatedHeights, features, millis);
    }
}
