package nl.stip.ogcapi;

import nl.stip.geo.SpatialSql.OutputCrs;
import org.springframework.util.MultiValueMap;

/** What a client asked of /items: an optional bbox, the output CRS and one page. */
record ItemsQuery(BoundingBox bbox, OutputCrs crs, int limit, int offset) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    static ItemsQuery from(MultiValueMap<String, String> values) {
        QueryParameters parameters = QueryParameters.check(values, "bbox", "bbox-crs", "crs", "limit", "offset");
        OutputCrs bboxCrs = parameters.crs("bbox-crs");
        BoundingBox bbox = BoundingBox.parse(parameters.numbers(BoundingBox.PARAMETER), bboxCrs);
        return new ItemsQuery(bbox, parameters.crs("crs"),
                parameters.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                parameters.integer("offset", 0, 0, Integer.MAX_VALUE));
    }
}
