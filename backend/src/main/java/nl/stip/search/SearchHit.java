package nl.stip.search;

/** One search result: what it is ('address', 'building', 'parcel'), its id, a label to show, and where to fly (WGS84). */
public record SearchHit(String type, String id, String label, double lon, double lat) {
}
