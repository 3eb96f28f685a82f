package nl.stip.ogcapi;

import java.util.stream.Collectors;

import nl.stip.geo.SpatialSql;
import nl.stip.geo.SpatialSql.OutputCrs;

/**
 * The SQL of every collection, written once and filled in from its {@link FeatureCollectionDefinition}. Each
 * feature comes out of PostgreSQL as finished GeoJSON text (json_build_object around ST_AsGeoJSON), so Java never
 * parses or re-encodes geometry. Table and column names come from the definitions, never from requests.
 */
final class FeatureSql {

    private FeatureSql() {
    }

    /** One feature per row of alias {@code t}; with {@code withLinks}, one more parameter: a JSON array of links. */
    static String featureJson(FeatureCollectionDefinition c, OutputCrs crs, boolean withLinks) {
        String properties = c.properties().stream()
                .map(p -> "'" + p.name() + "', t." + p.column())
                .collect(Collectors.joining(", "));
        return "json_build_object('type', 'Feature', 'id', t." + c.idColumn()
                + ", 'geometry', " + SpatialSql.geoJson("t." + c.geometryColumn(),
                        c.wgs84Column() == null ? null : "t." + c.wgs84Column(), crs) + "::json"
                + ", 'properties', json_build_object(" + properties + ")"
                + (withLinks ? ", 'links', ?::json" : "") + ")::text";
    }

    /** The published rows, within the bbox when given (its four numbers are the first parameters). */
    static String matching(FeatureCollectionDefinition c, BoundingBox bbox) {
        String sql = "FROM " + c.table() + " t WHERE (" + c.where() + ")";
        if (bbox != null) {
            sql += " AND ST_Intersects(t." + c.geometryColumn() + ", (SELECT " + SpatialSql.envelopeInRd(bbox.crs()) + "))";
        }
        return sql;
    }

    static String count(FeatureCollectionDefinition c, BoundingBox bbox) {
        return "SELECT count(*) " + matching(c, bbox);
    }

    /** One page in id order; parameters: the bbox numbers (if any), then limit and offset. */
    static String page(FeatureCollectionDefinition c, BoundingBox bbox, OutputCrs crs) {
        return "SELECT " + featureJson(c, crs, false)
                + " FROM (SELECT t.* " + matching(c, bbox) + " ORDER BY t." + c.idColumn() + " LIMIT ? OFFSET ?) t"
                + " ORDER BY t." + c.idColumn();
    }

    /** One feature by id; parameters: the links JSON, then the id. */
    static String byId(FeatureCollectionDefinition c, OutputCrs crs) {
        return "SELECT " + featureJson(c, crs, true) + " " + matching(c, null) + " AND t." + c.idColumn() + " = ?";
    }

    /** The CRS84 bounds of the whole collection as four columns (nulls when it is empty). */
    static String crs84Extent(FeatureCollectionDefinition c) {
        return "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                + SpatialSql.crs84ExtentOf("t." + c.geometryColumn()) + " AS e " + matching(c, null) + ") extent";
    }
}
