package nl.stip.buildings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A building as the API shows it. {@code heightSource} is 'measured', 'estimated' or 'unknown'; an estimate says so
 * here and in {@code heightNote}. {@code footprint} is GeoJSON in WGS84; {@code history} is oldest first.
 */
public record BuildingView(String identificatie, String status, Integer bouwjaar, boolean current, Double height,
                           String heightSource, String heightNote, Double groundLevel, String lod, String source,
                           @Schema(type = "object", description = "GeoJSON geometry in WGS84 (lon/lat)") @JsonRawValue String footprint, List<BuildingHistoryEntry> history) {

    BuildingView withHistory(List<BuildingHistoryEntry> entries) {
        return new BuildingView(identificatie, status, bouwjaar, current, height, heightSource, heightNote, groundLevel,
                lod, source, footprint, entries);
    }
}
