package nl.stip.check;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.stip.design.GlbModel;

/**
 * The answer of the "Binnen de lijntjes scan": one verdict per rule in a fixed order, whether the design fits
 * ({@code compliant}: no verdict failed; verdicts marked "attention" need a look by the municipality but do not
 * fail), the parcels it was checked against ({@code parcels}, their aanduidingen, and {@code site}: the initiator's own
 * parcels with outline and how they were chosen), the procedure with a fee estimate, notices (e.g. demo data), and for
 * each placed model the volume it was checked as ({@code models}, empty without models).
 */
public record CheckResult(String activity, boolean compliant, int failed, int attention, List<Verdict> verdicts,
                          List<String> parcels, Site site, Permit permit, List<String> notices, List<ModelVolume> models,
                          /* the ids of those parcels, for a plan that takes its location from its design; not shown */
                          @JsonIgnore List<Long> parcelIds) {

    /**
     * The initiator's own parcels ("uw perceel" in every verdict) and how they were chosen: {@code plan} (the saved plan's
     * parcels), {@code chosen} (named in the request's {@code parcels}) or {@code largest-overlap} (the parcel under the
     * largest part of the first footprint). Empty parcels when no parcel lies there.
     */
    public record Site(String chosenBy, List<SiteParcel> parcels) {
    }

    /** One own parcel: id, kadastrale aanduiding and outline (GeoJSON geometry, WGS84). */
    public record SiteParcel(long id, String kadastraleAanduiding,
                             @Schema(type = "object", description = "GeoJSON geometry in WGS84 (lon/lat)") @JsonRawValue String geometry) {
    }

    /**
     * A placed model as the check saw it: volume {@code volume} (0-based among the design's volumes) with the footprint
     * (GeoJSON, WGS84) and heights derived from the model's bounding box ({@code derivedFrom} "bounding-box"), its
     * scaled size in metres, its unscaled bounding box in its own coordinates (metres, Y up: for a viewer that draws the
     * footprint while the model is moved), and a Dutch sentence saying so.
     */
    public record ModelVolume(int model, int volume, long documentId, String filename, Map<String, Object> footprint,
                              GlbModel.Box box,
                              double baseHeight, double height, double width, double depth, String derivedFrom,
                              String explanation) {
    }
}
