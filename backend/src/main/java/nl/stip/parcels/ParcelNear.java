package nl.stip.parcels;

/**
 * A parcel near a given geometry: {@code distance} in metres (RD New) to it, {@code x}/{@code y} a point on the parcel
 * (RD New), {@code touching} whether it touches one of the given parcels, {@code geometry} GeoJSON in WGS84.
 */
public record ParcelNear(long id, String kadastraleAanduiding, double distance, double x, double y, boolean touching, String geometry) {
}
