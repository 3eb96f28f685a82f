package nl.stip.ogcapi;

import java.util.List;

/**
 * One published collection, as data: where its features live and which columns become properties. Adding a
 * collection is adding one of these to {@link FeatureCollections}; the queries are written once, in {@link FeatureSql}.
 *
 * @param id             the collection id in URLs
 * @param table          the table (trusted: a constant, never user input)
 * @param idColumn       the column that gives each feature its id, and the paging order
 * @param numericId      whether that id is a number (then a non-numeric featureId is simply not found)
 * @param geometryColumn the RD New geometry column
 * @param wgs84Column    a WGS84 copy of it that the database keeps (faster output in CRS84 / EPSG:4326), or null
 * @param filter         a SQL condition rows must meet to be published, or null for all rows
 * @param properties     the feature properties, in order
 */
record FeatureCollectionDefinition(String id, String title, String description, String table, String idColumn,
                                   boolean numericId, String geometryColumn, String wgs84Column, String filter,
                                   List<Property> properties) {

    /** A feature property: its name in the GeoJSON and the column (or SQL expression over the row) it comes from. */
    record Property(String name, String column) {
    }

    static Property property(String name, String column) {
        return new Property(name, column);
    }

    /** The condition published rows meet, for a WHERE clause ("true" when every row is published). */
    String where() {
        return filter == null ? "true" : filter;
    }
}
