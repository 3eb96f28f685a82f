package nl.stip.variants;

import java.time.Instant;
import java.util.List;

/**
 * A saved variant as other modules (reporting, voting) may know it: no author. {@code latest}: the newest version of its
 * chain. {@code geoJson}: a FeatureCollection (WGS84) of its volumes and objects.
 */
public record VariantSummary(long id, long roundId, int version, String title, boolean latest, Instant createdAt,
                             List<IndicatorValue> indicators, boolean compliant, String geoJson) {
}
