package nl.stip.buildings;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import nl.stip.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes measured heights and 3D geometry. A building the platform already has (from the BAG) keeps its footprint,
 * status and history and gets its height, ground level and LoD geometry; a building it does not have is added as a
 * current building with the model's footprint. Re-importing the same model changes nothing further. Must run inside
 * a transaction.
 */
@Component
public class BuildingHeightStore {

    /** How many existing buildings were updated and how many were added. */
    public record Result(long updated, long inserted) {
        public long total() {
            return updated + inserted;
        }
    }

    private final JdbcClient jdbc;
    private final BulkCopy bulkCopy;

    BuildingHeightStore(JdbcClient jdbc, BulkCopy bulkCopy) {
        this.jdbc = jdbc;
        this.bulkCopy = bulkCopy;
    }

    public Result store(Iterator<MeasuredBuilding> buildings) {
        jdbc.sql("""
                CREATE TEMP TABLE building_height_staging (n bigserial, identificatie text, height_m double precision,
                  ground_level_m double precision, height_note text, lod text, lod_geometry geometry, footprint geometry,
                  status text, bouwjaar integer, source text) ON COMMIT DROP""").update();
        long staged = bulkCopy.copy("building_height_staging",
                "identificatie, height_m, ground_level_m, height_note, lod, lod_geometry, footprint, status, bouwjaar, source",
                rows -> write(buildings, rows));
        if (staged == 0) {
            return new Result(0, 0);
        }
        // A file may hold one building twice (e.g. two tiles); the last one wins, as in a re-import.
        List<Boolean> inserted = jdbc.sql("""
                INSERT INTO building (identificatie, status, bouwjaar, current, footprint, height_m, ground_level_m, height_source,
                                      height_note, lod, lod_geometry, source)
                SELECT DISTINCT ON (identificatie) identificatie, status, bouwjaar, status NOT IN (%s), footprint, height_m,
                       ground_level_m, 'measured', height_note, lod, lod_geometry, source
                FROM building_height_staging ORDER BY identificatie, n DESC
                ON CONFLICT (identificatie) DO UPDATE SET height_m = excluded.height_m, ground_level_m = excluded.ground_level_m,
                  height_source = 'measured', height_note = excluded.height_note, lod = excluded.lod, lod_geometry = excluded.lod_geometry
                RETURNING xmax = 0""".formatted(BuildingStatus.notExistingSqlList())).query(Boolean.class).list();
        long added = inserted.stream().filter(Boolean::booleanValue).count();
        jdbc.sql("ANALYZE building").update();
        return new Result(inserted.size() - added, added);
    }

    private static void write(Iterator<MeasuredBuilding> buildings, BulkCopy.Rows rows) throws IOException {
        while (buildings.hasNext()) {
            MeasuredBuilding b = buildings.next();
            rows.text(b.identificatie()).number(b.heightM()).number(b.groundLevelM()).text(b.heightNote()).text(b.lod())
                    .geometry(b.lodGeometry()).geometry(b.footprint()).text(b.status()).number(b.bouwjaar()).text(b.source()).end();
        }
    }
}
