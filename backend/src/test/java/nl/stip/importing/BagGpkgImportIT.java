package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The BAG GeoPackage address importer on PDOK's Amsterdam sample. */
class BagGpkgImportIT extends IntegrationTest {

    static final Path AMSTERDAM = GisSamples.path("bag-amsterdam-adressen/bag.gpkg");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeAmsterdamAddresses() {
        jdbc.sql("DELETE FROM address WHERE identificatie LIKE '0363%'").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    ImportReport run(ImportOptions options, Path file) {
        return imports.run("bag-gpkg", List.of(file), options, null);
    }

    @Test
    void allVerblijfsobjectenLigplaatsenAndStandplaatsenBecomeAddressesAndReimportDuplicatesNothing() {
        long before = count("SELECT count(*) FROM address");
        ImportReport report = run(ImportOptions.defaults(), AMSTERDAM);
        assertThat(report.importedCount()).isEqualTo(1_836 + 67 + 1);
        assertThat(count("SELECT count(*) FROM address WHERE source LIKE '%layer ligplaatsen'")).isEqualTo(67);
        assertThat(count("SELECT count(*) FROM address WHERE source LIKE '%layer standplaatsen'")).isEqualTo(1);
        Map<String, Object> address = jdbc.sql("SELECT straatnaam, huisnummer, huisletter, toevoeging, postcode, woonplaats, status, "
                + "pand_identificatie, ST_X(geom) AS x, ST_Y(geom) AS y, ST_SRID(geom) AS srid FROM address "
                + "WHERE identificatie = '0363200000039881'").query().singleRow();
        assertThat(address).containsEntry("straatnaam", "Barentszplein").containsEntry("huisnummer", 1).containsEntry("toevoeging", "H")
                .containsEntry("postcode", "1013NJ").containsEntry("woonplaats", "Amsterdam").containsEntry("status", "Naamgeving uitgegeven")
                .containsEntry("x", 121223.0).containsEntry("y", 489163.0).containsEntry("srid", 28992);
        assertThat(address.get("huisletter")).isNull();
        assertThat(address.get("pand_identificatie")).isNull();

        run(ImportOptions.defaults(), AMSTERDAM);
        assertThat(count("SELECT count(*) FROM address")).isEqualTo(before + 1_904);
    }

    @Test
    void theLayerOptionImportsOnlyThatLayer() {
        ImportReport report = run(new ImportOptions(Map.of(), null, "ligplaatsen", false, null), AMSTERDAM);
        assertThat(report.importedCount()).isEqualTo(67);
    }

    @Test
    void aGeoPackageWithoutAddressLayersIsRefusedAndPandenAreNotAddresses() {
        Path panden = GisSamples.path("bag-doesburg/pand_doesburg_rd.gpkg");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), panden)).isInstanceOf(ImportException.class)
                .hasMessageContaining("pand_doesburg_rd.gpkg has no BAG address layers").hasMessageContaining("[pand]");
        assertThatThrownBy(() -> run(new ImportOptions(Map.of(), null, "pand", false, null), panden))
                .isInstanceOf(ImportService.RejectedRecordsException.class).hasMessageContaining("7395 record(s) rejected")
                .hasMessageContaining("not an address");
    }

    @Test
    void aFileThatIsNotAGeoPackageIsRefused(@TempDir Path dir) throws IOException {
        Path fake = Files.writeString(dir.resolve("bag.gpkg"), "<not a geopackage/>");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), fake)).isInstanceOf(ImportException.class)
                .hasMessageContaining("bag.gpkg").hasMessageContaining("not a GeoPackage");
    }

    @Test
    void anSqliteDatabaseThatIsNotAGeoPackageIsRefused(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("plain.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("CREATE TABLE adressen (id integer)");
        }
        assertThatThrownBy(() -> run(ImportOptions.defaults(), db)).isInstanceOf(ImportException.class)
                .hasMessageContaining("plain.sqlite is not a GeoPackage").hasMessageContaining("gpkg_contents");
    }

    @Test
    void mappingAnUnknownTargetIsRefused() {
        assertThatThrownBy(() -> run(new ImportOptions(Map.of("huisnr", "nummer"), null, null, false, null), AMSTERDAM))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown target for bag-gpkg");
    }
}
