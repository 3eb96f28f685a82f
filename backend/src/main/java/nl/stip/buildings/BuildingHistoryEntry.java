package nl.stip.buildings;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One voorkomen of a pand: when it was valid, its status then, the document it rests on, and its footprint (GeoJSON,
 * WGS84) when that changed with this voorkomen.
 */
public record BuildingHistoryEntry(int voorkomen, LocalDate validFrom, LocalDate validTo, String status, Integer bouwjaar,
                                   LocalDate documentDate, String documentNumber, boolean geometryChanged,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(type = "object", description = "GeoJSON geometry in WGS84 (lon/lat)") @JsonRawValue String geometry) {
}
