package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rule-area importer: attribute names and mapping, range checks, upsert by code. */
class RulesImportIT extends IntegrationTest {

    static final Path PLAN = GisSamples.fixture("rules/plan-rd.geojson");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeTestRules() {
        jdbc.sql("DELETE FROM rule_area WHERE code LIKE 'TST-R-%'").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    ImportReport run(ImportOptions options, Path file) {
        return imports.run("rules", List.of(file), options, null);
    }

    @Test
    void camelCaseAndSnakeCaseAttributesFillTheRuleAreaAndReimportUpdatesByCode() {
        long before = count("SELECT count(*) FROM rule_area");
        assertThat(run(ImportOptions.defaults(), PLAN).importedCount()).isEqualTo(2);
        Map<String, Object> wonen = jdbc.sql("SELECT * FROM rule_area WHERE code = 'TST-R-1'").query().singleRow();
        assertThat(wonen).containsEntry("name", "Woonwijk test").containsEntry("function", "wonen").containsEntry("max_height_m", 10.0)
                .containsEntry("max_eaves_height_m", 6.0).containsEntry("max_built_up_pct", 50.0).containsEntry("min_boundary_distance_m", 3.0)
                .containsEntry("monument", false).containsEntry("beschermd_stadsgezicht", true).containsEntry("demo", false)
                .containsEntry("rule_text", "Een gebouw is ten hoogste 10 meter hoog.").containsEntry("source", "plan-rd.geojson");
        Map<String, Object> gemengd = jdbc.sql("SELECT name, function, max_height_m, demo, ST_NumGeometries(geom) AS parts, "
                + "GeometryType(geom) AS type, ST_SRID(geom) AS srid FROM rule_area WHERE code = 'TST-R-2'").query().singleRow();
        assertThat(gemengd).containsEntry("name", "TST-R-2").containsEntry("function", "gemengd").containsEntry("max_height_m", 12.5)
                .containsEntry("demo", true).containsEntry("parts", 2).containsEntry("type", "MULTIPOLYGON").containsEntry("srid", 28992);
        assertThat(count("SELECT count(*) FROM rule_area r WHERE code = 'TST-R-1' AND GeometryType(geom) = 'MULTIPOLYGON'")).isEqualTo(1);

        // the file is one plan of the rule model, named by the file
        assertThat(count("SELECT count(*) FROM rule_area r JOIN rule_plan p ON p.id = r.plan_id "
                + "WHERE p.identificatie = 'plan-rd.geojson' AND r.kind = 'bestemming'")).isEqualTo(2);

        run(ImportOptions.defaults(), PLAN);
        assertThat(count("SELECT count(*) FROM rule_area")).isEqualTo(before + 2);
        assertThat(count("SELECT count(*) FROM rule_plan WHERE identificatie = 'plan-rd.geojson'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rule_area WHERE code LIKE 'DSB-DEMO-%'")).isPositive();
    }

    @Test
    void aGeoPackageWithOtherAttributeNamesImportsThroughMapping() {
        Path gpkg = GisSamples.fixture("rules/plan-renamed.gpkg");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), gpkg))
                .isInstanceOf(ImportService.RejectedRecordsException.class).hasMessageContaining("no code (attribute code)");

        ImportOptions mapped = new ImportOptions(Map.of("code", "plan_id", "function", "bestemming"), null, null, false, null);
        assertThat(run(mapped, gpkg).importedCount()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT code || '|' || function || '|' || rule_text FROM rule_area WHERE code LIKE 'TST-R-%' ORDER BY code")
                .query(String.class).list())
                .containsExactly("TST-R-1|wonen|Een gebouw is ten hoogste 10 meter hoog.", "TST-R-2|gemengd|Gemengd gebied.");
    }

    @Test
    void outOfRangeValuesAndUnknownFunctionsAreRejectedWithTheirReasons() {
        Path bad = GisSamples.fixture("rules/bad-plan.geojson");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), bad)).isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("3 record(s) rejected");
        assertThat(count("SELECT count(*) FROM rule_area WHERE code LIKE 'TST-R-%'")).isZero();

        ImportReport report = run(ImportOptions.defaults().withSkipInvalid(true), bad);
        assertThat(report.rejections()).hasSize(3);
        assertThat(report.rejections().get(0)).contains("feature 1").contains("TST-R-3").contains("maxBuiltUpPct 120.0 is not a percentage");
        assertThat(report.rejections().get(1)).contains("TST-R-4").contains("function 'industrie' is not one of");
        assertThat(report.rejections().get(2)).contains("TST-R-5").contains("maxHeightM -2.0 is not a height");
        assertThat(jdbc.sql("SELECT code FROM rule_area WHERE code LIKE 'TST-R-%'").query(String.class).list()).containsExactly("TST-R-6");
    }

    @Test
    void anUnknownMappingTargetIsRefusedBeforeReading() {
        ImportOptions options = new ImportOptions(Map.of("height", "hoogte"), null, null, false, null);
        assertThatThrownBy(() -> run(options, PLAN)).isInstanceOf(ImportException.class)
                .hasMessageContaining("--map height=...").hasMessageContaining("maxHeightM");
    }

    @Test
    void parcelsAreNotRuleAreasWithoutACode() {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), ParcelsImportIT.OTTERLO))
                .isInstanceOf(ImportService.RejectedRecordsException.class).hasMessageContaining("11 record(s) rejected");
    }
}
