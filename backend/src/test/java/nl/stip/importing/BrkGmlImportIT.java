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

/** The BRK Kadastrale Kaart GML importer on the real Otterlo sample and on broken fixtures. */
class BrkGmlImportIT extends IntegrationTest {

    static final Path OTTERLO = GisSamples.path("brk-otterlo/kadastralekaart_perceel.gml");
    static final Path BROKEN = GisSamples.fixture("brk-gml/three-percelen-two-broken.gml");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeTestParcels() {
        jdbc.sql("DELETE FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %' OR kadastrale_aanduiding LIKE 'TST05 %'").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void otterloGivesElevenParcelsWithTheBoundaryPolygonAndRegisteredAreaAndReimportDuplicatesNothing() {
        long before = count("SELECT count(*) FROM parcel");
        ImportReport report = imports.run("brk-gml", List.of(OTTERLO), ImportOptions.defaults(), null);
        assertThat(report.importedCount()).isEqualTo(11);
        Map<String, Object> parcel = jdbc.sql("SELECT area_m2, area_source, ST_Area(geom) AS computed, ST_NPoints(geom) AS points, source "
                + "FROM parcel WHERE kadastrale_aanduiding = 'OTL02 B 2298'").query().singleRow();
        assertThat(parcel.get("area_m2")).isEqualTo(222.0);
        assertThat(parcel.get("area_source")).isEqualTo("registered");
        assertThat((Double) parcel.get("computed")).isCloseTo(222.0, within(1.0));
        assertThat(parcel.get("points")).isEqualTo(6);
        assertThat((String) parcel.get("source")).contains("kadastralekaart_perceel.gml");

        imports.run("brk-gml", List.of(OTTERLO), ImportOptions.defaults(), null);
        assertThat(count("SELECT count(*) FROM parcel")).isEqualTo(before + 11);
    }

    @Test
    void theGmlAndTheDerivedGeoJsonGiveTheSameParcels() {
        imports.run("brk-gml", List.of(OTTERLO), ImportOptions.defaults(), null);
        String gml = jdbc.sql("SELECT string_agg(kadastrale_aanduiding || ST_AsText(geom), ';' ORDER BY kadastrale_aanduiding) "
                + "FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'").query(String.class).single();
        jdbc.sql("DELETE FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'").update();
        imports.run("parcels", List.of(ParcelsImportIT.OTTERLO), ImportOptions.defaults(), null);
        String geoJson = jdbc.sql("SELECT string_agg(kadastrale_aanduiding || ST_AsText(geom), ';' ORDER BY kadastrale_aanduiding) "
                + "FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'").query(String.class).single();
        assertThat(gml).isEqualTo(geoJson);
    }

    @Test
    void brokenPercelenRejectTheFileUnlessSkippedAndTheReaderStaysInStep() {
        assertThatThrownBy(() -> imports.run("brk-gml", List.of(BROKEN), ImportOptions.defaults(), null))
                .isInstanceOf(ImportService.RejectedRecordsException.class).hasMessageContaining("2 record(s) rejected");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'TST05 %'")).isZero();

        ImportReport report = imports.run("brk-gml", List.of(BROKEN), ImportOptions.defaults().withSkipInvalid(true), null);
        assertThat(report.rejections()).hasSize(2);
        assertThat(report.rejections().get(0)).contains("KadastraalObject.00000000001").contains("Self-intersection");
        assertThat(report.rejections().get(1)).contains("KadastraalObject.00000000002").contains("unsupported CRS");
        assertThat(jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE kadastrale_aanduiding LIKE 'TST05 %'").query(String.class).list())
                .containsExactly("TST05 B 3");
    }

    @Test
    void anXmlFileThatIsNotBrkIsRefused() {
        Path lvbag = GisSamples.path("bag-doesburg/small-6pand_0221PND15092020-000001.xml");
        assertThatThrownBy(() -> imports.run("brk-gml", List.of(lvbag), ImportOptions.defaults(), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("small-6pand").hasMessageContaining("not a BRK Kadastrale Kaart");
    }

    @Test
    void aTruncatedFileIsRefusedAndNothingIsKept(@TempDir Path dir) throws IOException {
        String whole = Files.readString(OTTERLO);
        Path truncated = Files.writeString(dir.resolve("perceel.gml"), whole.substring(0, whole.length() * 2 / 3));
        assertThatThrownBy(() -> imports.run("brk-gml", List.of(truncated), ImportOptions.defaults(), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("perceel.gml line");
        assertThat(count("SELECT count(*) FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %'")).isZero();
    }
}
