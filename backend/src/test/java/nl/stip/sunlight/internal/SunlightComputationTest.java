package nl.stip.sunlight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.stip.buildings.BuildingBlock;
import nl.stip.geo.Rd;
import nl.stip.sunlight.SunlightStudy;
import nl.stip.sunlight.SunlightStudy.DayHours;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Hand-checkable cases of the sunlight study: a long wall due south of a facade (the loss equals the analytic count),
 * a design that shades nothing, the norm switching from met to not met, and the sun's height itself.
 */
class SunlightComputationTest {

    /** Doesburg's centre in RD New and WGS84. */
    private static final double X = 204_600;
    private static final double Y = 448_300;
    private static final double LAT = 52.0136;
    private static final double LON = 6.1390;

    private static final List<SunlightStudy.Norm> NORMS = List.of(
            new SunlightStudy.Norm("licht", "lichte TNO-norm", 2, "02-19", "10-21"),
            new SunlightStudy.Norm("streng", "strenge TNO-norm", 3, "01-21", "11-22"));
    private static final SunlightStudy.Settings SETTINGS = new SunlightStudy.Settings(2026,
            List.of("01-21", "02-19", "03-21", "06-21", "10-21", "11-22"), 5, 0, 100, LAT, LON, NORMS);

    private static Polygon box(double minX, double minY, double maxX, double maxY) {
        return (Polygon) Rd.GEOMETRY.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }

    @Test
    void aLongWallDueSouthTakesTheAnalyticNumberOfSteps() {
        double distance = 10;
        double height = 12;
        double z = 1.5;
        // The receiving facade faces south at (X, Y); the wall's north face runs east-west 10 m to the south, 10 km long.
        Sample facade = new Sample(X, Y, z, 0, -1, "receiver", 0, X - 1, Y, X + 1, Y);
        Block wall = new Block("design:0", box(X - 5_000, Y - distance - 1, X + 5_000, Y - distance), height);
        for (String day : List.of("2026-02-19", "2026-03-21", "2026-06-21", "2026-10-21")) {
            List<SunStep> steps = SunPath.day(LocalDate.parse(day), LAT, LON, 5, 0);
            SunCounter counter = new SunCounter(List.of(steps), List.of(), List.of(wall), Set.of());
            SunCounter.Counts counts = counter.count(facade);
            int facing = 0;
            int shaded = 0;
            for (SunStep sun : steps) {
                double cosFromSouth = -sun.north(); // cos(azimuth - 180°)
                if (cosFromSouth > 0) {
                    facing++;
                    if (sun.tanAltitude() < (height - z) / distance * cosFromSouth) {
                        shaded++;
                    }
                }
            }
            assertThat(counts.before()[0]).as(day + " before").isEqualTo(facing);
            assertThat(counts.before()[0] - counts.after()[0]).as(day + " steps lost").isCloseTo(shaded, within(1));
            assertThat(counter.canChange(facade)).as(day + " can change").isEqualTo(shaded > 0);
            if (day.endsWith("06-21")) {
                // At midsummer noon the sun stands 61.5° high due south, above the wall's 46.4° (atan 10.5 / 10) all day.
                assertThat(shaded).as(day + ": the summer sun clears the wall").isZero();
            } else {
                assertThat(shaded).as(day + ": the wall does shade").isGreaterThan(0);
            }
        }
    }

    @Test
    void aDesignNorthOfItsNeighboursTakesNoSunFromThem() {
        // A house with a garden to the south; the design stands 30 m to the north-east of it, 3 m high.
        BuildingBlock house = new BuildingBlock("0221100000000001", box(X, Y, X + 8, Y + 10), 9.0, "measured");
        Polygon shed = box(X + 30, Y + 40, X + 33, Y + 43);
        var parcel = new nl.stip.parcels.ParcelQueries.Outline(1, "DBG00 A 1", box(X - 2, Y - 20, X + 10, Y + 10));
        StudyResult r = SunlightComputation.compute(SETTINGS, List.of(new DesignBlock(shed, 3)), shed,
                List.of(house), List.of(parcel));
        assertThat(r.buildings()).isEmpty();
        assertThat(r.gardens()).isEmpty();
        assertThat(r.features()).isEmpty();
        assertThat(r.estimatedHeights()).isFalse();
    }

    @Test
    void aHighBlockSouthOfAFacadeBreaksTheNormALowOneDoesNot() {
        BuildingBlock house = new BuildingBlock("0221100000000001", box(X, Y, X + 8, Y + 10), 6.0, "estimated");
        // A row of houses' width (60 m) 6 m south of the house.
        Polygon near = box(X - 26, Y - 9, X + 34, Y - 6);

        StudyResult low = SunlightComputation.compute(SETTINGS, List.of(new DesignBlock(near, 2.5)), near, List.of(house), List.of());
        assertThat(low.buildings()).hasSize(1);
        SunlightStudy.Neighbour n = low.buildings().get(0);
        assertThat(n.identificatie()).isEqualTo("0221100000000001");
        assertThat(n.facadeAzimuth()).as("the south facade is the most affected").isEqualTo(180.0);
        assertThat(n.distance()).isEqualTo(6.0);
        assertThat(n.worstLoss()).isGreaterThan(0);
        assertThat(n.norms()).allSatisfy(o -> assertThat(o.lost()).isFalse());
        assertThat(low.estimatedHeights()).isTrue();
        assertThat(low.features()).anySatisfy(f -> assertThat(f.get("properties")).extracting("kind").isEqualTo("norm-point"));

        StudyResult high = SunlightComputation.compute(SETTINGS, List.of(new DesignBlock(near, 12)), near, List.of(house), List.of());
        SunlightStudy.Neighbour h = high.buildings().get(0);
        assertThat(h.worstLoss()).isGreaterThan(n.worstLoss());
        assertThat(h.norms()).filteredOn(o -> o.norm().equals("licht")).singleElement()
                .satisfies(o -> assertThat(o.lost()).as("lichte norm met before, not after").isTrue());
        DayHours march = h.days().stream().filter(d -> d.day().equals("2026-03-21")).findFirst().orElseThrow();
        assertThat(march.label()).isEqualTo("21 maart");
        assertThat(march.hoursBefore()).isGreaterThan(march.hoursAfter());
    }

    @Test
    void aNormIsMetAtExactlyItsHoursAndNotJustBelow() {
        SunDays days = SunDays.of(2026, SETTINGS.days(), LAT, LON, 5, 0);
        List<DayHours> atLimit = hours(days, 2.0, 3.0);
        List<DayHours> justBelow = hours(days, 1.99, 3.0);
        assertThat(SunlightComputation.norms(SETTINGS, days, atLimit).get(0).metAfter()).isTrue();
        assertThat(SunlightComputation.norms(SETTINGS, days, justBelow).get(0).metAfter()).isFalse();
        assertThat(SunlightComputation.norms(SETTINGS, days, justBelow).get(0).lost()).isTrue();
        assertThat(SunlightComputation.norms(SETTINGS, days, justBelow).get(1).metAfter()).isTrue();
    }

    /** Before 8 h everywhere; after {@code light} on the lichte norm's end days and {@code strict} elsewhere. */
    private static List<DayHours> hours(SunDays days, double light, double strict) {
        return days.dates().stream().map(d -> {
            boolean lightEnd = d.toString().endsWith("02-19") || d.toString().endsWith("10-21");
            return new DayHours(d.toString(), "", 8, lightEnd ? light : strict);
        }).toList();
    }

    @Test
    void theSunStandsAsHighAsAnAlmanacSaysAtNoon() {
        assertThat(noonAltitude("2026-06-21")).isCloseTo(90 - 52.0136 + 23.44, within(0.3));
        assertThat(noonAltitude("2026-03-21")).isCloseTo(90 - 52.0136 + 0.2, within(0.5));
        assertThat(SunlightComputation.hoursOf(54, 5)).isEqualTo(4.5);
    }

    private static double noonAltitude(String day) {
        return SunPath.day(LocalDate.parse(day), LAT, LON, 1, 0).stream()
                .mapToDouble(s -> Math.toDegrees(Math.atan(s.tanAltitude()))).max().orElseThrow();
    }
}
