package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The variant benchmark (BENCHMARKS.md, issue 12: "variant check + indicators p95 ≤ 50 ms for a 20-volume plan with 50
 * palette objects"), not a test of the normal suite (failsafe runs *IT only): {@code bench/run-variants.sh}. A
 * published demo plan whose design has 20 volumes (1 × 1 m, 3 to 6 m high, a 5 × 4 grid in the garden), a round with
 * variants on and a 130 × 130 m area; a variant of the same 20 volumes (one lower) with 50 ground objects (trees,
 * hedges, benches, bike parkings, parking spaces, water) at spots 6 m apart clear of every building. Then, as a
 * participant over HTTP, {@value #WARM_UP} previews to warm up and {@value #TIMED} timed previews (POST
 * /api/v1/rounds/{id}/variants/preview: design validation, the plan's check, bounds, placing the objects with the
 * buildings query, the indicators, the live draft); printed: median, p95, p99 and max, wall time at the client. As a
 * reference on the same (shared, loaded) machine, the plain check of the same 20 volumes is timed interleaved with them.
 * The preview limit (2 a second per person) is raised for this class only.
 */
@TestPropertySource(properties = "stip.variants.preview-per-second=1000000")
class VariantBench extends VariantFixture {

    static final int VOLUMES = 20;
    static final int OBJECTS = 50;
    static final int WARM_UP = 50;
    static final int TIMED = 300;
    private static final String[] KINDS = {"tree", "hedge", "bench", "bike-parking", "parking-space", "water"};

    @Test
    void previewOfA20VolumeVariantWith50PaletteObjects() {
        long plan = plan();
        Http.Response design = login(OWNER).put("/api/v1/plans/" + plan + "/design",
                "{\"baseVersion\":1,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[" + grid(0) + "]}}");
        assertThat(design.status()).as(design.text()).isEqualTo(201);
        publish(plan);
        long round = variantRound(plan);
        setBounds(round, bounds("0", "12", TestGeometry.rect(garden.x, garden.y, 130, 130), ""));

        List<double[]> spots = clearSpots(OBJECTS, 2.9, 8, 6, 64);
        assertThat(spots).as("50 clear spots within the round's area").hasSize(OBJECTS);
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < OBJECTS; i++) {
            objects.add(object(KINDS[i % KINDS.length], spots.get(i)[0], spots.get(i)[1]));
        }
        String body = variant("Bench", grid(1), String.join(",", objects));
        Browser participant = resident();

        Http.Response first = participant.post("/api/v1/rounds/" + round + "/variants/preview", body);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("objects")).hasSize(OBJECTS);
        assertThat(indicator(first.json().get("original"), "built-volume")).isPositive();
        System.out.printf(Locale.ROOT, "BENCH design %d volumes, %d objects, body %,d chars; indicators %s%n", VOLUMES, OBJECTS,
                body.length(), first.json().get("indicators"));

        // The reference: the plan's check alone (POST /api/v1/check) of the same 20 volumes on the same parcel, timed
        // interleaved with the previews so that both see the same load on this shared machine.
        String check = "{\"activity\":\"aanbouw\",\"volumes\":[" + grid(1) + "]}";
        String checkPath = "/api/v1/check?parcels=" + nl.stip.DemoGarden.find(jdbc).parcelId();
        Http http = new Http(port);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(participant.post("/api/v1/rounds/" + round + "/variants/preview", body).status()).isEqualTo(200);
            assertThat(http.post(checkPath, check).status()).isEqualTo(200);
        }
        double[] ms = new double[TIMED];
        double[] checkMs = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            Http.Response r = participant.post("/api/v1/rounds/" + round + "/variants/preview", body);
            ms[i] = (System.nanoTime() - start) / 1e6;
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            start = System.nanoTime();
            Http.Response c = http.post(checkPath, check);
            checkMs[i] = (System.nanoTime() - start) / 1e6;
            assertThat(c.status()).as(c.text()).isEqualTo(200);
        }
        Arrays.sort(ms);
        Arrays.sort(checkMs);
        System.out.printf(Locale.ROOT, "BENCH variant preview (check + indicators), %d timed after %d warm-up: median %.1f ms  p95 %.1f ms"
                        + "  p99 %.1f ms  max %.1f ms  (target p95 <= 50 ms)%n",
                TIMED, WARM_UP, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
        System.out.printf(Locale.ROOT, "BENCH reference: the check alone of the same 20 volumes (anonymous POST /api/v1/check), interleaved:"
                        + " median %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                at(checkMs, 0.50), at(checkMs, 0.95), at(checkMs, 0.99), checkMs[checkMs.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double at(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** 20 volumes of 1 × 1 m in a 5 × 4 grid (1.2 m apart) around the garden's centre, 3 to 6 m high; volume 0 {@code lower} m lower. */
    private String grid(double lower) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < VOLUMES; i++) {
            double dx = -1 + 1.2 * (i % 5);
            double dy = -1.8 + 1.2 * (i / 5);
            double height = 3 + (i % 4) - (i == 0 ? lower : 0);
            out.add(volume(dx, dy, 1, 1, Math.max(height, 2)));
        }
        return String.join(",", out);
    }
}
