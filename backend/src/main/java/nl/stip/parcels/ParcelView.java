package nl.stip.parcels;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** A parcel as the API shows it; {@code geometry} is GeoJSON in WGS84. */
public record ParcelView(long id, String kadastraleAanduiding, double areaM2, String areaSource, boolean demo,
                         String source, @Schema(type = "object", description = "GeoJSON geometry in WGS84 (lon/lat)") @JsonRawValue String geometry) {
}
