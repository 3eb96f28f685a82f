package nl.stip.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;

import nl.stip.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the rule areas that apply at a place, most specific (smallest) area first. */
@Component
public class RuleAreaQueries {

    private final JdbcClient jdbc;
    private final Texts texts;

    RuleAreaQueries(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** The rule areas containing the RD New point (x, y). */
    public List<RuleAreaView> at(double x, double y) {
        return jdbc.sql("""
                SELECT code, name, function, max_height_m, max_eaves_height_m, max_built_up_pct, min_boundary_distance_m,
                       monument, beschermd_stadsgezicht, rule_text, purpose, source, demo
                FROM rule_area
                WHERE id IN (SELECT rule_area_id FROM rule_area_part WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992)))
                ORDER BY area_m2, code""")
                .params(x, y).query((rs, n) -> map(rs)).list();
    }

    /**
     * For each RD New footprint (in order): the rule areas it overlaps (by more than 1 cm², most specific first) and
     * whether those areas cover it whole. One query for all footprints; the areas' small parts keep it cheap.
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
                SELECT c.i, c.uncovered, r.code, r.name, r.function, r.max_height_m, r.max_eaves_height_m, r.max_built_up_pct,
                       r.min_boundary_distance_m, r.monument, r.beschermd_stadsgezicht, r.rule_text, r.purpose, r.source, r.demo
                FROM cover c LEFT JOIN per_area a ON a.i = c.i LEFT JOIN rule_area r ON r.id = a.rule_area_id
                ORDER BY c.i, r.area_m2, r.code""")
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
            out.add(new FootprintRules(List.copyOf(areas.get(i)), covered[i] && !areas.get(i).isEmpty()));
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
        String headline = texts.get("rules.headline", texts.get("function." + function), headlineNorms(norms));
        return new RuleAreaView(rs.getString("code"), rs.getString("name"), function, headline, norms, protections,
                rs.getString("rule_text"), rs.getString("purpose"), rs.getString("source"), rs.getBoolean("demo"));
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
