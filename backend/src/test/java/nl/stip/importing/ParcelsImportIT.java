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

/** The parcels importer on the real Otterlo sample (GeoJSON, GeoPackage) and on small broken fixtures. */
class ParcelsImportIT extends IntegrationTest {

    static final Path OTTERLO = GisSamples.path("brk-otterlo/perceel_otterlo_rd.geojson");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeTestParcels() {
        jdbc.sql("DELETE FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %' OR kadastrale_aanduiding LIKE 'TST0_ %'").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    ImportReport run(ImportOptions options, Path... files) {
        return imports.run("parcels", List.of(files), options, null);
    }

    @Test
    void otterloGeoJsonInRdGivesElevenParcelsWithTheirRegisteredAreaAndReimportDuplicatesNothing() {
        long before = count("SELECT count(*) FROM parcel");
        ImportReport report = run(ImportOptions.defaults(), OTTERLO);
        assertThat(report.importedCount()).isEqualTo(11);
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 B %' AND area_source = 'registered' "
                + "AND ST_SRID(geom) = 28992 AND source = 'perceel_otterlo_rd.geojson'")).isEqualTo(11);
        Map<String, Object> parcel = jdbc.sql("SELECT area_m2, ST_Area(geom) AS computed, ST_X(ST_Centroid(geom)) AS x FROM parcel "
                + "WHERE kadastrale_aanduiding = 'OTL02 B 2298'").query().singleRow();
        assertThat((Double) parcel.get("area_m2")).isEqualTo(222.0);
        assertThat((Double) parcel.get("computed")).isCloseTo(222.0, within(1.0));
        assertThat((Double) parcel.get("x")).isBetween(181180.0, 181210.0);

        assertThat(run(ImportOptions.defaults(), OTTERLO).importedCount()).isEqualTo(11);
        assertThat(count("SELECT count(*) FROM parcel")).isEqualTo(before + 11);

        run(new ImportOptions(Map.of("area", "perceelnummer_rotatie"), null, null, true, "changed"), OTTERLO);
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding = 'OTL02 B 2298' AND area_m2 = 0 AND source = 'changed'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM parcel")).isEqualTo(before + 11);
    }

    @Test
    void geoPackageInWgs84IsTransformedToRdNew() {
        run(ImportOptions.defaults(), GisSamples.fixture("parcels/otterlo-wgs84.gpkg"));
        Map<String, Object> parcel = jdbc.sql("SELECT area_m2, ST_Area(geom) AS computed, ST_SRID(geom) AS srid, "
                + "ST_X(ST_PointN(ST_ExteriorRing(geom), 1)) AS x, ST_Y(ST_PointN(ST_ExteriorRing(geom), 1)) AS y "
                + "FROM parcel WHERE kadastrale_aanduiding = 'OTL02 B 2298'").query().singleRow();
        assertThat((Double) parcel.get("area_m2")).isEqualTo(222.0);
        assertThat((Double) parcel.get("computed")).isCloseTo(222.0, within(1.0));
        assertThat(parcel.get("srid")).isEqualTo(28992);
        assertThat((Double) parcel.get("x")).isCloseTo(181182.346, within(0.05));
        assertThat((Double) parcel.get("y")).isCloseTo(456712.174, within(0.05));
    }

    @Test
    void geoPackageOfMultiPolygonsWithOnePolygonEachIsAccepted() {
        ImportReport report = run(ImportOptions.defaults(), GisSamples.fixture("parcels/otterlo-rd-multi.gpkg"));
        assertThat(report.importedCount()).isEqualTo(11);
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'")).isEqualTo(11);
    }

    @Test
    void geoPackageInAnUnsupportedCrsIsRefused() {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), GisSamples.fixture("parcels/otterlo-webmercator.gpkg")))
                .isInstanceOf(ImportException.class).hasMessageContaining("otterlo-webmercator.gpkg").hasMessageContaining("EPSG:3857");
    }

    @Test
    void geoPackageOfPointsIsRefusedAsTheWrongGeometryType() {
        ImportOptions options = new ImportOptions(Map.of(), null, "verblijfsobjecten", false, null);
        assertThatThrownBy(() -> run(options, GisSamples.path("bag-amsterdam-adressen/bag.gpkg")))
                .isInstanceOf(ImportException.class).hasMessageContaining("verblijfsobjecten").hasMessageContaining("POINT");
    }

    @Test
    void geoJsonSequenceInWgs84WithRecordSeparatorsTakesTheAanduidingFromItsParts() {
        ImportReport report = run(ImportOptions.defaults(), GisSamples.fixture("parcels/wgs84.geojsonseq"));
        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT kadastrale_aanduiding || '|' || area_source FROM parcel WHERE kadastrale_aanduiding LIKE 'TST01 %' "
                + "ORDER BY 1").query(String.class).list()).containsExactly("TST01 A 1|computed", "TST01 A 2|registered");
        double area = jdbc.sql("SELECT area_m2 FROM parcel WHERE kadastrale_aanduiding = 'TST01 A 1'").query(Double.class).single();
        assertThat(area).isBetween(140.0, 170.0);
    }

    @Test
    void aSelfIntersectingParcelRejectsTheWholeFileUnlessSkipped() {
        Path bowtie = GisSamples.fixture("parcels/bowtie-rd.geojson");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), bowtie))
                .isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("bowtie-rd.geojson feature 2").hasMessageContaining("Self-intersection");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'TST02 %'")).isZero();

        ImportReport report = run(ImportOptions.defaults().withSkipInvalid(true), bowtie);
        assertThat(report.importedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding = 'TST02 B 1'")).isEqualTo(1);
    }

    @Test
    void lonLatCoordinatesLabelledAsRdAreRejectedAsOutsideTheRdDomain() {
        assertThatThrownBy(() -> run(ImportOptions.defaults(), GisSamples.fixture("parcels/lonlat-labelled-rd.geojson")))
                .isInstanceOf(ImportService.RejectedRecordsException.class).hasMessageContaining("outside the RD New domain");
    }

    @Test
    void aFileThatIsNotGeoJsonIsRefusedAndNothingIsKept(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("parcels.geojson"), "kadastrale_aanduiding;grootte\nOTL02 B 2298;222\n");
        assertThatThrownBy(() -> run(ImportOptions.defaults(), OTTERLO, text))
                .isInstanceOf(ImportException.class).hasMessageContaining("parcels.geojson").hasMessageContaining("GeoJSON");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'")).isZero();
    }

    @Test
    void aTruncatedGeoJsonFileIsRefusedNamingWhereItBroke(@TempDir Path dir) throws IOException {
        String whole = Files.readString(OTTERLO);
        Path truncated = Files.writeString(dir.resolve("truncated.geojson"), whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> run(ImportOptions.defaults(), truncated))
                .isInstanceOf(ImportException.class).hasMessageContaining("truncated.geojson line");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'")).isZero();
    }

    @Test
    void anUnknownMappingTargetIsRefusedAndAMappedAttributeThatIsMissingRejectsTheParcels() {
        ImportOptions unknownTarget = new ImportOptions(Map.of("perceel", "x"), null, null, false, null);
        assertThatThrownBy(() -> run(unknownTarget, OTTERLO)).isInstanceOf(ImportException.class)
                .hasMessageContaining("unknown target").hasMessageContaining("aanduiding");

        ImportOptions missing = new ImportOptions(Map.of("aanduiding", "perceel_code"), null, null, false, null);
        assertThatThrownBy(() -> run(missing, OTTERLO)).isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("11 record(s) rejected").hasMessageContaining("perceel_code");
    }

    @Test
    void aMappedAreaAttributeIsUsedAndANegativeValueRejectsThatParcel() {
        ImportReport report = run(new ImportOptions(Map.of("area", "perceelnummer_rotatie"), null, null, true, null), OTTERLO);
        assertThat(report.importedCount()).isEqualTo(10);
        assertThat(report.rejections()).singleElement().asString()
                .contains("feature 6").contains("registered area -13.2 is not a size");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding = 'OTL02 B 2298' AND area_m2 = 0")).isEqualTo(1);
    }

    @Test
    void aBulkLoadRebuildsBothIndexesAndTheLastOfTwoEqualAanduidingenWins(@TempDir Path dir) throws IOException {
        int n = 60_000;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            int nummer = i == n ? 0 : i;
            double x = 100_000 + (i % 300) * 20;
            double y = 400_000 + (i / 300) * 20;
            lines.append(String.format(java.util.Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"kadastrale_aanduiding\":\"TST09 A %d\","
                    + "\"grootte\":%d},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.1f,%.1f],[%.1f,%.1f],[%.1f,%.1f],[%.1f,%.1f],[%.1f,%.1f]]]}}%n",
                    nummer, i == n ? 999 : 100, x, y, x + 10, y, x + 10, y + 10, x, y + 10, x, y));
        }
        Path file = Files.writeString(dir.resolve("bulk.jsonl"), lines);
        ImportReport report = run(new ImportOptions(Map.of(), 28992, null, false, null), file);
        assertThat(report.readCount()).isEqualTo(n + 1);
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'TST09 %'")).isEqualTo(n);
        assertThat(count("SELECT area_m2::bigint FROM parcel WHERE kadastrale_aanduiding = 'TST09 A 0'")).isEqualTo(999);
        assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'parcel' ORDER BY 1").query(String.class).list())
                .contains("parcel_geom_idx", "parcel_kadastrale_aanduiding_key");
        assertThat(count("SELECT count(*) FROM parcel p WHERE kadastrale_aanduiding LIKE 'DSB00 %'")).isPositive();
    }
}
