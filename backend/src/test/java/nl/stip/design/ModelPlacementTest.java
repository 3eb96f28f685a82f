package nl.stip.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Where a placed model's bounding box lands: as the viewer draws it (+X east, -Z north, heading clockwise). */
class ModelPlacementTest {

    private static final double LON = 6.1358;
    private static final double LAT = 52.0105;
    private static final GlbModel.Box UNIT = new GlbModel.Box(0, 0, 0, 1, 1, 1);

    @Test
    void anUnturnedBoxReachesEastAndSouthOfItsOrigin() {
        ModelPlacement p = ModelPlacement.of(UNIT, LON, LAT, 0, 0, 2);
        Coordinate origin = CrsTransform.toRd(LON, LAT);
        Coordinate[] c = p.footprint().getExteriorRing().getCoordinates();
        assertThat(p.footprint().getArea()).isCloseTo(4, within(0.01));
        assertThat(c[0].distance(origin)).isLessThan(0.01);
        // RD's grid north differs from true north by about 0.6° here: 2 cm over 2 m.
        assertThat(c[1].x - origin.x).isCloseTo(2, within(0.03));
        assertThat(c[1].y - origin.y).isCloseTo(0, within(0.03));
        assertThat(c[3].y - origin.y).isCloseTo(-2, within(0.03));
        assertThat(p.bottom()).isZero();
        assertThat(p.top()).isCloseTo(2, within(1e-9));
    }

    @Test
    void theHeadingTurnsClockwiseFromNorth() {
        ModelPlacement p = ModelPlacement.of(UNIT, LON, LAT, 0, 90, 2);
        Coordinate origin = CrsTransform.toRd(LON, LAT);
        Coordinate east = p.footprint().getExteriorRing().getCoordinateN(1);
        assertThat(east.y - origin.y).as("+X now points south").isCloseTo(-2, within(0.03));
        assertThat(east.x - origin.x).isCloseTo(0, within(0.03));
    }

    @Test
    void theBoxBelowGroundDoesNotCountAndTheBaseHeightLiftsIt() {
        GlbModel.Box centred = new GlbModel.Box(-0.5, -0.5, -0.5, 0.5, 0.5, 0.5);
        ModelPlacement onGround = ModelPlacement.of(centred, LON, LAT, 0, 0, 4);
        assertThat(onGround.bottom()).isZero();
        assertThat(onGround.top()).isCloseTo(2, within(1e-9));
        assertThat(onGround.height()).isCloseTo(4, within(1e-9));
        ModelPlacement lifted = ModelPlacement.of(centred, LON, LAT, 3, 0, 4);
        assertThat(lifted.bottom()).isCloseTo(1, within(1e-9));
        assertThat(lifted.top()).isCloseTo(5, within(1e-9));
    }
}
