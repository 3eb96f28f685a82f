package nl.stip.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.geo.Rd;
import nl.stip.geo.Wkb;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;

import nl.stip.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the plan objects that apply at a place: the deciding plan first, then the others; most specific first. */
@Component
public class RuleAreaQueries {

    private final JdbcClient jdbc;
    private final Texts texts;
    private final JsonMapper json;

    RuleAreaQueries(JdbcClient jdbc, Texts texts, JsonMapper json) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.json = json;
    }

    /** Which plan decides where plans overlap: adopted plans first, then the latest date, then the latest import. */
    static final String PLAN_PRECEDENCE = "(p.planstatus IS NULL OR lower(p.planstatus) IN ('vastgesteld', 'geconsolideerd') "
            + "OR lower(p.planstatus) LIKE '%onherroepelijk%') DESC, p.plan_date DESC NULLS LAST, p.imported_at DESC, p.id DESC";
    private static final String KIND_ORDER = "array_position(ARRAY['" + String.join("', '", RuleAreaRecord.KINDS) + "'], r.kind)";
    private static final String OBJECT_COLUMNS = """
            r.code, r.name, r.function, r.max_height_m, r.max_eaves_height_m, r.max_built_up_pct, r.min_boundary_distance_m,
            r.monument, r.beschermd_stadsgezicht, r.rule_text, r.purpose, r.source, r.demo, r.kind, r.imro_id, r.artikel,
            r.text_ref, r.symbool_code, r.hoofdgroep, r.measures::text AS measures, p.identificatie AS plan_identificatie,
            p.naam AS plan_naam, p.type_plan, p.planstatus, p.plan_date, p.text_ref AS plan_text_ref, p.overheid,
            p.source AS plan_source, p.licence, p.demo AS plan_demo,
            (p.planstatus IS NULL OR lower(p.planstatus) IN ('vastgesteld', 'geconsolideerd') OR lower(p.planstatus) LIKE '%onherroepelijk%') AS adopted""";

    /**
     * Every plan object containing the RD New point (x, y), found by geometry (not by the plan's links): the deciding
     * plan's objects first (see {@link #PLAN_PRECEDENCE}), within a plan bestemmingen first, then bouwvlak, maatvoering,
     * aanduidingen, dubbelbestemmingen, each kind most specific (smallest) first. {@code plan().deciding()} marks the
     * objects of the plan that decides here.
     */
    public List<RuleAreaView> at(double x, double y) {
        List<RuleAreaView> found = jdbc.sql("SELECT " + OBJECT_COLUMNS + """

                FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id
                WHERE r.id IN (SELECT rule_area_id FROM rule_area_part WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992)))
                ORDER BY """ + " " + PLAN_PRECEDENCE + ", " + KIND_ORDER + ", r.area_m2, r.code")
                .params(x, y).query((rs, n) -> map(rs)).list();
        return markDeciding(found);
    }

    /** The objects with their plan marked deciding where it is the first (deciding) plan of the list. */
    private static List<RuleAreaView> markDeciding(List<RuleAreaView> ordered) {
        if (ordered.isEmpty()) {
            return ordered;
        }
        String deciding = ordered.get(0).plan().identificatie();
        return ordered.stream().map(a -> a.plan().identificatie().equals(deciding) ? withPlan(a, a.plan().deciding(true)) : a).toList();
    }

    private static RuleAreaView withPlan(RuleAreaView a, RulePlanView plan) {
        return new RuleAreaView(a.code(), a.name(), a.function(), a.headline(), a.norms(), a.protections(), a.ruleText(), a.purpose(),
                a.source(), a.demo(), a.kind(), a.imroId(), a.artikel(), a.textRef(), a.symboolCode(), a.hoofdgroep(), a.measures(),
                plan, a.citation());
    }

    /**
     * For each RD New footprint (in order): the plan objects it overlaps (by more than 1 cm²) of the plan that decides
     * there (only its norms count; see {@link #PLAN_PRECEDENCE}), most specific first, and whether the objects of all
     * plans cover it whole. One query for all footprints; the objects' small parts keep it cheap.
     */
    public List<FootprintRules> forFootprints(List<Polygon> footprints) {
        if (footprints.isEmpty()) {
            return List.of();
        }
        String collection = new WKTWriter().write(Rd.GEOMETRY.createGeometryCollection(footprints.toArray(new Geometry[0])));
        List<List<RuleAreaView>> areas = new ArrayList<>();
        boolean[] covered = new boolean[footprints.size()];
        for (int i = 0; i < footprints.size(); i++) {
            areas.add(new ArrayList<>());
        }
        jdbc.sql("""
                WITH f AS (SELECT d.path[1] AS i, d.geom FROM ST_Dump(ST_GeomFromText(?, 28992)) d),
                hit AS (SELECT f.i, p.rule_area_id, ST_Intersection(p.geom, f.geom) AS part
                        FROM f JOIN rule_area_part p ON ST_Intersects(p.geom, f.geom)),
                per_area AS (SELECT i, rule_area_id FROM hit GROUP BY i, rule_area_id HAVING sum(ST_Area(part)) > 0.0001),
                cover AS (SELECT f.i, ST_Area(f.geom) - coalesce((SELECT ST_Area(ST_Union(part)) FROM hit WHERE hit.i = f.i), 0) AS uncovered FROM f)
                SELECT c.i, c.uncovered, """ + OBJECT_COLUMNS + """

                FROM cover c LEFT JOIN per_area a ON a.i = c.i LEFT JOIN rule_area r ON r.id = a.rule_area_id
                LEFT JOIN rule_plan p ON p.id = r.plan_id
                ORDER BY c.i, """ + " " + PLAN_PRECEDENCE + ", " + KIND_ORDER + ", r.area_m2, r.code")
                .param(collection)
                .query(rs -> {
                    int i = rs.getInt("i") - 1;
                    covered[i] = rs.getDouble("uncovered") < 0.01;
                    if (rs.getString("code") != null) {
                        areas.get(i).add(map(rs));
                    }
                });
        List<FootprintRules> out = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            List<RuleAreaView> deciding = markDeciding(areas.get(i)).stream().filter(a -> a.plan().deciding()).toList();
            out.add(new FootprintRules(deciding, covered[i] && !deciding.isEmpty()));
        }
        return out;
    }

    private RuleAreaView map(ResultSet rs) throws SQLException {
        List<Norm> norms = new ArrayList<>();
        addNorm(norms, rs, "max_height_m", "max-hoogte", "m");
        addNorm(norms, rs, "max_eaves_height_m", "max-goothoogte", "m");
        addNorm(norms, rs, "max_built_up_pct", "max-bebouwingspercentage", "%");
        addNorm(norms, rs, "min_boundary_distance_m", "min-afstand-perceelgrens", "m");
        List<String> protections = new ArrayList<>();
        if (rs.getBoolean("monument")) {
            protections.add(RuleAreaView.Protection.MONUMENT);
        }
        if (rs.getBoolean("beschermd_stadsgezicht")) {
            protections.add(RuleAreaView.Protection.BESCHERMD_STADSGEZICHT);
        }
        String function = rs.getString("function");
        String kind = rs.getString("kind");
        String imroId = rs.getString("imro_id");
        List<RuleMeasure> measures = measures(rs.getString("measures"));
        java.sql.Date planDate = rs.getDate("plan_date");
        RulePlanView plan = new RulePlanView(rs.getString("plan_identificatie"), rs.getString("plan_naam"), rs.getString("type_plan"),
                rs.getString("planstatus"), planDate == null ? null : planDate.toLocalDate().toString(), rs.getString("plan_text_ref"),
                rs.getString("overheid"), rs.getString("plan_source"), rs.getString("licence"), rs.getBoolean("plan_demo"),
                rs.getBoolean("adopted"), false);
        String name = rs.getString("name");
        String headline = imroId == null
                ? texts.get("rules.headline", texts.get("function." + function), headlineNorms(norms))
                : imroHeadline(kind, name, measures);
        return new RuleAreaView(rs.getString("code"), name, function, headline, norms, protections,
                rs.getString("rule_text"), rs.getString("purpose"), rs.getString("source"), rs.getBoolean("demo"),
                kind, imroId, rs.getString("artikel"), rs.getString("text_ref"), rs.getString("symbool_code"), rs.getString("hoofdgroep"),
                measures, plan, citation(plan, rs.getString("artikel"), imroId, rs.getString("text_ref"), rs.getString("code")));
    }

    /** An IMRO object in one line: "Wonen", "Bouwvlak", "Maatvoering: max. 10 m hoog, goot 6 m". */
    private String imroHeadline(String kind, String name, List<RuleMeasure> measures) {
        return switch (kind) {
            case "bouwvlak" -> texts.get("rules.kind.bouwvlak");
            case "maatvoering" -> texts.get("rules.headline", texts.get("rules.kind.maatvoering"),
                    measures.isEmpty() ? texts.get("rules.no-norms")
                            : String.join(", ", measures.stream().map(this::measureShort).toList()));
            default -> name;
        };
    }

    /** A measure in a few words: "max. 10 m hoog", "goot 6 m", "max. 70% bebouwd", else "maximum aantal wooneenheden 6". */
    public String measureShort(RuleMeasure m) {
        String norm = ImroNorms.normKey(m.waardeType());
        String value = Texts.number(m.value());
        return norm == null ? m.waardeType() + " " + (m.written() == null ? value : m.written()) : texts.get("measure.short." + norm, value);
    }

    /** The citation in one line: plan naam, artikel, IMRO identificatie, text reference (whichever are known). */
    private String citation(RulePlanView plan, String artikel, String imroId, String textRef, String code) {
        List<String> parts = new ArrayList<>();
        parts.add(plan.naam());
        if (artikel != null) {
            parts.add(texts.get("rules.citation.artikel", artikel));
        }
        parts.add(imroId != null ? imroId : code);
        if (textRef != null) {
            parts.add(textRef);
        }
        return String.join(", ", parts);
    }

    private List<RuleMeasure> measures(String jsonText) {
        if (jsonText == null || jsonText.equals("[]")) {
            return List.of();
        }
        List<RuleMeasure> out = new ArrayList<>();
        for (JsonNode m : json.readTree(jsonText)) {
            out.add(new RuleMeasure(m.get("waardeType").asString(), m.get("value").asDouble(),
                    m.get("written").isNull() ? null : m.get("written").asString(), m.get("known").asBoolean()));
        }
        return out;
    }

    private void addNorm(List<Norm> norms, ResultSet rs, String column, String key, String unit) throws SQLException {
        double value = rs.getDouble(column);
        if (!rs.wasNull()) {
            norms.add(new Norm(key, texts.get("norm." + key), value, unit));
        }
    }

    private String headlineNorms(List<Norm> norms) {
        return norms.stream().filter(n -> n.key().equals("max-hoogte") || n.key().equals("max-bebouwingspercentage"))
                .map(n -> texts.get("norm." + n.key() + ".short", Texts.number(n.value())))
                .reduce((a, b) -> a + ", " + b).orElse(texts.get("rules.no-norms"));
    }

    /**
     * The part of the RD New footprint outside the bouwvlakken of the plan (by identificatie); empty when the plan has
     * no bouwvlakken at all (then the plan does not limit building to bouwvlakken). The part may be empty: inside.
     */
    public Optional<Geometry> outsideBouwvlakken(Geometry footprint, String planIdentificatie) {
        Map<String, Object> row = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id
                               WHERE p.identificatie = ? AND r.kind = 'bouwvlak') AS has,
                       ST_AsBinary(ST_Difference(f.g, coalesce((SELECT ST_Union(r.geom) FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id
                               WHERE p.identificatie = ? AND r.kind = 'bouwvlak' AND ST_Intersects(r.geom, f.g)),
                               ST_GeomFromText('POLYGON EMPTY', 28992)))) AS outside
                FROM (SELECT ST_GeomFromWKB(?, 28992) AS g) f""")
                .params(planIdentificatie, planIdentificatie, Wkb.write(footprint)).query().singleRow();
        if (!Boolean.TRUE.equals(row.get("has"))) {
            return Optional.empty();
        }
        return Optional.of(Wkb.read((byte[]) row.get("outside")));
    }

    /** How many rule areas are stored. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM rule_area").query(Long.class).single();
    }

    /** Whether any rule area is stored (cheap at every start, no count). */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rule_area)").query(Boolean.class).single();
    }

    /** How many rule areas are demo data (derived for the demo municipality, not real). */
    public long demoCount() {
        return jdbc.sql("SELECT count(*) FROM rule_area WHERE demo").query(Long.class).single();
    }
}
