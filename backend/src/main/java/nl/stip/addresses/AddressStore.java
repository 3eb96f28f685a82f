package nl.stip.addresses;

import java.io.IOException;
import java.util.Iterator;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes addresses in bulk: COPY into a staging table, then one upsert keyed by identificatie, so a re-import updates
 * instead of duplicating. Must run inside a transaction.
 */
@Component
public class AddressStore {

    private static final String COLUMNS = "identificatie, straatnaam, huisnummer, huisletter, toevoeging, postcode, woonplaats, status, "
            + "pand_identificatie, geom, source";

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    AddressStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /** Stores the addresses; returns how many rows were inserted or updated. */
    public long upsert(Iterator<AddressRecord> addresses) {
        jdbc.sql("""
                CREATE TEMP TABLE address_staging (n bigserial, identificatie text, straatnaam text, huisnummer integer, huisletter text,
                  toevoeging text, postcode text, woonplaats text, status text, pand_identificatie text, geom geometry, source text)
                ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("address_staging", COLUMNS, rows -> write(addresses, rows));
        if (staged == 0) {
            return 0;
        }
        // A file may hold one address twice; the last one wins, as in a re-import.
        long written = jdbc.sql("INSERT INTO address (" + COLUMNS + ") SELECT DISTINCT ON (identificatie) " + COLUMNS
                + " FROM address_staging ORDER BY identificatie, n DESC "
                + """
                ON CONFLICT (identificatie) DO UPDATE SET straatnaam = excluded.straatnaam, huisnummer = excluded.huisnummer,
                  huisletter = excluded.huisletter, toevoeging = excluded.toevoeging, postcode = excluded.postcode,
                  woonplaats = excluded.woonplaats, status = excluded.status, pand_identificatie = excluded.pand_identificatie,
                  geom = excluded.geom, source = excluded.source""").update();
        jdbc.sql("ANALYZE address").update();
        return written;
    }

    private static void write(Iterator<AddressRecord> addresses, BulkCopy.Rows rows) throws IOException {
        while (addresses.hasNext()) {
            AddressRecord a = addresses.next();
            rows.text(a.identificatie()).text(a.straatnaam()).number(a.huisnummer()).text(a.huisletter()).text(a.toevoeging())
                    .text(a.postcode()).text(a.woonplaats()).text(a.status()).text(a.pandIdentificatie()).geometry(a.geometry())
                    .text(a.source()).end();
        }
    }
}
