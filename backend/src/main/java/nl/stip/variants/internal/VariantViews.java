package nl.stip.variants.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import nl.stip.check.Verdict;
import nl.stip.design.Design;
import nl.stip.variants.IndicatorValue;

/** The JSON the variants API takes and gives (CONTRACT12.md). */
final class VariantViews {

    private VariantViews() {
    }

    record NewVariant(Design design, List<NewObject> objects, Long basedOn, String title, String draftKey) {
    }

    record NewObject(String kind, Design.Position position, Double heading) {
    }

    record BoundsBody(Double minHeight, Double maxHeight, Map<String, Object> area, List<Integer> keepVolumes) {
    }

    /**
     * {@code objectArea}: where palette objects on the ground may lie (GeoJSON, WGS84) — the planner's area, else the
     * plan's parcels with its design, as the variant check applies it; null when neither is known.
     */
    record BoundsView(Double minHeight, Double maxHeight, Map<String, Object> area, List<Integer> keepVolumes, boolean set,
                      List<PaletteItem> palette, Map<String, Object> objectArea) {
    }

    record PaletteItem(String kind, String label, double width, double depth, double footprintM2, double height, boolean onRoof) {
    }

    record Author(String label, boolean mine) {
    }

    record Check(boolean compliant, int failed, int attention, List<Verdict> verdicts) {
    }

    record ObjectView(String kind, String label, Design.Position position, double heading, Map<String, Object> footprint,
                      double baseHeight, double height) {
    }

    record Variant(long id, long roundId, int version, Long basedOn, boolean latest, String title, Author author, Instant createdAt,
                   @JsonRawValue String design, List<ObjectView> objects, List<IndicatorValue> indicators,
                   List<IndicatorValue> original, Check check) {
    }

    record Preview(List<IndicatorValue> indicators, List<IndicatorValue> original, Check check, List<ObjectView> objects) {
    }

    record Definition(String id, String label, String unit, String explanation) {
    }
}
