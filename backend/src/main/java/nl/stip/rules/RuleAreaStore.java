package nl.stip.rules;

import java.io.IOException;
import java.util.Iterator;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes rule areas: COPY into a staging table, then one upsert keyed by code, so importing a plan again updates its
 * areas instead of duplicating them. Must run inside a transaction.
 */
@Component
public class RuleAreaStore {

    private static final String COLUMNS = "code, name, function, max_height_m, max_eaves_height_m, max_built_up_pct, "
            + "min_boundary_distance_m, monument, beschermd_stadsgezicht, rule_text, purpose, source, demo, geom";

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    RuleAreaStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /** Stores the rule areas; returns how many rows were inserted or updated. */
    public long upsert(Iterator<RuleAreaRecord> areas) {
        jdbc.sql("""
                CREATE TEMP TABLE rule_area_staging (n bigserial, code text, name text, function text, max_height_m double precision,
                  max_eaves_height_m double precision, max_built_up_pct double precision, min_boundary_distance_m double precision,
                  monument boolean, beschermd_stadsgezicht boolean, rule_text text, purpose text, source text, demo boolean,
                  geom geometry) ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("rule_area_staging", COLUMNS, rows -> write(areas, rows));
        if (staged == 0) {
            return 0;
        }
        // A file may name one code twice; the last one wins, as in a re-import.
        long stored = jdbc.sql("INSERT INTO rule_area (" + COLUMNS + ") SELECT DISTINCT ON (code) " + COLUMNS
                + " FROM rule_area_staging ORDER BY code, n DESC "
                + """
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, function = excluded.function,
                  max_height_m = excluded.max_height_m, max_eaves_height_m = excluded.max_eaves_height_m,
                  max_built_up_pct = excluded.max_built_up_pct, min_boundary_distance_m = excluded.min_boundary_distance_m,
                  monument = excluded.monument, beschermd_stadsgezicht = excluded.beschermd_stadsgezicht,
                  rule_text = excluded.rule_text, purpose = excluded.purpose, source = excluded.source, demo = excluded.demo,
                  geom = excluded.geom""").update();
        // The connections keep generic plans (plan_cache_mode = force_generic_plan): a plan made before autovacuum has
        // seen the new parts estimates them badly and stays slow for the connection's life (the check's rule query
        // took 28 ms instead of 1.5 ms in the minute after a load). Statistics now, in the same transaction.
        jdbc.sql("ANALYZE rule_area").update();
        jdbc.sql("ANALYZE rule_area_part").update();
        return stored;
    }

    private static void write(Iterator<RuleAreaRecord> areas, BulkCopy.Rows rows) throws IOException {
        while (areas.hasNext()) {
            RuleAreaRecord r = areas.next();
            rows.text(r.code()).text(r.name()).text(r.function()).number(r.maxHeightM()).number(r.maxEavesHeightM())
                    .number(r.maxBuiltUpPct()).number(r.minBoundaryDistanceM()).bool(r.monument()).bool(r.beschermdStadsgezicht())
                    .text(r.ruleText()).text(r.purpose()).text(r.source()).bool(r.demo()).geometry(r.geometry()).end();
        }
    }
}
