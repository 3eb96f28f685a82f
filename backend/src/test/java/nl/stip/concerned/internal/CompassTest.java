package nl.stip.concerned.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompassTest {

    @Test
    void directionsAreTheEightDutchCompassPointsClockwiseFromNorth() {
        assertThat(Compass.direction(0, 0, 0, 10)).isEqualTo("N");
        assertThat(Compass.direction(0, 0, 10, 10)).isEqualTo("NO");
        assertThat(Compass.direction(0, 0, 10, 0)).isEqualTo("O");
        assertThat(Compass.direction(0, 0, 10, -10)).isEqualTo("ZO");
        assertThat(Compass.direction(0, 0, 0, -10)).isEqualTo("Z");
        assertThat(Compass.direction(0, 0, -10, -10)).isEqualTo("ZW");
        assertThat(Compass.direction(0, 0, -10, 0)).isEqualTo("W");
        assertThat(Compass.direction(0, 0, -10, 10)).isEqualTo("NW");
        // sector edges: 22.4° is still north, 22.6° north-east; just west of north is north
        assertThat(Compass.direction(0, 0, Math.tan(Math.toRadians(22.4)), 1)).isEqualTo("N");
        assertThat(Compass.direction(0, 0, Math.tan(Math.toRadians(22.6)), 1)).isEqualTo("NO");
        assertThat(Compass.direction(0, 0, -0.01, 10)).isEqualTo("N");
        assertThat(Compass.direction(5, 5, 5, 5)).isEqualTo("N");
    }

    @Test
    void ringsAreHalfOpenUpTo100Metres() {
        assertThat(Compass.ring(0)).isEqualTo("0-25");
        assertThat(Compass.ring(24.99)).isEqualTo("0-25");
        assertThat(Compass.ring(25)).isEqualTo("25-50");
        assertThat(Compass.ring(50)).isEqualTo("50-100");
        assertThat(Compass.ring(100)).isEqualTo("50-100");
        assertThat(Compass.ring(100.01)).isEqualTo("100+");
    }

    @Test
    void publicCountsBelowFiveAreNeverShown() {
        assertThat(Compass.publicCount(0)).isEqualTo("< 5");
        assertThat(Compass.publicCount(4)).isEqualTo("< 5");
        assertThat(Compass.publicCount(5)).isEqualTo("5");
        assertThat(Compass.publicCount(67)).isEqualTo("67");
    }
}
