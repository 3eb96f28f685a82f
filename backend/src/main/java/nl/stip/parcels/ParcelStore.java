package nl.stip.parcels;

import java.io.IOException;
import java.util.Iterator;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes parcels in bulk: COPY into a staging table, then one upsert keyed by kadastrale aanduiding, so a re-import
 * updates instead of duplicating (and leaves unchanged rows alone). Large loads (at least half the table's size) take the bulk path: the spatial index and
 * the unique index on the aanduiding are dropped, rows are updated / inserted by hash joins, and both indexes are
 * built once at the end (sorted builds) instead of being maintained row by row. Must run inside a transaction.
 */
@Component
public class ParcelStore {

    private static final int BULK_FROM = 50_000;
    private static final String COLUMNS = "kadastrale_gemeente, sectie, perceelnummer, kadastrale_aanduiding, area_m2, area_source, geom, source, demo";
    private static final String VALUES = """
            kadastrale_gemeente, sectie, perceelnummer, aanduiding, coalesce(registered_area, ST_Area(geom)),
            CASE WHEN registered_area IS NULL THEN 'computed' ELSE 'registered' END, geom, source, demo""";

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    ParcelStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /**
     * Stores the parcels; returns how many distinct parcels the input held (each is now stored: new, changed, or
     * already equal, in which case its row is left untouched).
     */
    public long upsert(Iterator<ParcelRecord> parcels) {
        jdbc.sql("""
                CREATE TEMP TABLE parcel_staging (
                  n bigint, aanduiding text, kadastrale_gemeente text, sectie text, perceelnummer integer,
                  registered_area double precision, geom geometry, source text, demo boolean) ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("parcel_staging",
                "n, aanduiding, kadastrale_gemeente, sectie, perceelnummer, registered_area, geom, source, demo", rows -> write(parcels, rows));
        if (staged == 0) {
            return 0;
        }
        // Sorts, hashes and index builds of a big load fit in memory instead of spilling to disk (this transaction only).
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '512MB'").update();
        // A file may name one parcel twice; the last one wins, as in a re-import.
        long parcelCount = staged - jdbc.sql("DELETE FROM parcel_staging s USING parcel_staging later "
                + "WHERE later.aanduiding = s.aanduiding AND later.n > s.n").update();
        long existing = jdbc.sql("SELECT count(*) FROM parcel").query(Long.class).single();
        boolean bulk = staged >= BULK_FROM && staged * 2 > existing;
        if (bulk) {
            bulkUpsert();
        } else {
            upsertRowByRow();
        }
        jdbc.sql("ANALYZE parcel").update();
        return parcelCount;
    }

    private void upsertRowByRow() {
        jdbc.sql("INSERT INTO parcel (" + COLUMNS + ") SELECT " + VALUES + " FROM parcel_staging "
                + """
                ON CONFLICT (kadastrale_aanduiding) DO UPDATE SET
                  area_m2 = excluded.area_m2, area_source = excluded.area_source, geom = excluded.geom,
                  source = excluded.source, demo = excluded.demo
                WHERE (parcel.area_m2, parcel.area_source, parcel.source, parcel.demo)
                      IS DISTINCT FROM (excluded.area_m2, excluded.area_source, excluded.source, excluded.demo)
                   OR NOT ST_OrderingEquals(parcel.geom, excluded.geom)""").update();
    }

    private void bulkUpsert() {
        jdbc.sql("DROP INDEX parcel_geom_idx").update();
        jdbc.sql("ALTER TABLE parcel DROP CONSTRAINT parcel_kadastrale_aanduiding_key").update();
        jdbc.sql("""
                UPDATE parcel p SET area_m2 = coalesce(s.registered_area, ST_Area(s.geom)),
                  area_source = CASE WHEN s.registered_area IS NULL THEN 'computed' ELSE 'registered' END,
                  geom = s.geom, source = s.source, demo = s.demo
                FROM parcel_staging s WHERE p.kadastrale_aanduiding = s.aanduiding
                  AND ((p.area_m2, p.area_source, p.source, p.demo) IS DISTINCT FROM (coalesce(s.registered_area, ST_Area(s.geom)),
                        CASE WHEN s.registered_area IS NULL THEN 'computed' ELSE 'registered' END, s.source, s.demo)
                       OR NOT ST_OrderingEquals(p.geom, s.geom))""").update();
        jdbc.sql("INSERT INTO parcel (" + COLUMNS + ") SELECT " + VALUES + " FROM parcel_staging s "
                + "WHERE NOT EXISTS (SELECT 1 FROM parcel p WHERE p.kadastrale_aanduiding = s.aanduiding)").update();
        jdbc.sql("ALTER TABLE parcel ADD CONSTRAINT parcel_kadastrale_aanduiding_key UNIQUE (kadastrale_aanduiding)").update();
        jdbc.sql("CREATE INDEX parcel_geom_idx ON parcel USING gist (geom)").update();
    }

    private static void write(Iterator<ParcelRecord> parcels, BulkCopy.Rows rows) throws IOException {
        long n = 0;
        while (parcels.hasNext()) {
            ParcelRecord p = parcels.next();
            rows.number(++n).text(p.kadastraleAanduiding()).text(p.kadastraleGemeente()).text(p.sectie()).number(p.perceelnummer())
                    .number(p.registeredAreaM2()).geometry(p.geometry()).text(p.source()).bool(p.demo()).end();
        }
    }
}
