package nl.stip.search;

/**
 * One search result: what it is ('address', 'building', 'parcel'), its id, a label to show, where to fly (WGS84), and
 * for a building or parcel its extent {@code bbox} [west, south, east, north] in WGS84 (null for an address), so the
 * viewer can frame it.
 */
public record SearchHit(String type, String id, String label, double lon, double lat, double[] bbox) {
}
