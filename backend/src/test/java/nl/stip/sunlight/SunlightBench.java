package nl.stip.sunlight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.stip.DemoGarden;
import nl.stip.IntegrationTest;
import nl.stip.buildings.BuildingQueries;
import nl.stip.geo.Rd;
import nl.stip.parcels.ParcelQueries;
import nl.stip.sunlight.internal.DesignBlock;
import nl.stip.sunlight.internal.StudyResult;
import nl.stip.sunlight.internal.SunlightComputation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sunlight benchmark (BENCHMARKS.md, issue 14: "≤ 2 s for a design of 1 and of 20 volumes against all neighbours
 * within 100 m in the historic centre of Doesburg, four days at 5-minute steps"), not part of the suite (failsafe runs
 * *IT only): {@code bench/run-sunlight.sh}. The design stands in the back garden of demo house 0221100000311445 in the
 * centre: one 3 × 3 m volume 6 m high, or 20 such volumes (a 5 × 4 grid, 4 m apart, 6 to 12 m high). Timed: the two
 * PostGIS queries (buildings within the distance + 100 m, parcels within the distance) and the whole computation over the
 * six days (the four standard days and the strenge norm's two), the service's cache left out. Each case {@value #RUNS}
 * times after {@value #WARM_UP} warm-ups, the design moved 1 cm each run; printed: median and max.
 */
class SunlightBench extends IntegrationTest {

    static final int WARM_UP = 2;
    static final int RUNS = 7;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    BuildingQueries buildings;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    SunlightService service;

    @Test
    void oneAndTwentyVolumesAtFiftyHundredAndTwoHundredMetres() {
        DemoGarden garden = DemoGarden.find(jdbc);
        var wgs = nl.stip.geo.CrsTransform.toWgs84(garden.centre().x, garden.centre().y);
        List<SunlightStudy.Norm> norms = List.of(
                new SunlightStudy.Norm("licht", "lichte TNO-norm", 2, "02-19", "10-21"),
                new SunlightStudy.Norm("streng", "strenge TNO-norm", 3, "01-21", "11-22"));
        for (int volumes : new int[] {1, 20}) {
            for (double distance : new double[] {50, 100, 200}) {
                SunlightStudy.Settings settings = new SunlightStudy.Settings(2026,
                        List.of("01-21", "02-19", "03-21", "06-21", "10-21", "11-22"), 5, 0, distance, wgs.y, wgs.x, norms);
                long[] millis = new long[RUNS];
                StudyResult last = null;
                int buildingsNear = 0;
                for (int run = -WARM_UP; run < RUNS; run++) {
                    double shift = (run + WARM_UP) * 0.01;
                    List<DesignBlock> design = design(garden.centre().x + shift, garden.centre().y, volumes);
                    long start = System.nanoTime();
                    Geometry union = Rd.GEOMETRY.buildGeometry(design.stream().map(DesignBlock::footprint).toList()).union();
                    var near = buildings.blocksNear(union, distance + SunlightComputation.SHADOW_REACH);
                    last = SunlightComputation.compute(settings, design, union, near, parcels.outlinesNear(union, distance));
                    long took = (System.nanoTime() - start) / 1_000_000;
                    buildingsNear = near.size();
                    if (run >= 0) {
                        millis[run] = took;
                    }
                }
                Arrays.sort(millis);
                System.out.printf("BENCH sunlight volumes=%d distance=%.0f m: median %d ms, max %d ms (%d buildings queried, "
                                + "%d neighbours and %d gardens losing sun)%n", volumes, distance, millis[RUNS / 2],
                        millis[RUNS - 1], buildingsNear, last.buildings().size(), last.gardens().size());
            }
        }
    }

    static List<DesignBlock> design(double x, double y, int volumes) {
        List<DesignBlock> out = new ArrayList<>();
        for (int i = 0; i < volumes; i++) {
            double cx = x + (volumes == 1 ? 0 : (i % 5 - 2) * 4.0);
            double cy = y + (volumes == 1 ? 0 : (i / 5 - 1.5) * 4.0);
            Polygon p = (Polygon) Rd.GEOMETRY.toGeometry(new Envelope(cx - 1.5, cx + 1.5, cy - 1.5, cy + 1.5));
            out.add(new DesignBlock(p, volumes == 1 ? 6 : 6 + (i % 4) * 2));
        }
        return out;
    }
}
