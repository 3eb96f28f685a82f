package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command-line path of an import: exit codes and what the operator reads. */
class ImportCommandIT extends IntegrationTest {

    @Autowired
    ImportCommand command;
    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void removeTestParcels() {
        jdbc.sql("DELETE FROM parcel WHERE kadastrale_aanduiding LIKE 'OTL02 %' OR kadastrale_aanduiding LIKE 'TST05 %'").update();
        for (String table : java.util.List.of("bag_verblijfsobject_history", "bag_nummeraanduiding_history", "bag_openbare_ruimte_history",
                "bag_woonplaats_history", "bag_verblijfsobject_pand", "bag_verblijfsobject_address")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM address WHERE verblijfsobject IS NOT NULL").update();
    }

    int run(String... args) {
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importingTheOtterloGmlExitsZeroAndReportsElevenParcels() {
        assertThat(run("brk-gml", BrkGmlImportIT.OTTERLO.toString())).isZero();
        assertThat(out()).contains("brk-gml: read 11, imported 11, rejected 0");
    }

    @Test
    void importingLvBagAddressObjectsExitsZeroAndCountsEveryObjectType() {
        assertThat(run("lvbag", LvBagAddressImportIT.VBO.toString(), LvBagAddressImportIT.NUM.toString(),
                LvBagAddressImportIT.OPR.toString(), LvBagAddressImportIT.WPL.toString())).isZero();
        assertThat(out()).contains("lvbag: read 25, imported 16, rejected 0");
    }

    @Test
    void aBrokenLvBagAddressObjectExitsOneNamingIt() {
        assertThat(run("lvbag", LvBagAddressImportIT.SYNTHETIC.toString())).isEqualTo(1);
        assertThat(err()).contains("nummeraanduiding 9999200000000002").contains("verblijfsobject 9999010000000002");
    }

    @Test
    void rejectedPercelenExitOneAndListWhyUnlessSkipped() {
        assertThat(run("brk-gml", BrkGmlImportIT.BROKEN.toString())).isEqualTo(1);
        assertThat(err()).contains("nothing was imported: 2 record(s) rejected").contains("Self-intersection")
                .contains("would have imported 1");

        assertThat(run("brk-gml", "--skip-invalid", BrkGmlImportIT.BROKEN.toString())).isZero();
        assertThat(out()).contains("imported 1, rejected 2");
    }

    @Test
    void aFileOfTheWrongFormatExitsOneNamingTheFile() {
        assertThat(run("brk-gml", GisSamples.path("brk-otterlo/perceel_otterlo_rd.geojson").toString())).isEqualTo(1);
        assertThat(err()).contains("perceel_otterlo_rd.geojson");
    }

    @Test
    void wrongUsageExitsTwoWithTheUsage() {
        assertThat(run("brk-gml", "--crs", "RD", "x.gml")).isEqualTo(2);
        assertThat(err()).contains("--crs wants an EPSG code").contains("usage:");
        assertThat(run("shapefile", "x.shp")).isEqualTo(2);
        assertThat(err()).contains("unknown kind 'shapefile'").contains("brk-gml").contains("parcels");
    }

    @Test
    void mappingDoesNotApplyToTheFixedBrkSchema() {
        assertThat(run("brk-gml", "--map", "area=grootte", BrkGmlImportIT.OTTERLO.toString())).isEqualTo(1);
        assertThat(err()).contains("--map and --layer do not apply");
    }
}
