package nl.stip.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
}
