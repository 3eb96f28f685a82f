package nl.stip.buildings;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Iterator;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes BAG panden with their whole history. Each pand's building row holds its latest voorkomen; it is current
 * when that voorkomen has no end of validity and its status says the pand exists. Heights already known (measured
 * or estimated) are kept when the BAG is imported again. Must run inside a transaction.
 */
@Component
public class BuildingStore {

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    BuildingStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /** Stores the versions; returns how many panden were written. */
    public long upsertVersions(Iterator<BuildingVersion> versions, String source) {
        jdbc.sql("""
                CREATE TEMP TABLE building_version_staging (
                  identificatie text, voorkomen integer, begin_geldigheid date, eind_geldigheid date,
                  tijdstip_registratie timestamp, eind_registratie timestamp, status text, bouwjaar integer,
                  geconstateerd boolean, document_date date, document_number text, geom geometry) ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("building_version_staging", "identificatie, voorkomen, begin_geldigheid, eind_geldigheid, "
                + "tijdstip_registratie, eind_registratie, status, bouwjaar, geconstateerd, document_date, document_number, geom",
                rows -> write(versions, rows));
        if (staged == 0) {
            return 0;
        }
        long panden = jdbc.sql("""
                INSERT INTO building (identificatie, status, bouwjaar, current, footprint, height_source, document_date, document_number, source)
                SELECT DISTINCT ON (identificatie) identificatie, status, bouwjaar,
                       eind_geldigheid IS NULL AND status NOT IN (%s), geom, 'unknown', document_date, document_number, :source
                FROM building_version_staging
                ORDER BY identificatie, (eind_geldigheid IS NULL) DESC, begin_geldigheid DESC, voorkomen DESC
                ON CONFLICT (identificatie) DO UPDATE SET status = excluded.status, bouwjaar = excluded.bouwjaar,
                  current = excluded.current, footprint = excluded.footprint, document_date = excluded.document_date,
                  document_number = excluded.document_number, source = excluded.source""".formatted(BuildingStatus.notExistingSqlList()))
                .param("source", source).update();
        jdbc.sql("DELETE FROM building_history h USING (SELECT DISTINCT identificatie FROM building_version_staging) s "
                + "WHERE h.identificatie = s.identificatie").update();
        jdbc.sql("""
                INSERT INTO building_history (identificatie, voorkomen, begin_geldigheid, eind_geldigheid, tijdstip_registratie,
                  eind_registratie, status, bouwjaar, geconstateerd, document_date, document_number, geometry_changed, geom)
                SELECT DISTINCT ON (identificatie, voorkomen) identificatie, voorkomen, begin_geldigheid, eind_geldigheid,
                       tijdstip_registratie, eind_registratie, status, bouwjaar, geconstateerd, document_date, document_number,
                       changed, CASE WHEN changed THEN geom END
                FROM (SELECT v.*, (lag(geom) OVER w IS NULL OR NOT ST_OrderingEquals(lag(geom) OVER w, geom)) AS changed
                      FROM building_version_staging v
                      WINDOW w AS (PARTITION BY identificatie ORDER BY begin_geldigheid, voorkomen)) ordered
                ORDER BY identificatie, voorkomen""").update();
        jdbc.sql("ANALYZE building").update();
        jdbc.sql("ANALYZE building_history").update();
        return panden;
    }

    private static void write(Iterator<BuildingVersion> versions, BulkCopy.Rows rows) throws IOException {
        while (versions.hasNext()) {
            BuildingVersion v = versions.next();
            rows.text(v.identificatie()).number(v.voorkomen())
                    .text(v.beginGeldigheid().toString()).text(v.eindGeldigheid() == null ? null : v.eindGeldigheid().toString())
                    .text(v.tijdstipRegistratie() == null ? null : Timestamp.valueOf(v.tijdstipRegistratie()).toString())
                    .text(v.eindRegistratie() == null ? null : Timestamp.valueOf(v.eindRegistratie()).toString())
                    .text(v.status()).number(v.bouwjaar()).bool(v.geconstateerd())
                    .text(v.documentDate() == null ? null : Date.valueOf(v.documentDate()).toString())
                    .text(v.documentNumber()).geometry(v.geometry()).end();
        }
    }
}
