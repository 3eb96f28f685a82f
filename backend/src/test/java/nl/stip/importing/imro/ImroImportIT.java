package nl.stip.importing.imro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Map;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.importing.GisSamples;
import nl.stip.importing.ImportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code import imro}: real IMRO2012 plans into the one rule model, whole or not at all, and "Stip op de kaart"
 * answering from them (by geometry; the deciding plan where plans overlap).
 */
class ImroImportIT extends IntegrationTest {

    static final Path NIJKERK = GisSamples.fixture("imro/NL.IMRO.0267.BP0174-0001.gml");
    static final Path APELDOORN = GisSamples.fixture("imro/NL.IMRO.0200.bp1416-ont1.gml");
    static final String NIJKERK_ID = "NL.IMRO.0267.BP0174-0001";
    /** Inside bouwvlak NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883 (its four corners lie around this point). */
    static final String IN_BOUWVLAK = "x=161522&y=470779";

    @Autowired
    ImportCommand command;
    @Autowired
    JdbcClient jdbc;

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @AfterEach
    void removeImportedPlans() {
        jdbc.sql("DELETE FROM rule_plan WHERE identificatie LIKE 'NL.IMRO.%'").update();
    }

    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Map<String, Long> kinds(String plan) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT r.kind, count(*) AS n FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id WHERE p.identificatie = ? "
                        + "GROUP BY r.kind ORDER BY r.kind").param(plan)
                .query(rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                });
        return counts;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    JsonNode lookup(String query) {
        Http.Response response = new Http(port).get("/api/v1/lookup?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void bothSamplePlansAreStoredWithEveryObjectTypeAndTheirParts() {
        long start = System.nanoTime();
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("IMRO import of the Nijkerk plan (read + store, one transaction): %.2f s; %s%n", seconds, uptime());
        assertThat(out()).contains("imro: read 1,012, imported 1,012, rejected 0");
        System.out.println(out());
        assertThat(kinds(NIJKERK_ID)).containsExactlyEntriesOf(new TreeMap<>(Map.of("bestemming", 235L, "bouwaanduiding", 172L,
                "bouwvlak", 260L, "dubbelbestemming", 2L, "functieaanduiding", 141L, "gebiedsaanduiding", 2L, "maatvoering", 200L)));
        Map<String, Object> plan = jdbc.sql("SELECT naam, type_plan, planstatus, plan_date::text AS plan_date, overheid, demo, "
                + "ST_SRID(geom) AS srid FROM rule_plan WHERE identificatie = ?").param(NIJKERK_ID).query().singleRow();
        assertThat(plan).containsEntry("naam", "Consolidatieplan Binnenstad Nijkerk").containsEntry("type_plan", "bestemmingsplan")
                .containsEntry("planstatus", "geconsolideerd").containsEntry("plan_date", "2024-01-01")
                .containsEntry("overheid", "Gemeente Nijkerk").containsEntry("demo", false).containsEntry("srid", 28992);
        // every object is also kept in small parts (what the lookup and the check query)
        assertThat(count("SELECT count(*) FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id WHERE p.identificatie = ? "
                + "AND NOT EXISTS (SELECT 1 FROM rule_area_part pt WHERE pt.rule_area_id = r.id)", NIJKERK_ID)).isZero();
        // the 319 WaardeEnType pairs are all kept as written
        assertThat(count("SELECT sum(jsonb_array_length(measures)) FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id "
                + "WHERE p.identificatie = ?", NIJKERK_ID)).isEqualTo(319);

        assertThat(run("imro", APELDOORN.toString())).as(err()).isZero();
        assertThat(kinds("NL.IMRO.0200.bp1416-ont1")).containsEntry("bestemming", 5L).containsEntry("bouwvlak", 5L)
                .containsEntry("maatvoering", 8L).containsEntry("functieaanduiding", 3L).containsEntry("gebiedsaanduiding", 2L)
                .doesNotContainKey("dubbelbestemming");
        // both plans side by side
        assertThat(kinds(NIJKERK_ID).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1012);
    }

    @Test
    void aKnownNijkerkBouwvlaksMaatvoeringIsStoredWithItsValuesAndCitation() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        Map<String, Object> m = jdbc.sql("SELECT kind, max_height_m, max_eaves_height_m, symbool_code, measures::text AS measures "
                + "FROM rule_area WHERE code = 'NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e'").query().singleRow();
        assertThat(m).containsEntry("kind", "maatvoering").containsEntry("symbool_code", "s111");
        // the two maatvoeringen of bouwvlak 9e7f...: goothoogte 7, bouwhoogte 10, and 6 wooneenheden (not a norm, kept as written)
        Map<String, Object> both = jdbc.sql("""
                SELECT min(max_height_m) AS height, min(max_eaves_height_m) AS eaves,
                       string_agg(measures::text, ' ') AS measures
                FROM rule_area WHERE code IN ('NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e', 'NL.IMRO.fffa48450ab341eca25963a55f13e56d')""")
                .query().singleRow();
        assertThat(both).containsEntry("height", 10.0).containsEntry("eaves", 7.0);
        assertThat((String) both.get("measures")).contains("\"waardeType\": \"maximum aantal wooneenheden\"").contains("\"value\": 6.0");

        Map<String, Object> wonen = jdbc.sql("SELECT kind, name, function, hoofdgroep, artikel, text_ref, rule_text FROM rule_area "
                + "WHERE code = 'NL.IMRO.a4a372efc4d84d77a639450ae73033b2'").query().singleRow();
        assertThat(wonen).containsEntry("kind", "bestemming").containsEntry("name", "Wonen").containsEntry("function", "wonen")
                .containsEntry("hoofdgroep", "wonen").containsEntry("artikel", "16").containsEntry("rule_text", null)
                .containsEntry("text_ref", "r_NL.IMRO.0267.BP0174-0001.html#NL.IMRO.PT.87a774464166464b93d993319a1fe699");
    }

    @Test
    void aPointInANijkerkBouwvlakIsAnsweredWithBestemmingBouwvlakHeightsAndCitations() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        JsonNode answer = lookup(IN_BOUWVLAK);
        assertThat(answer.get("inside").asBoolean()).isTrue();
        JsonNode plan = answer.get("plan");
        assertThat(plan.get("decides").get("identificatie").asString()).isEqualTo(NIJKERK_ID);
        assertThat(plan.get("decides").get("adopted").asBoolean()).isTrue();
        assertThat(plan.get("alsoApplicable")).isEmpty();
        assertThat(plan.get("bouwvlak").get("imroId").asString()).isEqualTo("NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883");
        assertThat(plan.get("maatvoeringen").valueStream().map(m -> m.get("imroId").asString()))
                .contains("NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e", "NL.IMRO.fffa48450ab341eca25963a55f13e56d");
        JsonNode bestemming = plan.get("bestemming");
        assertThat(bestemming.get("kind").asString()).isEqualTo("bestemming");
        assertThat(bestemming.get("citation").asString()).startsWith("Consolidatieplan Binnenstad Nijkerk, artikel ")
                .contains(bestemming.get("imroId").asString()).contains("r_NL.IMRO.0267.BP0174-0001.html#");
        assertThat(plan.get("headline").asString()).isEqualTo(bestemming.get("name").asString() + " — bouwvlak, max. 10 m hoog, goot 7 m");
        assertThat(answer.get("summary").get("allowed").asString()).isEqualTo(plan.get("headline").asString());
        // the old fields still work: every object at the point, the bestemming first
        assertThat(answer.get("rules").get(0).get("kind").asString()).isEqualTo("bestemming");
        assertThat(answer.get("rules").valueStream().map(r -> r.get("kind").asString())).contains("bouwvlak", "maatvoering");
        assertThat(answer.get("procedures")).isNotEmpty();
        // the bouwvlak links to its dubbelbestemming Waarde - Archeologie; the answer finds it by geometry
        assertThat(plan.get("dubbelbestemmingen").valueStream().map(d -> d.get("imroId").asString()))
                .contains("NL.IMRO.74c1c3e606804fcc97c009c85ba7e648");
        System.out.println("Nijkerk lookup at " + IN_BOUWVLAK + ": " + plan.get("headline").asString() + " | "
                + bestemming.get("citation").asString());
    }

    @Test
    void reimportingAPlanReplacesItWithoutDuplicates() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        Map<String, Long> first = kinds(NIJKERK_ID);
        long parts = count("SELECT count(*) FROM rule_area_part");
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        assertThat(kinds(NIJKERK_ID)).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM rule_plan WHERE identificatie = ?", NIJKERK_ID)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rule_area_part")).isEqualTo(parts);
    }

    @Test
    void aBrokenPlanExitsNonZeroNamingEveryProblemAndStoresNothing() throws IOException {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        Map<String, Long> before = kinds(NIJKERK_ID);
        String gml = Files.readString(NIJKERK);
        // one waarde that is not a number (maatvoering 1b17...), one self-intersecting bouwvlak (9c66...: a bow tie)
        String broken = gml.replaceFirst("<imro:waarde>70</imro:waarde>", "<imro:waarde>hoog</imro:waarde>")
                .replace("161497.770 470758.187 161499.458 470757.992 161499.067 470754.614 161509.000 470753.462 161510.526 470766.618 "
                                + "161500.593 470767.770 161500.201 470764.393 161498.512 470764.589 161497.770 470758.187",
                        "161497.770 470750.000 161510.000 470770.000 161510.000 470750.000 161497.770 470770.000 161497.770 470750.000");
        assertThat(broken).isNotEqualTo(gml);
        Path file = dir.resolve("NL.IMRO.0267.BP0174-0001.gml");
        Files.writeString(file, broken);

        assertThat(run("imro", file.toString())).isEqualTo(1);
        assertThat(err()).contains("nothing was imported").contains("NL.IMRO.1b17255074c04582be8e0d4f549110cf")
                .contains("\"hoog\"").contains("not a number").contains("NL.IMRO.9c667ed19cc14fdd967496573b847fa3").contains("line ");
        // the stored plan is as it was: nothing of the broken file is kept
        assertThat(kinds(NIJKERK_ID)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM rule_area WHERE code = 'NL.IMRO.1b17255074c04582be8e0d4f549110cf' AND max_built_up_pct = 70"))
                .isEqualTo(1);

        jdbc.sql("DELETE FROM rule_plan WHERE identificatie = ?").param(NIJKERK_ID).update();
        assertThat(run("imro", file.toString())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rule_plan WHERE identificatie = ?", NIJKERK_ID)).isZero();
        assertThat(count("SELECT count(*) FROM rule_area WHERE code = 'NL.IMRO.a4a372efc4d84d77a639450ae73033b2'")).isZero();
    }

    @Test
    void skippingInvalidObjectsIsRefusedForAPlan() {
        assertThat(run("imro", "--skip-invalid", APELDOORN.toString())).isEqualTo(1);
        assertThat(err()).contains("whole or not at all");
        assertThat(count("SELECT count(*) FROM rule_plan WHERE identificatie = 'NL.IMRO.0200.bp1416-ont1'")).isZero();
    }

    @Test
    void anUnknownWaardeTypeIsStoredMarkedUnknownAndReported() throws IOException {
        Path file = dir.resolve("unknown.gml");
        Files.writeString(file, plan("NL.IMRO.9999.UNKNOWN", "vastgesteld", "2020-01-01", "u",
                maatvoering("u", "maximale nokhoogte (m)", "9")));
        assertThat(run("imro", file.toString())).as(err()).isZero();
        assertThat(out()).contains("warning").contains("maximale nokhoogte (m)").contains("NL.IMRO.u-mv");
        assertThat(jdbc.sql("SELECT measures::text FROM rule_area WHERE code = 'NL.IMRO.u-mv'").query(String.class).single())
                .contains("\"known\": false").contains("\"value\": 9.0");
    }

    @Test
    void whereTwoAdoptedPlansOverlapTheNewerDecidesAndTheOtherIsListed() throws IOException {
        Path old = dir.resolve("old.gml");
        Path newer = dir.resolve("new.gml");
        Path draft = dir.resolve("draft.gml");
        Files.writeString(old, plan("NL.IMRO.9999.OLD-0001", "vastgesteld", "2012-03-01", "o", maatvoering("o", "maximum bouwhoogte (m)", "8")));
        Files.writeString(newer, plan("NL.IMRO.9999.NEW-0001", "onherroepelijk", "2021-05-01", "n", maatvoering("n", "maximum bouwhoogte (m)", "12")));
        // a newer draft is listed too, but does not decide: it is not adopted
        Files.writeString(draft, plan("NL.IMRO.9999.DRAFT-0001", "ontwerp", "2025-01-01", "d", maatvoering("d", "maximum bouwhoogte (m)", "20")));
        assertThat(run("imro", newer.toString(), old.toString(), draft.toString())).as(err()).isZero();

        JsonNode plan = lookup("x=150000&y=450000").get("plan");
        assertThat(plan.get("decides").get("identificatie").asString()).isEqualTo("NL.IMRO.9999.NEW-0001");
        assertThat(plan.get("alsoApplicable").valueStream().map(p -> p.get("identificatie").asString()))
                .containsExactlyInAnyOrder("NL.IMRO.9999.OLD-0001", "NL.IMRO.9999.DRAFT-0001");
        assertThat(plan.get("headline").asString()).isEqualTo("Plan n — max. 12 m hoog");
        assertThat(plan.get("note").asString()).contains("Plan NL.IMRO.9999.NEW-0001").contains("Ook van toepassing");

        // the check counts only the deciding plan's norms: 10 m is above the old plan's 8 m, within the newer plan's 12 m
        JsonNode height = verdict(check("nieuwbouw-woning", nl.stip.TestGeometry.rect(150000, 450000, 4, 4), 10), "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("pass");
        assertThat(height.get("limit").asDouble()).isEqualTo(12.0);
        assertThat(height.get("citation").get("code").asString()).isEqualTo("NL.IMRO.n-mv");
        assertThat(height.get("citation").get("plan").asString()).isEqualTo("Plan NL.IMRO.9999.NEW-0001");
    }

    @Test
    void theDemoOmgevingsplanAndRuleFilesArePlansOfTheSameModel() {
        Map<String, Object> demo = jdbc.sql("SELECT p.naam, p.demo, count(r.id) AS objects, bool_and(r.kind = 'bestemming') AS bestemmingen "
                + "FROM rule_plan p JOIN rule_area r ON r.plan_id = p.id WHERE p.identificatie = 'DSB-DEMO-OMGEVINGSPLAN' GROUP BY p.naam, p.demo")
                .query().singleRow();
        assertThat(demo).containsEntry("naam", "Demo-omgevingsplan Doesburg").containsEntry("demo", true).containsEntry("bestemmingen", true);
        assertThat(count("SELECT count(*) FROM rule_area WHERE code LIKE 'DSB-DEMO-%'")).isEqualTo(((Number) demo.get("objects")).longValue());
        assertThat(count("SELECT count(*) FROM rule_area WHERE plan_id IS NULL")).isZero();
    }

    JsonNode check(String activity, String footprint, double height) {
        String body = "{\"activity\":\"" + activity + "\",\"volumes\":[{\"footprint\":" + footprint
                + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}";
        Http.Response response = new Http(port).post("/api/v1/check", body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static JsonNode verdict(JsonNode result, String ruleKey) {
        return result.get("verdicts").valueStream().filter(v -> v.get("ruleKey").asString().equals(ruleKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no verdict " + ruleKey + " in " + result));
    }

    @Test
    void theCheckMeasuresAVolumeInANijkerkBouwvlakAgainstItsMaatvoering() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        JsonNode result = check("nieuwbouw-woning", nl.stip.TestGeometry.rect(161522, 470779, 4, 4), 12);
        JsonNode height = verdict(result, "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("fail");
        assertThat(height.get("limit").asDouble()).isEqualTo(10.0);
        assertThat(height.get("citation").get("code").asString()).isIn("NL.IMRO.d4bdd5b81df944e8be16eb02f59f238e",
                "NL.IMRO.fffa48450ab341eca25963a55f13e56d");
        assertThat(height.get("citation").get("text").asString()).startsWith("Consolidatieplan Binnenstad Nijkerk, ")
                .contains(height.get("citation").get("code").asString());
        assertThat(verdict(result, "max-goothoogte").get("limit").asDouble()).isEqualTo(7.0);
        JsonNode low = check("nieuwbouw-woning", nl.stip.TestGeometry.rect(161522, 470779, 4, 4), 9);
        assertThat(verdict(low, "max-hoogte").get("status").asString()).isEqualTo("pass");
        JsonNode attention = verdict(low, "bescherming");
        assertThat(attention.get("status").asString()).isEqualTo("attention");
        assertThat(attention.get("explanation").asString()).contains("Waarde - Archeologie (artikel 19)");
        JsonNode inside = verdict(low, "binnen-bouwvlak");
        assertThat(inside.get("status").asString()).isEqualTo("pass");
        assertThat(inside.get("citation").get("code").asString()).isEqualTo("NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883");
        // Nijkerk has no parcels loaded: whether it stands on the own ground cannot be tested, so it asks attention
        JsonNode parcel = verdict(low, "binnen-perceel");
        assertThat(parcel.get("status").asString()).as(parcel.toString()).isEqualTo("attention");
        assertThat(parcel.get("explanation").asString()).contains("geen perceel in onze gegevens").contains("De gemeente kijkt dat na");
        assertThat(low.get("failed").asInt()).as("only the flat roof's eaves above 7 m fail: " + low).isEqualTo(1);
    }

    @Test
    void aMainBuildingStickingOutOfTheBouwvlakFailsWithThePartOutsideAsFailingGeometryAndAnAnnexAsksAttention() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        // the bouwvlak runs from about x 161505 to 161539; a 10 m × 4 m volume at its west end sticks out
        Map<String, Object> expected = jdbc.sql("""
                SELECT ST_Area(ST_Difference(ST_MakeEnvelope(161500, 470772, 161510, 470776, 28992), geom)) AS outside
                FROM rule_area WHERE code = 'NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883'""").query().singleRow();
        double outside = ((Number) expected.get("outside")).doubleValue();
        assertThat(outside).isGreaterThan(1);
        JsonNode result = check("nieuwbouw-woning", nl.stip.TestGeometry.rect(161505, 470774, 10, 4), 6);
        JsonNode verdict = verdict(result, "binnen-bouwvlak");
        assertThat(verdict.get("status").asString()).as(verdict.toString()).isEqualTo("fail");
        assertThat(verdict.get("measured").asDouble()).isCloseTo(outside, org.assertj.core.data.Offset.offset(0.2));
        assertThat(verdict.get("explanation").asString()).contains("buiten het bouwvlak");
        assertThat(verdict.get("failingGeometry").get("features")).hasSize(1);
        // An annex (aanbouw) may often stand outside the bouwvlak under the regels' own conditions: the same part is
        // drawn and asks attention, it does not fail.
        JsonNode annex = verdict(check("aanbouw", nl.stip.TestGeometry.rect(161505, 470774, 10, 4), 3), "binnen-bouwvlak");
        assertThat(annex.get("status").asString()).as(annex.toString()).isEqualTo("attention");
        assertThat(annex.get("measured").asDouble()).isCloseTo(outside, org.assertj.core.data.Offset.offset(0.2));
        assertThat(annex.get("explanation").asString()).contains("Een aanbouw mag vaak buiten het bouwvlak");
        assertThat(annex.get("failingGeometry").get("features")).hasSize(1);
    }

    @Test
    void anAanbouwInATuinAsksAttentionWhereAWoningFails() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        // the largest circle inside a Tuin bestemming of the plan that no other bestemming overlaps (real geometry)
        Map<String, Object> tuin = jdbc.sql("""
                SELECT ST_X(c.center) AS x, ST_Y(c.center) AS y, c.radius FROM rule_area r
                JOIN rule_plan p ON p.id = r.plan_id AND p.identificatie = ?,
                LATERAL ST_MaximumInscribedCircle(r.geom) c
                WHERE r.kind = 'bestemming' AND r.function = 'tuin' ORDER BY c.radius DESC LIMIT 1""").param(NIJKERK_ID).query().singleRow();
        assertThat(((Number) tuin.get("radius")).doubleValue()).isGreaterThan(1.5);
        String footprint = nl.stip.TestGeometry.rect(((Number) tuin.get("x")).doubleValue(), ((Number) tuin.get("y")).doubleValue(), 2, 2);

        JsonNode annex = verdict(check("aanbouw", footprint, 3), "functie");
        assertThat(annex.get("status").asString()).as(annex.toString()).isEqualTo("attention");
        assertThat(annex.get("explanation").asString()).contains("bestemming Tuin").contains("onder voorwaarden");
        assertThat(annex.get("failingGeometry").get("features")).hasSize(1);
        JsonNode woning = verdict(check("nieuwbouw-woning", footprint, 3), "functie");
        assertThat(woning.get("status").asString()).as(woning.toString()).isEqualTo("fail");
    }

    @Test
    void aVolumeOverTwoMaatvoeringenIsCheckedAgainstEach() {
        assertThat(run("imro", NIJKERK.toString())).as(err()).isZero();
        // two maatvoeringen of the plan with different bouwhoogtes that share a straight stretch of boundary (real geometry)
        Map<String, Object> pair = jdbc.sql("""
                WITH m AS (SELECT r.code, r.max_height_m, r.geom FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id
                           WHERE p.identificatie = ? AND r.kind = 'maatvoering' AND r.max_height_m IS NOT NULL),
                shared AS (SELECT a.code AS low, b.code AS high, a.max_height_m AS low_m, b.max_height_m AS high_m,
                                  ST_LineMerge(ST_CollectionExtract(ST_Intersection(ST_Boundary(a.geom), ST_Boundary(b.geom)), 2)) AS line
                           FROM m a JOIN m b ON a.max_height_m < b.max_height_m AND ST_Touches(a.geom, b.geom)),
                mid AS (SELECT low, high, low_m, high_m, ST_LineInterpolatePoint(ST_GeometryN(line, 1), 0.5) AS pt FROM shared
                        WHERE ST_Length(ST_GeometryN(line, 1)) > 6)
                SELECT low, high, low_m, high_m, ST_X(pt) AS x, ST_Y(pt) AS y FROM mid
                WHERE NOT EXISTS (SELECT 1 FROM m WHERE m.code NOT IN (mid.low, mid.high) AND ST_DWithin(m.geom, mid.pt, 2))
                ORDER BY low, high LIMIT 1""").param(NIJKERK_ID).query().singleRow();
        double low = ((Number) pair.get("low_m")).doubleValue();
        double high = ((Number) pair.get("high_m")).doubleValue();
        double x = ((Number) pair.get("x")).doubleValue();
        double y = ((Number) pair.get("y")).doubleValue();
        // a 1 m × 1 m volume on the shared boundary, as high as the higher limit allows: too high for the lower one
        JsonNode height = verdict(check("nieuwbouw-woning", nl.stip.TestGeometry.rect(x, y, 1, 1), high), "max-hoogte");
        assertThat(height.get("status").asString()).as(pair.toString()).isEqualTo("fail");
        assertThat(height.get("limit").asDouble()).isEqualTo(low);
        assertThat(height.get("citation").get("code").asString()).isEqualTo(pair.get("low"));
    }

    static String uptime() {
        try {
            return "uptime: " + new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "uptime: unknown";
        }
    }

    /** A small IMRO2012 plan over the square 149900..150100 × 449900..450100 with one Enkelbestemming and the given members. */
    static String plan(String id, String status, String date, String prefix, String... members) {
        String square = "<gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::28992\"><gml:exterior><gml:LinearRing><gml:posList>"
                + "149900 449900 150100 449900 150100 450100 149900 450100 149900 449900</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <imro:FeatureCollectionIMRO xmlns:imro="http://www.geonovum.nl/imro/2012/1.1" xmlns:gml="http://www.opengis.net/gml/3.2"
                    xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="c">
                <imro:featureMember><imro:Bestemmingsplangebied gml:id="%1$s">
                  <imro:identificatie><imro:NEN3610ID><imro:namespace>NL.IMRO</imro:namespace><imro:lokaalID>%2$s</imro:lokaalID>
                    </imro:NEN3610ID></imro:identificatie>
                  <imro:typePlan>bestemmingsplan</imro:typePlan><imro:naam>Plan %1$s</imro:naam>
                  <imro:planstatusInfo><imro:PlanstatusEnDatum><imro:planstatus>%3$s</imro:planstatus><imro:datum>%4$s</imro:datum>
                    </imro:PlanstatusEnDatum></imro:planstatusInfo>
                  <imro:geometrie>%5$s</imro:geometrie>
                </imro:Bestemmingsplangebied></imro:featureMember>
                <imro:featureMember><imro:Enkelbestemming gml:id="NL.IMRO.%6$s-eb">
                  <imro:identificatie><imro:NEN3610ID><imro:namespace>NL.IMRO</imro:namespace><imro:lokaalID>%6$s-eb</imro:lokaalID>
                    </imro:NEN3610ID></imro:identificatie>
                  <imro:plangebied xlink:href="#%1$s"/><imro:naam>Plan %6$s</imro:naam>
                  <imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep><imro:artikelnummer>3</imro:artikelnummer>
                  <imro:geometrie>%5$s</imro:geometrie>
                </imro:Enkelbestemming></imro:featureMember>
                """.formatted(id, id.substring("NL.IMRO.".length()), status, date, square, prefix));
        for (String member : members) {
            s.append("<imro:featureMember>").append(member.replace("#PLAN", "#" + id).replace("SQUARE", square)).append("</imro:featureMember>\n");
        }
        return s.append("</imro:FeatureCollectionIMRO>\n").toString();
    }

    static String maatvoering(String prefix, String waardeType, String waarde) {
        return """
                <imro:Maatvoering gml:id="NL.IMRO.%1$s-mv">
                  <imro:identificatie><imro:NEN3610ID><imro:namespace>NL.IMRO</imro:namespace><imro:lokaalID>%1$s-mv</imro:lokaalID>
                    </imro:NEN3610ID></imro:identificatie>
                  <imro:plangebied xlink:href="#PLAN"/><imro:naam>%2$s</imro:naam>
                  <imro:maatvoeringInfo><imro:WaardeEnType><imro:waarde>%3$s</imro:waarde><imro:waardeType>%2$s</imro:waardeType>
                    </imro:WaardeEnType></imro:maatvoeringInfo>
                  <imro:geometrie>SQUARE</imro:geometrie>
                </imro:Maatvoering>""".formatted(prefix, waardeType, waarde);
    }

}
