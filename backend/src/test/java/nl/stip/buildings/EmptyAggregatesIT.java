package nl.stip.buildings;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.IntegrationTest;
import nl.stip.geo.Rd;
import nl.stip.parcels.ParcelQueries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An aggregate (ST_Union, ST_Collect) over no rows is one row holding SQL NULL, which JdbcClient's {@code single()} refuses
 * with an exception: a variant's tree standing clear of every building once answered 500 that way. Each such query
 * answers null ("nothing there") instead.
 */
class EmptyAggregatesIT extends IntegrationTest {

    @Autowired
    BuildingQueries buildings;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** A 4 × 4 m square in the Wadden Sea (RD New), far from every building and parcel of the demo. */
    private static Geometry sea() {
        return Rd.GEOMETRY.toGeometry(new org.locationtech.jts.geom.Envelope(150_000, 150_004, 600_000, 600_004));
    }

    @Test
    void an_area_without_buildings_has_no_footprints_and_points_off_every_parcel_have_no_parcels() {
        assertThat(buildings.anyCurrent()).isTrue();
        assertThat(buildings.currentFootprintsWithin(sea())).isNull();
        assertThat(parcels.unionHolding(Rd.GEOMETRY.createMultiPointFromCoords(new Coordinate[] {new Coordinate(150_002, 600_002)}))).isNull();
    }

    @Test
    void without_any_current_building_the_closed_footprints_and_their_points_are_null() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly(); // the demo's buildings are back after this test
            jdbc.sql("UPDATE building SET current = false WHERE current").update();
            assertThat(buildings.anyCurrent()).isFalse();
            assertThat(buildings.currentFootprintsClosed(2, 1)).isNull();
            assertThat(buildings.currentFootprintPoints()).isNull();
        });
        assertThat(buildings.anyCurrent()).isTrue();
    }
}
