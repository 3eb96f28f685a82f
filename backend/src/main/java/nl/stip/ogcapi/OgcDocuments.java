package nl.stip.ogcapi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The OGC API's metadata documents, as written at the HTTP boundary. */
final class OgcDocuments {

    private OgcDocuments() {
    }

    record LandingPage(String title, String description, List<Link> links) {
    }

    record Conformance(List<String> conformsTo) {
    }

    record Collections(List<Link> links, List<Collection> collections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(String id, String title, String description, List<Link> links, Extent extent,
                      String itemType, List<String> crs, String storageCrs) {
    }

    record Extent(Spatial spatial) {
    }

    /** {@code bbox}: one box, [minLon, minLat, maxLon, maxLat] in {@code crs} (always CRS84). */
    record Spatial(List<List<Double>> bbox, String crs) {
    }
}
