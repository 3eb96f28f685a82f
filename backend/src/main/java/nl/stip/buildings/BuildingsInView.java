package nl.stip.buildings;

import nl.stip.geo.SpatialSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current buildings in a WGS84 box, as compact GeoJSON for the 3D viewer: footprint (WGS84), height above ground,
 * whether that height is measured or estimated, and ground level. The whole FeatureCollection is built by PostGIS in
 * one statement from the stored WGS84 footprints; at most {@link #MAX_FEATURES} buildings, flagged as truncated. The
 * viewport module checks the box and serves it.
 */
@Component
public class BuildingsInView {

    public static final int MAX_FEATURES = 5_000;

    private static final String SQL = """
            WITH hit AS (
              SELECT identificatie, height_m, height_source, ground_level_m, bouwjaar, footprint_wgs84
              FROM building
              WHERE current AND footprint && %s
              ORDER BY identificatie
              LIMIT %d)
            SELECT json_build_object(
              'type', 'FeatureCollection',
              'truncated', (SELECT count(*) FROM hit) > %d,
              'features', coalesce((SELECT json_agg(json_build_object(
                  'type', 'Feature', 'id', identificatie,
                  'geometry', %s::json,
                  'properties', json_build_object('h', height_m, 's', height_source, 'g', ground_level_m, 'y', bouwjaar)))
                FROM (SELECT * FROM hit LIMIT %d) f), '[]'::json))::text
            """.formatted(SpatialSql.envelopeInRd(SpatialSql.OutputCrs.CRS84), MAX_FEATURES + 1, MAX_FEATURES,
            SpatialSql.storedWgs84GeoJson("footprint_wgs84"), MAX_FEATURES);

    private final JdbcClient jdbc;

    BuildingsInView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The FeatureCollection (JSON text) of the current buildings whose footprint meets the CRS84 box. */
    public String featureCollection(double minLon, double minLat, double maxLon, double maxLat) {
        return jdbc.sql(SQL).params(minLon, minLat, maxLon, maxLat).query(String.class).single();
    }
}
