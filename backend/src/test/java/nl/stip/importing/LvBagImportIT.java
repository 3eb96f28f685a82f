package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The LV-BAG importer on the real Doesburg extract (loaded by the demo loader through the same importer). */
class LvBagImportIT extends IntegrationTest {

    static final Path DOESBURG = Path.of("../gis-data/doesburg/0221PND15092020.zip");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void doesburgExtractGivesEveryVoorkomenAndTheCurrentPanden() {
        assertThat(count("SELECT count(*) FROM building_history")).isEqualTo(13_098);
        assertThat(count("SELECT count(*) FROM building WHERE current")).isEqualTo(7_395);
        assertThat(count("SELECT count(*) FROM building WHERE current AND status IN ('Pand gesloopt', 'Niet gerealiseerd pand')")).isZero();
    }

    @Test
    void aKnownPandKeepsItsWholeHistoryInOrderWithGeometryChanges() {
        List<String> history = jdbc.sql("""
                SELECT voorkomen || '|' || begin_geldigheid || '|' || coalesce(eind_geldigheid::text, '-') || '|' || document_number
                       || '|' || geometry_changed
                FROM building_history WHERE identificatie = '0221100000312938' ORDER BY voorkomen""").query(String.class).list();
        assertThat(history).containsExactly(
                "1|1995-01-18|2011-06-30|94090|true",
                "2|2011-06-30|2011-09-06|BAG/VAC20110630001|false",
                "3|2011-09-06|2015-11-23|BAG/PVC2010UP0004|true",
                "4|2015-11-23|-|BAG/VMR20151123|true");
    }

    @Test
    void reimportingTheSameExtractDuplicatesNothingAndKeepsKnownHeights() {
        long buildings = count("SELECT count(*) FROM building");
        long estimated = count("SELECT count(*) FROM building WHERE height_source = 'estimated'");
        imports.run("lvbag", List.of(DOESBURG), ImportOptions.defaults(), null);
        assertThat(count("SELECT count(*) FROM building_history")).isEqualTo(13_098);
        assertThat(count("SELECT count(*) FROM building")).isEqualTo(buildings);
        assertThat(count("SELECT count(*) FROM building WHERE height_source = 'estimated'")).isEqualTo(estimated).isPositive();
    }

    @Test
    void aFileThatIsNotAnExtractIsRefusedAndChangesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path notBag = Files.writeString(dir.resolve("pand.xml"), "<?xml version=\"1.0\"?><FeatureCollection/>");
        assertThatThrownBy(() -> imports.run("lvbag", List.of(DOESBURG, notBag), ImportOptions.defaults(), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("not an LV-BAG extract");
        assertThat(count("SELECT count(*) FROM building_history")).isEqualTo(13_098);
    }

    @Test
    void aPandWithASelfIntersectingFootprintRejectsTheWholeFileUnlessSkipped(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String bowtie = Files.readString(Path.of("src/test/resources/lvbag/bowtie-pand.xml"));
        Path file = Files.writeString(dir.resolve("bowtie.xml"), bowtie);
        assertThatThrownBy(() -> imports.run("lvbag", List.of(file), ImportOptions.defaults(), null))
                .isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("0221100000999991").hasMessageContaining("Self-intersection");
        assertThat(count("SELECT count(*) FROM building WHERE identificatie IN ('0221100000999990', '0221100000999991')")).isZero();

        ImportReport report = imports.run("lvbag", List.of(file), ImportOptions.defaults().withSkipInvalid(true), null);
        assertThat(report.importedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(1);
        jdbc.sql("DELETE FROM building WHERE identificatie = '0221100000999990'").update();
    }

    @Test
    void aBrokenCoordinateListRejectsOnlyItsPand(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.xml"), Files.readString(Path.of("src/test/resources/lvbag/broken-poslist-pand.xml")));
        ImportReport report = imports.run("lvbag", List.of(file), ImportOptions.defaults().withSkipInvalid(true), null);
        assertThat(report.readCount()).isEqualTo(3);
        assertThat(report.rejections()).anyMatch(r -> r.contains("0221100000999992") && r.contains("not a multiple"));
        assertThat(report.importedCount()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM building WHERE identificatie = '0221100000999990'")).isEqualTo(1);
        jdbc.sql("DELETE FROM building WHERE identificatie = '0221100000999990'").update();
    }
}
