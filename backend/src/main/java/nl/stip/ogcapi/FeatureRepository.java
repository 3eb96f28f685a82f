package nl.stip.ogcapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.SpatialSql.OutputCrs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the published collections' features as GeoJSON text, and their extents. */
@Component
class FeatureRepository {

    /**
     * A page of features and how many features match in all. Each feature is GeoJSON as UTF-8 bytes, exactly as
     * the database sent it (the driver hands text columns over undecoded), so it is copied, never re-encoded.
     */
    record Page(long numberMatched, List<byte[]> features) {
    }

    private final JdbcClient jdbc;

    FeatureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(FeatureCollectionDefinition c, ItemsQuery query) {
        BoundingBox bbox = query.bbox() == null ? null : query.bbox().clampedToRdAreaOfUse().orElse(null);
        if (query.bbox() != null && bbox == null) {
            return new Page(0, List.of());
        }
        List<Object> filter = bbox == null ? List.of() : List.of(bbox.sqlParameters());
        long matched = jdbc.sql(FeatureSql.count(c, bbox)).params(filter).query(Long.class).single();
        if (query.offset() >= matched) {
            return new Page(matched, List.of());
        }
        List<Object> parameters = new ArrayList<>(filter);
        parameters.add(query.limit());
        parameters.add(query.offset());
        List<byte[]> features = jdbc.sql(FeatureSql.page(c, bbox, query.crs())).params(parameters)
                .query((rs, n) -> rs.getBytes(1)).list();
        return new Page(matched, features);
    }

    /** The feature as GeoJSON (UTF-8) with the given links; empty when the collection has no such feature. */
    Optional<byte[]> feature(FeatureCollectionDefinition c, String featureId, OutputCrs crs, String linksJson) {
        Object id = featureId;
        if (c.numericId()) {
            try {
                id = Long.parseLong(featureId);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return jdbc.sql(FeatureSql.byId(c, crs)).params(linksJson, id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The collection's bounds in CRS84 (minLon, minLat, maxLon, maxLat), or empty when it has no features. */
    Optional<List<Double>> crs84Extent(FeatureCollectionDefinition c) {
        return jdbc.sql(FeatureSql.crs84Extent(c)).query((rs, n) -> {
            double minX = rs.getDouble(1);
            return rs.wasNull() ? List.<Double>of() : List.of(minX, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
        }).list().stream().filter(bounds -> !bounds.isEmpty()).findFirst();
    }
}
