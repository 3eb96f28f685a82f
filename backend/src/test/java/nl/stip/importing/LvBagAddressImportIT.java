package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.addresses.AddressQueries;
import nl.stip.addresses.AddressView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The LV-BAG importer on the address objects: NLExtract's real Doesburg fixtures of the 15-09-2020 extract (5
 * voorkomens of verblijfsobjecten, 15 of nummeraanduidingen, 4 openbare ruimten, woonplaats Doesburg), and a
 * synthetic file for the broken cases. The demo has loaded Doesburg's panden, so the addresses meet their buildings.
 */
class LvBagAddressImportIT extends IntegrationTest {

    static final Path VBO = GisSamples.path("bag-doesburg/small-5vbo_0221VBO15092020-000001.xml");
    static final Path NUM = GisSamples.path("bag-doesburg/small-num_0221NUM15092020-000001.xml");
    static final Path OPR = GisSamples.path("bag-doesburg/small-4opr_0221OPR15092020-000001.xml");
    static final Path WPL = GisSamples.path("bag-doesburg/small-1wpl_0221WPL15092020-000001.xml");
    static final Path SYNTHETIC = GisSamples.fixture("lvbag/synthetic-address-objects.xml");
    static final Path LATER = GisSamples.fixture("lvbag/synthetic-address-later-stand.xml");
    static final Path WITHDRAWN = GisSamples.fixture("lvbag/synthetic-address-withdrawn.xml");
    static final List<Path> DOESBURG = List.of(VBO, NUM, OPR, WPL);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;
    @Autowired
    AddressQueries addresses;

    @AfterEach
    void removeImportedAddressObjects() {
        for (String table : List.of("bag_verblijfsobject_history", "bag_nummeraanduiding_history", "bag_openbare_ruimte_history",
                "bag_woonplaats_history", "bag_verblijfsobject_pand", "bag_verblijfsobject_address")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("DELETE FROM address WHERE verblijfsobject IS NOT NULL").update();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    ImportReport run(List<Path> files, ImportOptions options) {
        return imports.run("lvbag", files, options, null);
    }

    @Test
    void theRealVerblijfsobjectenKeepEveryVoorkomenWithPandPointAndStatus() {
        ImportReport report = run(DOESBURG, ImportOptions.defaults());
        assertThat(report.readCount()).isEqualTo(5 + 15 + 4 + 1);
        assertThat(report.rejectedCount()).isZero();
        // objects, not voorkomens: 2 verblijfsobjecten, 9 nummeraanduidingen, 4 openbare ruimten, 1 woonplaats
        assertThat(report.importedCount()).isEqualTo(2 + 9 + 4 + 1);

        List<String> history = jdbc.sql("""
                SELECT identificatie || '|' || voorkomen || '|' || begin_geldigheid || '|' || coalesce(eind_geldigheid::text, '-') || '|'
                       || status || '|' || array_to_string(gebruiksdoelen, ',') || '|' || oppervlakte || '|' || hoofdadres || '|'
                       || array_to_string(nevenadressen, ',') || '|' || array_to_string(panden, ',') || '|' || ST_AsText(geom)
                       || '|' || ST_SRID(geom)
                FROM bag_verblijfsobject_history ORDER BY identificatie, voorkomen""").query(String.class).list();
        assertThat(history).containsExactly(
                "0221010000330226|1|2011-09-06|2019-01-15|Verblijfsobject in gebruik|woonfunctie|306|0221200000330227||0221100000312938|POINT(206335.699 447529.842)|28992",
                "0221010000330226|2|2019-01-15|2019-03-27|Verblijfsobject in gebruik|woonfunctie|315|0221200000330227||0221100000312938|POINT(206335.699 447529.842)|28992",
                "0221010000330226|3|2019-03-27|2019-11-19|Verblijfsobject in gebruik (niet ingemeten)|woonfunctie|223|0221200000330227||0221100000312938|POINT(206335.699 447529.842)|28992",
                "0221010000330226|4|2019-11-19|-|Verbouwing verblijfsobject|woonfunctie|223|0221200000330227||0221100000312938|POINT(206335.699 447529.842)|28992",
                "0221010000330999|1|2011-10-05|-|Verblijfsobject in gebruik|overige gebruiksfunctie|18|0221200000330229|0221200000330998,0221200000330999|0221100000311191|POINT(206289.487 447359.374)|28992");
        assertThat(jdbc.sql("SELECT verblijfsobject || '>' || pand FROM bag_verblijfsobject_pand ORDER BY 1").query(String.class).list())
                .containsExactly("0221010000330226>0221100000312938", "0221010000330999>0221100000311191");
        assertThat(jdbc.sql("SELECT verblijfsobject || '>' || nummeraanduiding || ' ' || role FROM bag_verblijfsobject_address ORDER BY 1")
                .query(String.class).list()).containsExactly(
                "0221010000330226>0221200000330227 hoofdadres",
                "0221010000330999>0221200000330229 hoofdadres",
                "0221010000330999>0221200000330998 nevenadres",
                "0221010000330999>0221200000330999 nevenadres");
    }

    @Test
    void nummeraanduidingenOpenbareRuimtenAndWoonplaatsKeepTheirHistory() {
        run(DOESBURG, ImportOptions.defaults());
        // 15 voorkomens in the file, two of them (330998 and 330999 voorkomen 1) twice: the last one wins
        assertThat(count("SELECT count(*) FROM bag_nummeraanduiding_history")).isEqualTo(13);
        assertThat(jdbc.sql("""
                SELECT voorkomen || '|' || huisnummer || coalesce(huisletter, '') || '|' || coalesce(postcode, '-') || '|' || begin_geldigheid
                       || '|' || coalesce(eind_geldigheid::text, '-') || '|' || status || '|' || type_adresseerbaar_object || '|' || openbare_ruimte
                FROM bag_nummeraanduiding_history WHERE identificatie = '0221200000330229' ORDER BY voorkomen""").query(String.class).list())
                .containsExactly(
                        "1|9b|6981EA|2011-10-05|2013-06-10|Naamgeving uitgegeven|Verblijfsobject|0221300000311195",
                        "2|9l|6981EA|2013-06-10|2019-03-05|Naamgeving uitgegeven|Verblijfsobject|0221300000311195",
                        "3|9l|-|2019-03-05|-|Naamgeving uitgegeven|Verblijfsobject|0221300000311195");
        assertThat(jdbc.sql("SELECT huisnummer || huisletter || ' ' || postcode || ' ' || type_adresseerbaar_object "
                + "FROM bag_nummeraanduiding_history WHERE identificatie = '0221200000330998' AND voorkomen = 1").query(String.class).single())
                .isEqualTo("9x 6981EA Verblijfsobject");
        assertThat(jdbc.sql("SELECT woonplaats FROM bag_nummeraanduiding_history WHERE identificatie = '0362200001221879'")
                .query(String.class).single()).isEqualTo("1050");
        assertThat(jdbc.sql("SELECT identificatie || '|' || naam || '|' || type || '|' || status || '|' || woonplaats || '|' || begin_geldigheid "
                + "FROM bag_openbare_ruimte_history ORDER BY identificatie").query(String.class).list()).containsExactly(
                "0221300000311195|Schout bij Nacht Doormansingel|Weg|Naamgeving uitgegeven|2142|2009-01-20",
                "0221300000311236|Het Hoornwerck|Weg|Naamgeving uitgegeven|2142|2009-01-20",
                "0221300000311239|Koppenberch|Weg|Naamgeving uitgegeven|2142|2009-01-20",
                "0221300000311333|Kosterstraat|Weg|Naamgeving uitgegeven|2142|2009-01-20");
        assertThat(jdbc.sql("SELECT identificatie || '|' || naam || '|' || status || '|' || document_number FROM bag_woonplaats_history")
                .query(String.class).single()).isEqualTo("2142|Doesburg|Woonplaats aangewezen|BRA/WPL20080001");
    }

    @Test
    void theCurrentHoofdadresBecomesAnAddressOfItsPand() {
        run(DOESBURG, ImportOptions.defaults());
        Map<String, Object> kosterstraat = jdbc.sql("SELECT straatnaam, huisnummer, huisletter, toevoeging, postcode, woonplaats, status, "
                + "pand_identificatie, verblijfsobject, ST_X(geom) AS x, ST_Y(geom) AS y FROM address WHERE identificatie = '0221200000330227'")
                .query().singleRow();
        assertThat(kosterstraat).containsEntry("straatnaam", "Kosterstraat").containsEntry("huisnummer", 4).containsEntry("postcode", "6981CH")
                .containsEntry("woonplaats", "Doesburg").containsEntry("status", "Verbouwing verblijfsobject")
                .containsEntry("pand_identificatie", "0221100000312938").containsEntry("verblijfsobject", "0221010000330226")
                .containsEntry("x", 206335.699).containsEntry("y", 447529.842);
        assertThat(kosterstraat.get("huisletter")).isNull();
        // its current nummeraanduiding voorkomen (3) has no postcode; nevenadressen are not separate addresses
        assertThat(jdbc.sql("SELECT straatnaam || ' ' || huisnummer || coalesce(huisletter, '') || ' ' || coalesce(postcode, '-') || ' ' || woonplaats "
                + "FROM address WHERE verblijfsobject IS NOT NULL ORDER BY identificatie").query(String.class).list())
                .containsExactly("Kosterstraat 4 6981CH Doesburg", "Schout bij Nacht Doormansingel 9l - Doesburg");

        assertThat(addresses.ofPand("0221100000312938")).extracting(AddressView::label).containsExactly("Kosterstraat 4, 6981CH Doesburg");
        assertThat(addresses.ofPand("0221100000311191")).extracting(AddressView::identificatie).containsExactly("0221200000330229");
    }

    @Test
    void searchAndLookupFindTheLvBagAddressLikeAnyOther() {
        run(DOESBURG, ImportOptions.defaults());
        Http http = new Http(port);

        JsonNode byStreet = http.get("/api/v1/search?q=Kosterstraat%204").json();
        assertThat(byStreet).hasSize(1);
        assertThat(byStreet.get(0).get("type").asString()).isEqualTo("address");
        assertThat(byStreet.get(0).get("id").asString()).isEqualTo("0221200000330227");
        assertThat(byStreet.get(0).get("label").asString()).isEqualTo("Kosterstraat 4, 6981CH Doesburg");
        JsonNode byPostcode = http.get("/api/v1/search?q=6981CH%204").json();
        assertThat(byPostcode.get(0).get("id").asString()).isEqualTo("0221200000330227");
        JsonNode byVerblijfsobject = http.get("/api/v1/search?q=0221010000330226").json();
        assertThat(byVerblijfsobject.get(0).get("id").asString()).isEqualTo("0221200000330227");

        // the verblijfsobject's point lies in pand 0221100000312938: the lookup there shows the address
        Http.Response lookup = http.get("/api/v1/lookup?x=206335.699&y=447529.842");
        assertThat(lookup.status()).isEqualTo(200);
        JsonNode answer = lookup.json();
        assertThat(answer.get("buildings").findValuesAsString("identificatie")).contains("0221100000312938");
        assertThat(answer.get("addresses").findValuesAsString("label")).contains("Kosterstraat 4, 6981CH Doesburg");
    }

    @Test
    void reimportUpdatesAndDuplicatesNothing() {
        run(DOESBURG, ImportOptions.defaults());
        long addressRows = count("SELECT count(*) FROM address");
        run(DOESBURG, ImportOptions.defaults().withSourceLabel("BAG Doesburg 15-09-2020, again"));
        assertThat(count("SELECT count(*) FROM address")).isEqualTo(addressRows);
        assertThat(count("SELECT count(*) FROM bag_verblijfsobject_history")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM bag_nummeraanduiding_history")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM bag_openbare_ruimte_history")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM bag_verblijfsobject_pand")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT DISTINCT source FROM address WHERE verblijfsobject IS NOT NULL").query(String.class).list())
                .containsExactly("BAG Doesburg 15-09-2020, again");
    }

    @Test
    void theObjectTypesMayComeInAnyOrderAndInZipsOfZips(@TempDir Path dir) throws IOException {
        // a Kadaster extract: a zip holding a zip per object type, and a delivery note that holds no objects
        Path extract = dir.resolve("BAGGEM0221L-15092020.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(extract))) {
            zip.putNextEntry(new ZipEntry("Leveringsdocument-BAG-Extract.xml"));
            zip.write("<?xml version=\"1.0\"?><Leveringsdocument/>".getBytes());
            // inactive voorkomens are not part of the valid history: never read (were they, its broken objects would fail the import)
            zip.putNextEntry(new ZipEntry("0221Inactief15092020.zip"));
            zip.write(zipOf(SYNTHETIC));
            for (Path file : List.of(VBO, NUM, OPR, WPL)) { // verblijfsobjecten before the addresses they name
                String code = file.getFileName().toString().replaceAll(".*_0221([A-Z]{3})15092020.*", "$1");
                zip.putNextEntry(new ZipEntry("0221" + code + "15092020.zip"));
                zip.write(zipOf(file));
            }
        }
        ImportReport report = run(List.of(extract), ImportOptions.defaults());
        assertThat(report.readCount()).isEqualTo(25);
        assertThat(count("SELECT count(*) FROM bag_verblijfsobject_history WHERE identificatie LIKE '9999%'")).isZero();
        assertThat(jdbc.sql("SELECT straatnaam || ' ' || huisnummer FROM address WHERE identificatie = '0221200000330227'")
                .query(String.class).single()).isEqualTo("Kosterstraat 4");

        // a later import of the streets alone still reaches the addresses that lie on them
        jdbc.sql("UPDATE address SET straatnaam = NULL WHERE identificatie = '0221200000330227'").update();
        run(List.of(OPR), ImportOptions.defaults());
        assertThat(jdbc.sql("SELECT straatnaam FROM address WHERE identificatie = '0221200000330227'").query(String.class).single())
                .isEqualTo("Kosterstraat");
    }

    private static byte[] zipOf(Path file) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream inner = new ZipOutputStream(bytes)) {
            inner.putNextEntry(new ZipEntry(file.getFileName().toString().replaceFirst("^small-[^_]*_", "")));
            inner.write(Files.readAllBytes(file));
        }
        return bytes.toByteArray();
    }

    @Test
    void aBrokenObjectIsRejectedByItsIdentificatieAndNothingIsWritten() {
        assertThatThrownBy(() -> run(List.of(SYNTHETIC), ImportOptions.defaults()))
                .isInstanceOf(ImportService.RejectedRecordsException.class)
                .hasMessageContaining("2 record(s) rejected")
                .hasMessageContaining("nummeraanduiding 9999200000000002").hasMessageContaining("huisnummer 0 is out of range");
        for (String table : List.of("bag_verblijfsobject_history", "bag_nummeraanduiding_history", "bag_openbare_ruimte_history",
                "bag_woonplaats_history", "bag_verblijfsobject_pand", "bag_verblijfsobject_address")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
        assertThat(count("SELECT count(*) FROM address WHERE postcode = '9999XX'")).isZero();
    }

    @Test
    void skipInvalidImportsTheRestAndReportsEachRejectedObject() {
        ImportReport report = run(List.of(SYNTHETIC), ImportOptions.defaults().withSkipInvalid(true));
        assertThat(report.readCount()).isEqualTo(6);
        assertThat(report.rejectedCount()).isEqualTo(2);
        assertThat(report.rejections()).anyMatch(r -> r.contains("verblijfsobject 9999010000000002") && r.contains("not a number"));
        assertThat(report.rejections()).anyMatch(r -> r.contains("nummeraanduiding 9999200000000002") && r.contains("huisnummer"));
        assertThat(report.importedCount()).isEqualTo(4);
        // the verblijfsobject given as an area lies at its centroid, in both its panden
        assertThat(jdbc.sql("SELECT straatnaam || ' ' || huisnummer || ', ' || postcode || ' ' || woonplaats || ' ' || ST_AsText(geom) "
                + "FROM address WHERE verblijfsobject = '9999010000000001'").query(String.class).single())
                .isEqualTo("Teststraat 1, 9999XX Testplaats POINT(100005 400005)");
        assertThat(addresses.ofPand("9999100000000002")).extracting(AddressView::identificatie).containsExactly("9999200000000001");
        assertThat(addresses.ofPanden(List.of("9999100000000001", "9999100000000002", "9999100000000003")))
                .containsOnlyKeys("9999100000000001", "9999100000000002");
        assertThat(jdbc.sql("SELECT array_to_string(gebruiksdoelen, ',') FROM bag_verblijfsobject_history WHERE identificatie = '9999010000000001'")
                .query(String.class).single()).isEqualTo("woonfunctie,kantoorfunctie");
    }

    @Test
    void laterVoorkomensChangeTheAddressAndAWithdrawnVerblijfsobjectHasNone() {
        run(List.of(SYNTHETIC), ImportOptions.defaults().withSkipInvalid(true));
        run(List.of(LATER), ImportOptions.defaults());
        assertThat(jdbc.sql("SELECT voorkomen || '|' || huisnummer || '|' || coalesce(eind_geldigheid::text, '-') FROM bag_nummeraanduiding_history "
                + "WHERE identificatie = '9999200000000001' ORDER BY voorkomen").query(String.class).list()).containsExactly("1|1|2021-01-01", "2|3|-");
        assertThat(jdbc.sql("SELECT straatnaam || ' ' || huisnummer FROM address WHERE identificatie = '9999200000000001'").query(String.class).single())
                .isEqualTo("Teststraat 3");

        run(List.of(WITHDRAWN), ImportOptions.defaults());
        assertThat(jdbc.sql("SELECT voorkomen || '|' || status FROM bag_verblijfsobject_history WHERE identificatie = '9999010000000001' "
                + "ORDER BY voorkomen").query(String.class).list()).containsExactly("1|Verblijfsobject in gebruik", "2|Verblijfsobject ingetrokken");
        assertThat(count("SELECT count(*) FROM address WHERE identificatie = '9999200000000001'")).isZero();
        assertThat(count("SELECT count(*) FROM bag_verblijfsobject_pand WHERE verblijfsobject = '9999010000000001'")).isZero();
        assertThat(addresses.ofPand("9999100000000002")).isEmpty();
    }
}
