package nl.stip.variants.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code variant_bounds}: one row per round. */
@Repository
class BoundsStore {

    private final JdbcClient jdbc;

    BoundsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Bounds> find(long roundId) {
        return jdbc.sql("SELECT min_height, max_height, ST_AsText(area), keep_volumes FROM variant_bounds WHERE round_id = ?")
                .param(roundId)
                .query((rs, n) -> new Bounds(rs.getDouble(1), rs.getDouble(2), polygon(rs.getString(3)),
                        Arrays.stream((Integer[]) rs.getArray(4).getArray()).toList()))
                .optional();
    }

    /**
     * Orders setting a round's bounds and saving a variant in it until the caller's transaction ends (a PostgreSQL
     * transaction-level advisory lock per round). A row lock is not enough: before the planner first sets bounds there is
     * no row to lock, so a first variant and the first bounds could both commit, the variant checked without them.
     * Both sides take this lock before they read what the other writes (bounds, variants); the round's row lock comes
     * after it, never before.
     */
    void lock(long roundId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("variant-bounds:" + roundId).query((rs, n) -> 1).list();
    }

    void save(long roundId, Bounds b) {
        jdbc.sql("""
                        INSERT INTO variant_bounds (round_id, min_height, max_height, area, keep_volumes)
                        VALUES (?, ?, ?, ST_GeomFromText(?, 28992), ?::integer[])
                        ON CONFLICT (round_id) DO UPDATE SET min_height = excluded.min_height, max_height = excluded.max_height,
                            area = excluded.area, keep_volumes = excluded.keep_volumes, updated_at = now()""")
                .params(roundId, b.minHeight(), b.maxHeight(), b.area() == null ? null : b.area().toText(), array(b.keepVolumes()))
                .update();
    }

    private static String array(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static Polygon polygon(String wkt) {
        if (wkt == null) {
            return null;
        }
        try {
            return (Polygon) new WKTReader(Rd.GEOMETRY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS answered a geometry JTS cannot read", e);
        }
    }
}
