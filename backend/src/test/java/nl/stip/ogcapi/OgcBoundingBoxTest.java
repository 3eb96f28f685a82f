package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stip.geo.SpatialSql.OutputCrs;
import org.junit.jupiter.api.Test;

/** Parsing a bbox and cutting it to where RD New is defined. */
class OgcBoundingBoxTest {

    @Test
    void aWorldBboxIsClampedToTheRdAreaOfUse() {
        BoundingBox world = BoundingBox.parse(new double[] {-180, -90, 180, 90}, OutputCrs.CRS84);

        assertThat(world.clampedToRdAreaOfUse()).contains(new BoundingBox(3.2, 50.75, 7.22, 53.7, OutputCrs.CRS84));
    }

    @Test
    void anEpsg4326BboxIsClampedLatitudeFirst() {
        BoundingBox world = BoundingBox.parse(new double[] {-90, -180, 90, 180}, OutputCrs.EPSG_4326);

        assertThat(world.clampedToRdAreaOfUse()).contains(new BoundingBox(50.75, 3.2, 53.7, 7.22, OutputCrs.EPSG_4326));
    }

    @Test
    void aBboxOutsideTheNetherlandsClampsToNothing() {
        assertThat(BoundingBox.parse(new double[] {10, 10, 11, 11}, OutputCrs.CRS84).clampedToRdAreaOfUse()).isEmpty();
    }

    @Test
    void anRdBboxIsLeftAsItIs() {
        BoundingBox rd = BoundingBox.parse(new double[] {-100_000, 0, 900_000, 900_000}, OutputCrs.RD_NEW);

        assertThat(rd.clampedToRdAreaOfUse()).contains(rd);
    }

    @Test
    void sixNumbersAreLowerAndUpperCornersWithHeights() {
        BoundingBox box = BoundingBox.parse(new double[] {6.1, 52.0, -10, 6.2, 52.1, 100}, OutputCrs.CRS84);

        assertThat(box).isEqualTo(new BoundingBox(6.1, 52.0, 6.2, 52.1, OutputCrs.CRS84));
    }

    @Test
    void aBboxWhoseMinimumExceedsItsMaximumIsRejected() {
        assertThatThrownBy(() -> BoundingBox.parse(new double[] {6.2, 52.0, 6.1, 52.1}, OutputCrs.CRS84))
                .isInstanceOf(OgcBadRequestException.class).hasMessageContaining("minimum is above its maximum");
    }

    @Test
    void absentBboxMeansNoFilter() {
        assertThat(BoundingBox.parse(null, OutputCrs.CRS84)).isNull();
    }
}
