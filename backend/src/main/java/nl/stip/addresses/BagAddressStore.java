package nl.stip.addresses;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes LV-BAG address objects (woonplaatsen, openbare ruimten, nummeraanduidingen, verblijfsobjecten) with every
 * voorkomen, then derives from them the current address of each verblijfsobject into {@code address}, which search
 * and lookup read. Versions are keyed by (identificatie, voorkomen): a re-import updates them, a mutation file adds
 * to them. Must run inside one transaction; call {@link #refreshAddresses} after the objects are written.
 */
@Component
public class BagAddressStore {

    /** Verblijfsobject statuses of an object that does not (or no longer) exist: it has no address. */
    static final String NOT_EXISTING_VBO = "'Niet gerealiseerd verblijfsobject', 'Verblijfsobject ingetrokken', "
            + "'Verblijfsobject ten onrechte opgevoerd'";
    private static final String WITHDRAWN_NAME = "'Naamgeving ingetrokken'";
    private static final String HISTORY = "identificatie, voorkomen, begin_geldigheid, eind_geldigheid, tijdstip_registratie, "
            + "eind_registratie, status, geconstateerd, document_date, document_number";
    private static final String STAGED_HISTORY = "identificatie text, voorkomen integer, begin_geldigheid date, eind_geldigheid date, "
            + "tijdstip_registratie timestamp, eind_registratie timestamp, status text, geconstateerd boolean, document_date date, "
            + "document_number text";

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    BagAddressStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /** Stores the woonplaatsen' versions; returns how many woonplaatsen they were. */
    public long upsertWoonplaatsen(Iterator<WoonplaatsVersion> versions) {
        return upsert("woonplaats", "bag_woonplaats_history", "naam text", "naam",
                rows -> {
                    while (versions.hasNext()) {
                        WoonplaatsVersion w = versions.next();
                        history(rows, w.identificatie(), w.voorkomen(), w.status()).text(w.naam()).end();
                    }
                });
    }

    /** Stores the openbare ruimten' versions; returns how many openbare ruimten they were. */
    public long upsertOpenbareRuimten(Iterator<OpenbareRuimteVersion> versions) {
        return upsert("openbare_ruimte", "bag_openbare_ruimte_history", "naam text, type text, woonplaats text", "naam, type, woonplaats",
                rows -> {
                    while (versions.hasNext()) {
                        OpenbareRuimteVersion o = versions.next();
                        history(rows, o.identificatie(), o.voorkomen(), o.status()).text(o.naam()).text(o.type()).text(o.woonplaats()).end();
                    }
                });
    }

    /** Stores the nummeraanduidingen's versions; returns how many nummeraanduidingen they were. */
    public long upsertNummeraanduidingen(Iterator<NummeraanduidingVersion> versions) {
        return upsert("nummeraanduiding", "bag_nummeraanduiding_history",
                "huisnummer integer, huisletter text, toevoeging text, postcode text, type_adresseerbaar_object text, "
                        + "openbare_ruimte text, woonplaats text",
                "huisnummer, huisletter, toevoeging, postcode, type_adresseerbaar_object, openbare_ruimte, woonplaats",
                rows -> {
                    while (versions.hasNext()) {
                        NummeraanduidingVersion n = versions.next();
                        history(rows, n.identificatie(), n.voorkomen(), n.status()).number(n.huisnummer()).text(n.huisletter())
                                .text(n.toevoeging()).text(n.postcode()).text(n.typeAdresseerbaarObject()).text(n.openbareRuimte())
                                .text(n.woonplaats()).end();
                    }
                });
    }

    /** Stores the verblijfsobjecten's versions; returns how many verblijfsobjecten they were. */
    public long upsertVerblijfsobjecten(Iterator<VerblijfsobjectVersion> versions) {
        return upsert("verblijfsobject", "bag_verblijfsobject_history",
                "gebruiksdoelen text[], oppervlakte integer, hoofdadres text, nevenadressen text[], panden text[], geom geometry",
                "gebruiksdoelen, oppervlakte, hoofdadres, nevenadressen, panden, geom",
                rows -> {
                    while (versions.hasNext()) {
                        VerblijfsobjectVersion v = versions.next();
                        history(rows, v.identificatie(), v.voorkomen(), v.status()).text(array(v.gebruiksdoelen()))
                                .number(v.oppervlakte()).text(v.hoofdadres()).text(array(v.nevenadressen())).text(array(v.panden()))
                                .geometry(v.geometry()).end();
                    }
                });
    }

    /**
     * Rewrites the pand links, the addresses and the {@code address} rows of every verblijfsobject this transaction's
     * upserts touched (directly, or through its nummeraanduiding, openbare ruimte or woonplaats). Returns the number
     * of address rows written.
     */
    public long refreshAddresses(String source) {
        touchedTable();
        jdbc.sql("ANALYZE bag_touched").update();
        jdbc.sql("""
                CREATE TEMP TABLE bag_affected_vbo ON COMMIT DROP AS
                SELECT identificatie FROM bag_touched WHERE kind = 'verblijfsobject'
                UNION SELECT v.identificatie FROM bag_verblijfsobject_history v
                  WHERE v.hoofdadres IN (SELECT identificatie FROM bag_touched WHERE kind = 'nummeraanduiding')
                UNION SELECT v.identificatie FROM bag_verblijfsobject_history v, unnest(v.nevenadressen) neven
                  WHERE neven IN (SELECT identificatie FROM bag_touched WHERE kind = 'nummeraanduiding')
                UNION SELECT v.identificatie FROM bag_verblijfsobject_history v
                  JOIN bag_nummeraanduiding_history n ON n.identificatie = v.hoofdadres
                  LEFT JOIN bag_openbare_ruimte_history o ON o.identificatie = n.openbare_ruimte
                  WHERE n.openbare_ruimte IN (SELECT identificatie FROM bag_touched WHERE kind = 'openbare_ruimte')
                     OR n.woonplaats IN (SELECT identificatie FROM bag_touched WHERE kind = 'woonplaats')
                     OR o.woonplaats IN (SELECT identificatie FROM bag_touched WHERE kind = 'woonplaats')""").update();
        jdbc.sql("DELETE FROM bag_verblijfsobject_pand WHERE verblijfsobject IN (SELECT identificatie FROM bag_affected_vbo)").update();
        jdbc.sql("DELETE FROM bag_verblijfsobject_address WHERE verblijfsobject IN (SELECT identificatie FROM bag_affected_vbo)").update();
        jdbc.sql("DELETE FROM address WHERE verblijfsobject IN (SELECT identificatie FROM bag_affected_vbo)").update();
        jdbc.sql("""
                CREATE TEMP TABLE bag_affected_current ON COMMIT DROP AS
                SELECT v.* FROM bag_verblijfsobject_current v
                WHERE v.identificatie IN (SELECT identificatie FROM bag_affected_vbo) AND v.status NOT IN (%s)""".formatted(NOT_EXISTING_VBO))
                .update();
        jdbc.sql("""
                INSERT INTO bag_verblijfsobject_pand (verblijfsobject, pand)
                SELECT DISTINCT identificatie, unnest(panden) FROM bag_affected_current""").update();
        jdbc.sql("""
                INSERT INTO bag_verblijfsobject_address (verblijfsobject, nummeraanduiding, role)
                SELECT identificatie, hoofdadres, 'hoofdadres' FROM bag_affected_current
                UNION
                SELECT identificatie, neven, 'nevenadres' FROM bag_affected_current, unnest(nevenadressen) neven WHERE neven <> hoofdadres
                ON CONFLICT DO NOTHING""").update();
        // A nummeraanduiding is the hoofdadres of at most one verblijfsobject; should an extract say otherwise, the
        // lowest verblijfsobject id wins, so the result does not depend on the order of the files.
        long written = jdbc.sql("""
                INSERT INTO address (identificatie, straatnaam, huisnummer, huisletter, toevoeging, postcode, woonplaats, status,
                                     pand_identificatie, geom, source, verblijfsobject)
                SELECT DISTINCT ON (n.identificatie) n.identificatie, o.naam, n.huisnummer, n.huisletter, n.toevoeging, n.postcode, w.naam,
                       v.status, (SELECT min(p) FROM unnest(v.panden) p), v.geom, :source, v.identificatie
                FROM bag_affected_current v
                JOIN bag_nummeraanduiding_current n ON n.identificatie = v.hoofdadres AND n.status NOT IN (%s)
                LEFT JOIN bag_openbare_ruimte_current o ON o.identificatie = n.openbare_ruimte
                LEFT JOIN bag_woonplaats_current w ON w.identificatie = coalesce(n.woonplaats, o.woonplaats)
                ORDER BY n.identificatie, v.identificatie
                ON CONFLICT (identificatie) DO UPDATE SET straatnaam = excluded.straatnaam, huisnummer = excluded.huisnummer,
                  huisletter = excluded.huisletter, toevoeging = excluded.toevoeging, postcode = excluded.postcode,
                  woonplaats = excluded.woonplaats, status = excluded.status, pand_identificatie = excluded.pand_identificatie,
                  geom = excluded.geom, source = excluded.source, verblijfsobject = excluded.verblijfsobject""".formatted(WITHDRAWN_NAME))
                .param("source", source).update();
        jdbc.sql("DROP TABLE bag_affected_vbo").update();
        jdbc.sql("DROP TABLE bag_affected_current").update();
        jdbc.sql("TRUNCATE bag_touched").update();
        jdbc.sql("ANALYZE address").update();
        return written;
    }

    private long upsert(String kind, String table, String stagedColumns, String columns, BulkCopy.RowsWriter writer) {
        String staging = table + "_staging";
        jdbc.sql("CREATE TEMP TABLE " + staging + " (n bigserial, " + STAGED_HISTORY + ", " + stagedColumns + ") ON COMMIT DROP").update();
        long staged = bulkCopy.copy(staging, HISTORY + ", " + columns, writer);
        long objects = 0;
        if (staged > 0) {
            String all = HISTORY + ", " + columns;
            String updates = String.join(", ", java.util.Arrays.stream(all.split(",\\s*"))
                    .filter(c -> !c.equals("identificatie") && !c.equals("voorkomen")).map(c -> c + " = excluded." + c).toList());
            // A file may hold one voorkomen twice; the last one wins, as in a re-import.
            jdbc.sql("INSERT INTO " + table + " (" + all + ") SELECT DISTINCT ON (identificatie, voorkomen) " + all + " FROM " + staging
                    + " ORDER BY identificatie, voorkomen, n DESC ON CONFLICT (identificatie, voorkomen) DO UPDATE SET " + updates).update();
            touchedTable();
            objects = jdbc.sql("INSERT INTO bag_touched (kind, identificatie) SELECT DISTINCT :kind, identificatie FROM " + staging)
                    .param("kind", kind).update();
            jdbc.sql("ANALYZE " + table).update();
        }
        jdbc.sql("DROP TABLE " + staging).update();
        return objects;
    }

    private void touchedTable() {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS bag_touched (kind text, identificatie text) ON COMMIT DROP").update();
    }

    private static BulkCopy.Rows history(BulkCopy.Rows rows, String identificatie, BagVoorkomen v, String status) throws IOException {
        return rows.text(identificatie).number(v.voorkomen()).text(date(v.beginGeldigheid())).text(date(v.eindGeldigheid()))
                .text(time(v.tijdstipRegistratie())).text(time(v.eindRegistratie())).text(status).bool(v.geconstateerd())
                .text(date(v.documentDate())).text(v.documentNumber());
    }

    /** A Postgres array literal of BAG ids or gebruiksdoelen (neither holds quotes, commas or braces). */
    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String time(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time).toString();
    }
}
