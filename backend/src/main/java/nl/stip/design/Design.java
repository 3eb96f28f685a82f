package nl.stip.design;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A 3D design of a plan as the browser sends it: what the initiator wants to do ({@code activity}, one of the
 * activities of the toepasbare regels or "anders") and the building volumes, each a footprint in WGS84 with heights.
 * It holds nothing but these members (the API refuses any other), so a design written back out, as a plan version
 * stores it, is the canonical form of what was checked.
 */
@Schema(description = "A 3D design: an activity, up to 50 drawn volumes and up to 10 placed glTF/GLB models")
public record Design(
        @Schema(description = "aanbouw, dakkapel, nieuwbouw-woning, bedrijfspand, boom-kappen, uitweg or anders", example = "aanbouw")
        String activity,
        List<Volume> volumes,
        @Schema(description = "GLB documents of the plan placed in the design; only within a plan (PUT /api/v1/plans/{id}/design)")
        List<Model> models) {

    /**
     * A glTF 2 binary (GLB) document of the plan placed in the design: its origin at {@code position} and
     * {@code baseHeight} metres above ground, turned {@code heading} degrees clockwise from north and scaled uniformly.
     * The model's +X axis points east and its -Z axis north before turning (glTF is Y-up, metres).
     */
    public record Model(
            @Schema(description = "id of a GLB document of this plan") Long documentId,
            Position position,
            @Schema(description = "metres above ground of the model's origin") Double baseHeight,
            @Schema(description = "degrees clockwise from north, 0 to 360") Double heading,
            @Schema(description = "uniform scale, 0.01 to 100") Double scale) {
    }

    /** A WGS84 position. */
    public record Position(Double lon, Double lat) {
    }

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
                            List<List<Corner>> coordinates) {
    }

    /**
     * A GeoJSON position in WGS84, {@code [longitude, latitude]}; a third number (an altitude) is accepted and dropped,
     * since the volume's heights say where it stands. Anything else is refused by {@link CornerReader}.
     */
    @JsonDeserialize(using = CornerReader.class)
    public record Corner(double lon, double lat) {
        /** As GeoJSON writes it. */
        @JsonValue
        public double[] json() {
            return new double[] {lon, lat};
        }
    }

    /** The roof: {@code flat} (eaves = height) or {@code pitched} (eaves required, ridge = highest point). */
    public record Roof(@Schema(description = "flat or pitched") String type, Double eavesHeight, Double ridgeHeight) {
    }

    /** This design for another activity: a plan's design without an activity is checked for the plan's activity. */
    public Design withActivity(String otherActivity) {
        return new Design(otherActivity, volumes, models);
    }
}
