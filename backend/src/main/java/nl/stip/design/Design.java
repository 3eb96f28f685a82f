package nl.stip.design;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A 3D design of a plan as the browser sends it: what the initiator wants to do ({@code activity}, one of the
 * activities of the toepasbare regels or "anders") and the building volumes, each a footprint in WGS84 with heights.
 */
@Schema(description = "A 3D design: an activity and up to 50 volumes")
public record Design(
        @Schema(description = "aanbouw, dakkapel, nieuwbouw-woning, bedrijfspand, boom-kappen, uitweg or anders", example = "aanbouw")
        String activity,
        List<Volume> volumes) {

    /** One building volume: a footprint and its heights in metres above ground level. */
    public record Volume(
            @Schema(description = "GeoJSON Polygon, WGS84 longitude/latitude") Footprint footprint,
            @Schema(description = "metres above ground where the volume starts (0 = on the ground)") Double baseHeight,
            @Schema(description = "metres above ground of the highest point") Double height,
            Roof roof) {
    }

    /** A GeoJSON Polygon: rings of [longitude, latitude] positions, the first ring the outline. */
    public record Footprint(String type,
                            @Schema(description = "rings of [longitude, latitude]", example = "[[[6.1286,52.0054],[6.1287,52.0054],[6.1287,52.0055],[6.1286,52.0054]]]")
                            JsonNode coordinates) {
    }

    /** The roof: {@code flat} (eaves = height) or {@code pitched} (eaves required, ridge = highest point). */
    public record Roof(@Schema(description = "flat or pitched") String type, Double eavesHeight, Double ridgeHeight) {
    }

    /** This design for another activity: a plan's design without an activity is checked for the plan's activity. */
    public Design withActivity(String otherActivity) {
        return new Design(otherActivity, volumes);
    }
}
