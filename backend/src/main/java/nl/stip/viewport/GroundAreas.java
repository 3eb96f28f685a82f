package nl.stip.viewport;

import java.time.OffsetDateTime;

import nl.stip.buildings.BuildingQueries;
import nl.stip.geo.SpatialSql;
import nl.stip.geo.Wkb;
import nl.stip.importing.DataLoads;
import nl.stip.parcels.ParcelQueries;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The viewer's offline ground, so streets can be told from gardens without any tile service: <em>plots</em> are the
 * building blocks (the gaps between buildings closed, as gis-data/doesburg/derive-demo.sql builds them) together with
 * every parcel that holds a building; <em>street</em> is the rest of the built-up area (the buildings grown by 40 m and
 * shrunk by 15 m). Outside the built-up area the base image shows. Derived, not measured: every piece says so in its
 * source, and it is marked demo when the parcels are. Derived at start-up after the demo load, and again at the next
 * start after any import (a data load newer than the derivation); the viewer reads it per viewport. The buildings and
 * parcels are read through their modules (which own those tables); only {@code ground_area} is this module's.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 90) // after the demo municipality's load (LOWEST_PRECEDENCE - 100)
public class GroundAreas implements ApplicationRunner {

    static final int MAX_FEATURES = 5_000;
    static final String SOURCE = "Ondergrond afgeleid van percelen en gebouwen";
    private static final Logger log = LoggerFactory.getLogger(GroundAreas.class);

    /** Grown and shrunk by these (m), the footprints close into blocks; by the town ones into the built-up area. */
    private static final double BLOCK_GROW = 9;
    private static final double BLOCK_SHRINK = 5;
    private static final double TOWN_GROW = 40;
    private static final double TOWN_SHRINK = 15;

    /**
     * From the closed footprints (?1), the parcels holding a building (?2) and the built-up area (?3), all RD New WKB
     * read through the buildings and parcels modules: plots = the blocks within the town, street = the rest of the town.
     */
    private static final String DERIVE = """
            WITH block AS (
              SELECT ST_Union(geom) AS geom FROM (
                SELECT ST_GeomFromWKB(?::bytea, 28992) AS geom
                UNION ALL
                SELECT ST_GeomFromWKB(?::bytea, 28992)) parts
              WHERE geom IS NOT NULL),
            town AS (SELECT ST_GeomFromWKB(?::bytea, 28992) AS geom),
            area AS (
              SELECT 'plot' AS kind, ST_Intersection(block.geom, town.geom) AS geom FROM block, town
              UNION ALL
              SELECT 'street', ST_Difference(town.geom, block.geom) FROM block, town)
            INSERT INTO ground_area (kind, geom, source, demo)
            SELECT a.kind, d.geom, ?, ?
            FROM area a
            CROSS JOIN LATERAL ST_Subdivide(ST_SimplifyPreserveTopology(a.geom, 0.3), 128) AS s(geom)
            CROSS JOIN LATERAL ST_Dump(ST_CollectionExtract(ST_MakeValid(s.geom), 3)) AS d
            WHERE a.geom IS NOT NULL AND ST_Area(d.geom) > 1
            """;

    private static final String VIEWPORT = """
            WITH hit AS (
              SELECT id, kind, geom_wgs84 FROM ground_area WHERE geom && %s ORDER BY id LIMIT %d)
            SELECT json_build_object(
              'type', 'FeatureCollection',
              'derived', true,
              'source', (SELECT source || CASE WHEN demo THEN ' (demo)' ELSE '' END FROM ground_area LIMIT 1),
              'truncated', (SELECT count(*) FROM hit) > %d,
              'features', coalesce((SELECT json_agg(json_build_object(
                  'type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom_wgs84, 6)::json,
                  'properties', json_build_object('k', kind)))
                FROM (SELECT * FROM hit LIMIT %d) f), '[]'::json))::text
            """.formatted(SpatialSql.envelopeInRd(SpatialSql.OutputCrs.CRS84), MAX_FEATURES + 1, MAX_FEATURES, MAX_FEATURES);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BuildingQueries buildings;
    private final ParcelQueries parcels;
    private final DataLoads loads;

    GroundAreas(JdbcClient jdbc, TransactionTemplate transaction, BuildingQueries buildings, ParcelQueries parcels, DataLoads loads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.buildings = buildings;
        this.parcels = parcels;
        this.loads = loads;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!buildings.anyCurrent()) {
            return;
        }
        OffsetDateTime loaded = loads.lastLoadedAt().orElse(null);
        boolean stale = jdbc.sql("SELECT coalesce(?::timestamptz, '-infinity') >= coalesce((SELECT max(derived_at) FROM ground_area), '-infinity')")
                .param(loaded).query(Boolean.class).single();
        if (stale) {
            derive();
        }
    }

    /** Derives the ground again from the current buildings and parcels, in one transaction (viewers never see it empty). */
    public void derive() {
        long started = System.nanoTime();
        int pieces = transaction.execute(status -> {
            Geometry closed = buildings.currentFootprintsClosed(BLOCK_GROW, BLOCK_SHRINK);
            Geometry town = buildings.currentFootprintsClosed(TOWN_GROW, TOWN_SHRINK);
            Geometry holding = parcels.unionHolding(buildings.currentFootprintPoints());
            boolean demo = parcels.anyDemo();
            jdbc.sql("DELETE FROM ground_area").update();
            return jdbc.sql(DERIVE).params(Wkb.write(closed), Wkb.write(holding), Wkb.write(town), SOURCE, demo).update();
        });
        jdbc.sql("ANALYZE ground_area").update();
        log.info("Ground derived from buildings and parcels: {} pieces in {} ms", pieces, (System.nanoTime() - started) / 1_000_000);
    }

    /** The ground pieces in a WGS84 box as compact GeoJSON (k = 'street' | 'plot'), at most {@link #MAX_FEATURES}. */
    String featureCollection(ViewportBuildings.ViewportBox box) {
        return jdbc.sql(VIEWPORT).params(box.minLon(), box.minLat(), box.maxLon(), box.maxLat()).query(String.class).single();
    }
}
