package nl.stip.parcels;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A parcel as the API shows it; {@code geometry} is GeoJSON in WGS84. */
public record ParcelView(long id, String kadastraleAanduiding, double areaM2, String areaSource, boolean demo,
                         String source, @JsonRawValue String geometry) {
}
