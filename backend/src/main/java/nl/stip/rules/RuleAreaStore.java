package nl.stip.rules;

import java.io.IOException;
import java.sql.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import nl.stip.platform.database.BulkCopy;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes plans and their objects (the one rule model: {@code rule_plan} and {@code rule_area}). A plan is replaced
 * whole: its row is kept by identificatie (inserted or updated), its old objects are deleted and the new ones are
 * COPYed into a staging table and inserted in one statement. Must run inside a transaction, so a failure keeps the
 * plan as it was.
 */
@Component
public class RuleAreaStore {

    private static final String COLUMNS = "code, name, function, max_height_m, max_eaves_height_m, max_built_up_pct, "
            + "min_boundary_distance_m, monument, beschermd_stadsgezicht, rule_text, purpose, source, demo, geom, "
            + "kind, imro_id, artikel, text_ref, symbool_code, hoofdgroep, measures";

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    RuleAreaStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /**
     * Replaces the plan whole: afterwards it holds exactly {@code objects}. A code that another plan holds is taken over
     * when {@code takeOverCodes} (a rule area file: codes are the file's own, re-importing moves them); otherwise it is
     * refused with {@link CodesHeldElsewhere} naming the codes and their plans (an IMRO object is one plan's).
     * Returns how many objects were stored.
     */
    public long replacePlan(RulePlanRecord plan, Iterator<RuleAreaRecord> objects, boolean takeOverCodes) {
        long planId = savePlan(plan);
        jdbc.sql("DELETE FROM rule_area WHERE plan_id = ?").param(planId).update();
        jdbc.sql("""
                CREATE TEMP TABLE rule_area_staging (n bigserial, code text, name text, function text, max_height_m double precision,
                  max_eaves_height_m double precision, max_built_up_pct double precision, min_boundary_distance_m double precision,
                  monument boolean, beschermd_stadsgezicht boolean, rule_text text, purpose text, source text, demo boolean,
                  geom geometry, kind text, imro_id text, artikel text, text_ref text, symbool_code text, hoofdgroep text,
                  measures jsonb) ON COMMIT DROP""").update();
        // dropped again below, so one transaction may replace several plans (a rule import of several files)
        long staged = bulkCopy.copy("rule_area_staging", COLUMNS, rows -> write(objects, rows));
        if (staged == 0) {
            jdbc.sql("DROP TABLE rule_area_staging").update();
            return 0;
        }
        if (!takeOverCodes) {
            List<Map<String, Object>> elsewhere = jdbc.sql("""
                    SELECT s.code, p.identificatie FROM rule_area_staging s JOIN rule_area r ON r.code = s.code
                    JOIN rule_plan p ON p.id = r.plan_id ORDER BY s.n LIMIT 20""").query().listOfRows();
            if (!elsewhere.isEmpty()) {
                throw new CodesHeldElsewhere(elsewhere.stream().map(r -> r.get("code") + " (plan " + r.get("identificatie") + ")").toList());
            }
        }
        // A file may name one code twice; the last one wins, as in a re-import.
        long stored = jdbc.sql("INSERT INTO rule_area (plan_id, " + COLUMNS + ") SELECT DISTINCT ON (code) ?::bigint, " + COLUMNS
                + " FROM rule_area_staging ORDER BY code, n DESC "
                + """
                ON CONFLICT (code) DO UPDATE SET plan_id = excluded.plan_id, name = excluded.name, function = excluded.function,
                  max_height_m = excluded.max_height_m, max_eaves_height_m = excluded.max_eaves_height_m,
                  max_built_up_pct = excluded.max_built_up_pct, min_boundary_distance_m = excluded.min_boundary_distance_m,
                  monument = excluded.monument, beschermd_stadsgezicht = excluded.beschermd_stadsgezicht,
                  rule_text = excluded.rule_text, purpose = excluded.purpose, source = excluded.source, demo = excluded.demo,
                  geom = excluded.geom, kind = excluded.kind, imro_id = excluded.imro_id, artikel = excluded.artikel,
                  text_ref = excluded.text_ref, symbool_code = excluded.symbool_code, hoofdgroep = excluded.hoofdgroep,
                  measures = excluded.measures""").param(planId).update();
        jdbc.sql("DROP TABLE rule_area_staging").update();
        // The connections keep generic plans (plan_cache_mode = force_generic_plan): a plan made before autovacuum has
        // seen the new parts estimates them badly and stays slow for the connection's life (the check's rule query
        // took 28 ms instead of 1.5 ms in the minute after a load). Statistics now, in the same transaction.
        jdbc.sql("ANALYZE rule_area").update();
        jdbc.sql("ANALYZE rule_area_part").update();
        return stored;
    }

    /** Removes plans that no longer hold any object (their codes were all taken over by another file). */
    public int removeEmptyPlans() {
        return jdbc.sql("DELETE FROM rule_plan p WHERE NOT p.demo AND NOT EXISTS (SELECT 1 FROM rule_area r WHERE r.plan_id = p.id)").update();
    }

    private long savePlan(RulePlanRecord p) {
        return jdbc.sql("""
                INSERT INTO rule_plan (identificatie, naam, type_plan, planstatus, plan_date, text_ref, overheid, source, licence, demo, geom)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 28992))
                ON CONFLICT (identificatie) DO UPDATE SET naam = excluded.naam, type_plan = excluded.type_plan,
                  planstatus = excluded.planstatus, plan_date = excluded.plan_date, text_ref = excluded.text_ref,
                  overheid = excluded.overheid, source = excluded.source, licence = excluded.licence, demo = excluded.demo,
                  geom = excluded.geom, imported_at = now()
                RETURNING id""")
                .params(p.identificatie(), p.naam(), p.typePlan(), p.planstatus(), p.planDate() == null ? null : Date.valueOf(p.planDate()),
                        p.textRef(), p.overheid(), p.source(), p.licence(), p.demo(), p.area() == null ? null : new WKBWriter().write(p.area()))
                .query(Long.class).single();
    }

    private static void write(Iterator<RuleAreaRecord> areas, BulkCopy.Rows rows) throws IOException {
        while (areas.hasNext()) {
            RuleAreaRecord r = areas.next();
            rows.text(r.code()).text(r.name()).text(r.function()).number(r.maxHeightM()).number(r.maxEavesHeightM())
                    .number(r.maxBuiltUpPct()).number(r.minBoundaryDistanceM()).bool(r.monument()).bool(r.beschermdStadsgezicht())
                    .text(r.ruleText()).text(r.purpose()).text(r.source()).bool(r.demo()).geometry(r.geometry())
                    .text(r.kind()).text(r.imroId()).text(r.artikel()).text(r.textRef()).text(r.symboolCode()).text(r.hoofdgroep())
                    .text(measuresJson(r.measures())).end();
        }
    }

    static String measuresJson(List<RuleMeasure> measures) {
        StringBuilder json = new StringBuilder("[");
        for (RuleMeasure m : measures) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"waardeType\":").append(quote(m.waardeType())).append(",\"value\":").append(m.value())
                    .append(",\"written\":").append(m.written() == null ? "null" : quote(m.written()))
                    .append(",\"known\":").append(m.known()).append('}');
        }
        return json.append(']').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Objects of the plan are already stored as objects of another plan. */
    public static final class CodesHeldElsewhere extends RuntimeException {
        private final transient List<String> codes;

        CodesHeldElsewhere(List<String> codes) {
            super("already stored in another plan: " + String.join(", ", codes));
            this.codes = List.copyOf(codes);
        }

        public List<String> codes() {
            return codes;
        }
    }
}
