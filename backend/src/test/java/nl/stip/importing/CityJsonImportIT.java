package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

/** The CityJSON importer on real 3D BAG and Rotterdam 3D tiles, and on small fixtures. */
class CityJsonImportIT extends IntegrationTest {

    static final Path DEN_BOSCH = GisSamples.path("cityjson/3dbag-denbosch-multilod.city.json");
    static final Path ROTTERDAM_ONE = GisSamples.path("cityjson/rotterdam_one.city.json");
    static final Path ROTTERDAM_SUBSET = GisSamples.path("cityjson/rotterdam_subset.city.json");
    static final Path PART_AND_SUNKEN = GisSamples.fixture("cityjson/part-and-sunken.city.json");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeTestBuildings() {
        jdbc.sql("DELETE FROM building WHERE identificatie LIKE '0796%' OR identificatie LIKE '9999%' OR identificatie LIKE '{%'").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    ImportReport run(ImportOptions options, Path... files) {
        return imports.run("cityjson", List.of(files), options, null);
    }

    @Test
    void aKnownBuildingKeepsItsBagDataAndGetsTheMeasuredHeightOfItsHighestLod() {
        jdbc.sql("INSERT INTO building (identificatie, status, bouwjaar, current, footprint, height_m, height_source, source) "
                + "VALUES ('0796100000236261', 'Pand in gebruik', 1965, true, "
                + "ST_GeomFromText('POLYGON((153200 414120, 153210 414120, 153210 414130, 153200 414120))', 28992), 9, 'estimated', 'test BAG')")
                .update();
        ImportReport report = run(ImportOptions.defaults(), DEN_BOSCH);
        assertThat(report.importedCount()).isEqualTo(10);
        Map<String, Object> known = jdbc.sql("SELECT height_m, ground_level_m, height_source, height_note, lod, source, ST_Area(footprint) AS area, "
                + "GeometryType(lod_geometry) AS type, ST_NDims(lod_geometry) AS dims, ST_SRID(lod_geometry) AS srid, "
                + "ST_ZMax(lod_geometry) AS zmax FROM building WHERE identificatie = '0796100000236261'").query().singleRow();
        assertThat((Double) known.get("height_m")).isCloseTo(13.224 - 5.254, within(0.001));
        assertThat(known).containsEntry("ground_level_m", 5.254).containsEntry("height_source", "measured").containsEntry("lod", "2.2")
                .containsEntry("source", "test BAG").containsEntry("area", 50.0).containsEntry("type", "MULTIPOLYGON")
                .containsEntry("dims", 3).containsEntry("srid", 28992);
        assertThat((Double) known.get("zmax")).isCloseTo(13.224, within(0.001));
        assertThat((String) known.get("height_note")).contains("3dbag-denbosch-multilod.city.json").contains("LoD 2.2")
                .contains("h_maaiveld").contains("RD New + NAP assumed");
    }

    @Test
    void unknownBuildingsAreAddedWithTheirFootprintAndReimportDuplicatesNothing() {
        long before = count("SELECT count(*) FROM building");
        run(ImportOptions.defaults(), DEN_BOSCH);
        assertThat(count("SELECT count(*) FROM building WHERE identificatie LIKE '0796%' AND current "
                + "AND height_source = 'measured' AND lod = '2.2'")).isEqualTo(10);
        assertThat(jdbc.sql("SELECT identificatie || ' ' || ST_AsText(footprint) FROM building WHERE identificatie LIKE '0796%' "
                + "AND NOT (ST_IsValid(footprint) AND ST_Area(footprint) > 5)").query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM building WHERE identificatie = '0796100000242693'").query(String.class).single())
                .isEqualTo("Pand in gebruik (niet ingemeten)");
        assertThat(count("SELECT bouwjaar FROM building WHERE identificatie = '0796100000236261'")).isEqualTo(1965);

        run(ImportOptions.defaults(), DEN_BOSCH);
        assertThat(count("SELECT count(*) FROM building")).isEqualTo(before + 10);
    }

    @Test
    void rotterdamTilesInCityJson11And20WithoutBagIdsKeepTheirObjectIds() {
        // rotterdam_one's building is also in the subset: the later file wins, nothing is doubled
        run(ImportOptions.defaults(), ROTTERDAM_ONE, ROTTERDAM_SUBSET);
        assertThat(count("SELECT count(*) FROM building WHERE identificatie LIKE '{%' AND lod = '2'")).isEqualTo(16);
        Map<String, Object> one = jdbc.sql("SELECT height_m, ground_level_m, status FROM building "
                + "WHERE identificatie = '{CD98680D-A8DD-4106-A18E-15EE2A908D75}'").query().singleRow();
        assertThat((Double) one.get("height_m")).isCloseTo(15.311, within(0.001));
        assertThat(one).containsEntry("ground_level_m", 0.0).containsEntry("status", "Pand in gebruik");
    }

    @Test
    void aBuildingPartBelongsToItsParentAndAnImpossibleHeightRejectsTheFileUnlessSkipped() {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), PART_AND_SUNKEN)).isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("Building sunken").hasMessageContaining("height -10.00 m");
        assertThat(count("SELECT count(*) FROM building WHERE identificatie LIKE '9999%'")).isZero();

        ImportReport report = run(ImportOptions.defaults().withSkipInvalid(true), PART_AND_SUNKEN);
        assertThat(report.importedCount()).isEqualTo(1);
        Map<String, Object> part = jdbc.sql("SELECT height_m, ground_level_m, status, bouwjaar, lod, ST_Area(footprint) AS area "
                + "FROM building WHERE identificatie = '9999100000000001'").query().singleRow();
        assertThat(part).containsEntry("height_m", 10.0).containsEntry("ground_level_m", 10.0).containsEntry("status", "Bouw gestart")
                .containsEntry("bouwjaar", 2024).containsEntry("lod", "1.2");
        assertThat((Double) part.get("area")).isCloseTo(100.0, within(0.001));
    }

    @Test
    void aFileInAnotherCrsIsRefused() {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), GisSamples.fixture("cityjson/wgs84.city.json")))
                .isInstanceOf(ImportException.class).hasMessageContaining("wgs84.city.json").hasMessageContaining("EPSG/0/4326");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), GisSamples.fixture("cityjson/no-crs-lonlat.city.json")))
                .isInstanceOf(ImportException.class).hasMessageContaining("no metadata.referenceSystem").hasMessageContaining("outside RD New");
    }

    @Test
    void geoJsonAndTruncatedFilesAreRefusedAndNothingIsKept(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), DEN_BOSCH, ParcelsImportIT.OTTERLO))
                .isInstanceOf(ImportException.class).hasMessageContaining("perceel_otterlo_rd.geojson is not a CityJSON file");
        String whole = Files.readString(DEN_BOSCH);
        Path truncated = Files.writeString(dir.resolve("tile.city.json"), whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> run(ImportOptions.defaults(), truncated))
                .isInstanceOf(ImportException.class).hasMessageContaining("tile.city.json line");
        assertThat(count("SELECT count(*) FROM building WHERE identificatie LIKE '0796%'")).isZero();
    }
}
