package nl.stip.buildings;

/**
 * A current building near a given geometry: {@code distance} in metres (RD New) to it, {@code x}/{@code y} a point on
 * its footprint (RD New), {@code footprint} GeoJSON in WGS84.
 */
public record BuildingNear(String identificatie, double distance, double x, double y, String footprint) {
}
