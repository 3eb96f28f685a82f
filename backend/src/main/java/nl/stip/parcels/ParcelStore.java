package nl.stip.parcels;

import java.io.IOException;
import java.util.Iterator;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes parcels in bulk: COPY into a staging table, then one upsert keyed by kadastrale aanduiding, so a re-import
 * updates instead of duplicating. Large loads into a table they outnumber rebuild the spatial index once at the end
 * (a sorted GiST build) instead of maintaining it row by row. Must run inside a transaction.
 */
@Component
public class ParcelStore {

    private static final int REBUILD_INDEX_FROM = 50_000;

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    ParcelStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    /** Stores the parcels; returns how many rows were inserted or updated. */
    public long upsert(Iterator<ParcelRecord> parcels) {
        jdbc.sql("""
                CREATE TEMP TABLE parcel_staging (
                  kadastrale_gemeente text, sectie text, perceelnummer integer, registered_area double precision,
                  geom geometry, source text, demo boolean) ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("parcel_staging",
                "kadastrale_gemeente, sectie, perceelnummer, registered_area, geom, source, demo", rows -> write(parcels, rows));
        if (staged == 0) {
            return 0;
        }
        long existing = jdbc.sql("SELECT count(*) FROM parcel").query(Long.class).single();
        boolean rebuildIndex = staged >= REBUILD_INDEX_FROM && staged > existing;
        if (rebuildIndex) {
            jdbc.sql("DROP INDEX parcel_geom_idx").update();
        }
        // A file may name one parcel twice; the last one wins, as in a re-import.
        long written = jdbc.sql("""
                INSERT INTO parcel (kadastrale_gemeente, sectie, perceelnummer, kadastrale_aanduiding, area_m2, area_source, geom, source, demo)
                SELECT DISTINCT ON (aanduiding) kadastrale_gemeente, sectie, perceelnummer, aanduiding,
                       coalesce(registered_area, ST_Area(geom)),
                       CASE WHEN registered_area IS NULL THEN 'computed' ELSE 'registered' END,
                       geom, source, demo
                FROM (SELECT s.*, kadastrale_gemeente || ' ' || sectie || ' ' || perceelnummer AS aanduiding, row_number() OVER () AS n
                      FROM parcel_staging s) staged
                ORDER BY aanduiding, n DESC
                ON CONFLICT (kadastrale_aanduiding) DO UPDATE SET
                  area_m2 = excluded.area_m2, area_source = excluded.area_source, geom = excluded.geom,
                  source = excluded.source, demo = excluded.demo""").update();
        if (rebuildIndex) {
            jdbc.sql("CREATE INDEX parcel_geom_idx ON parcel USING gist (geom)").update();
        }
        jdbc.sql("ANALYZE parcel").update();
        return written;
    }

    private static void write(Iterator<ParcelRecord> parcels, BulkCopy.Rows rows) throws IOException {
        while (parcels.hasNext()) {
            ParcelRecord p = parcels.next();
            rows.text(p.kadastraleGemeente()).text(p.sectie()).number(p.perceelnummer()).number(p.registeredAreaM2())
                    .geometry(p.geometry()).text(p.source()).bool(p.demo()).end();
        }
    }
}
