package nl.stip.importing.imro;

import static nl.stip.importing.imro.ImroSnippets.file;
import static nl.stip.importing.imro.ImroSnippets.object;
import static nl.stip.importing.imro.ImroSnippets.plangebied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Curves (Arc, ArcString, Circle) become chords that stay within ArcLineariser.MAX_DEVIATION of the true circle. */
class ImroArcTest {

    static final Coordinate CENTRE = new Coordinate(150000, 450000);
    static final double R = 10;

    private static String ringOfSegments(String segments) {
        return """
                <g:Surface srsName="EPSG:28992"><g:patches><g:PolygonPatch><g:exterior><g:Ring><g:curveMember><g:Curve>
                  <g:segments>%s</g:segments></g:Curve></g:curveMember></g:Ring></g:exterior></g:PolygonPatch></g:patches></g:Surface>"""
                .formatted(segments);
    }

    private static Geometry enkelbestemming(String geometry) {
        ImroPlan plan = ImroSnippets.read(file(plangebied(), object("Enkelbestemming", "NL.IMRO.curved", "", geometry)));
        return plan.enkelbestemmingen().get(0).geometrie();
    }

    @Test
    void aHalfCircleOfTenMetresStaysWithinOneCentimetre() {
        // from (r, 0) through (0, r) to (-r, 0) relative to the centre, closed by the diameter
        Geometry half = enkelbestemming(ringOfSegments("""
                <g:Arc><g:posList>150010 450000 150000 450010 149990 450000</g:posList></g:Arc>
                <g:LineStringSegment><g:posList>149990 450000 150010 450000</g:posList></g:LineStringSegment>"""));

        Coordinate[] ring = half.getCoordinates();
        for (Coordinate c : ring) {
            assertThat(c.distance(CENTRE)).as("vertex " + c).isCloseTo(R, within(1e-9));
        }
        int chords = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            if (ring[i].distance(ring[i + 1]) > 2 * R - 1e-6) {
                continue; // the closing diameter
            }
            Coordinate mid = new Coordinate((ring[i].x + ring[i + 1].x) / 2, (ring[i].y + ring[i + 1].y) / 2);
            double sagitta = R - mid.distance(CENTRE);
            assertThat(sagitta).as("chord " + i).isLessThanOrEqualTo(ArcLineariser.MAX_DEVIATION).isPositive();
            chords++;
        }
        // 2·acos(1 − 0.01/10) ≈ 0.0894 rad per chord: π / 0.0894 → 36 chords
        assertThat(chords).isEqualTo((int) Math.ceil(Math.PI / ArcLineariser.step(R)));
        // every chord cuts off at most sagitta × chord length: the area lost is at most MAX_DEVIATION × arc length
        assertThat(half.getArea()).isCloseTo(Math.PI * R * R / 2, within(ArcLineariser.MAX_DEVIATION * Math.PI * R));
        assertThat(half.getArea()).isLessThan(Math.PI * R * R / 2);
        assertThat(half.isValid()).isTrue();
    }

    @Test
    void aClockwiseArcBulgesTheOtherWay() {
        List<Coordinate> points = ArcLineariser.arc(new Coordinate(-10, 0), new Coordinate(0, 10), new Coordinate(10, 0));
        assertThat(points).allSatisfy(c -> assertThat(c.y).isGreaterThanOrEqualTo(0));
        assertThat(points.get(0)).isEqualTo(new Coordinate(-10, 0));
        assertThat(points.get(points.size() - 1)).isEqualTo(new Coordinate(10, 0));
        List<Coordinate> below = ArcLineariser.arc(new Coordinate(-10, 0), new Coordinate(0, -10), new Coordinate(10, 0));
        assertThat(below).allSatisfy(c -> assertThat(c.y).isLessThanOrEqualTo(0));
    }

    @Test
    void threePointsOnALineAreAStraightSegment() {
        assertThat(ArcLineariser.arc(new Coordinate(0, 0), new Coordinate(5, 5), new Coordinate(10, 10)))
                .containsExactly(new Coordinate(0, 0), new Coordinate(10, 10));
    }

    @Test
    void aTinyArcAsInTheNijkerkPlanKeepsItsEndPoints() {
        Coordinate a = new Coordinate(161505.314, 470776.102);
        Coordinate c = new Coordinate(161505.203, 470776.010);
        List<Coordinate> points = ArcLineariser.arc(a, new Coordinate(161505.259, 470776.056), c);
        assertThat(points.get(0)).isSameAs(a);
        assertThat(points.get(points.size() - 1)).isSameAs(c);
    }

    @Test
    void aCircleRingIsAFullDiscWithinTheDeviation() {
        Geometry disc = enkelbestemming(ringOfSegments(
                "<g:Circle><g:posList>150010 450000 150000 450010 149990 450000</g:posList></g:Circle>"));
        assertThat(disc.getArea()).isCloseTo(Math.PI * R * R, within(ArcLineariser.MAX_DEVIATION * 2 * Math.PI * R));
        assertThat(disc.getCoordinates()).allSatisfy(c -> assertThat(c.distance(CENTRE)).isCloseTo(R, within(1e-9)));
    }

    @Test
    void anArcStringOfTwoArcsMakesTheSameHalfCircle() {
        Geometry half = enkelbestemming(ringOfSegments("""
                <g:ArcString><g:posList>150010 450000 150007.0710678118655 450007.0710678118655 150000 450010
                  149992.9289321881345 450007.0710678118655 149990 450000</g:posList></g:ArcString>
                <g:LineStringSegment><g:posList>149990 450000 150010 450000</g:posList></g:LineStringSegment>"""));
        assertThat(half.getArea()).isCloseTo(Math.PI * R * R / 2, within(ArcLineariser.MAX_DEVIATION * Math.PI * R));
    }
}
