package nl.stip.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import nl.stip.geo.CrsTransform;
import nl.stip.participation.RoundFixture;
import org.awaitility.Awaitility;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;

/** Rounds with variants on, and designs and palette objects in the demo garden, as the API takes them. */
abstract class VariantFixture extends RoundFixture {

    /** A published plan whose current design has two volumes (0: 3 × 4 m, 4 m high; 1: 2 × 2 m, 3 m high, 4 m east). */
    protected long twoVolumePlan() {
        long id = plan();
        Http.Response saved = login(OWNER).put("/api/v1/plans/" + id + "/design", "{\"baseVersion\":1,\"design\":{\"activity\":\"aanbouw\","
                + "\"volumes\":[" + volume(0, 0, 3, 4, 4) + "," + volume(4, 0, 2, 2, 3) + "]}}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        publish(id);
        return id;
    }

    protected long variantRound(long plan) {
        return openRound(plan, "post", "accounts", true);
    }

    /** A flat-roofed w × d volume centred dx, dy metres from the garden's centre. */
    protected String volume(double dx, double dy, double w, double d, double height) {
        return "{\"footprint\":" + TestGeometry.rect(garden.x + dx, garden.y + dy, w, d) + ",\"baseHeight\":0,\"height\":" + height
                + ",\"roof\":{\"type\":\"flat\"}}";
    }

    protected String object(String kind, double dx, double dy) {
        return object(kind, garden.x + dx, garden.y + dy, true);
    }

    protected static String object(String kind, double x, double y, boolean rd) {
        Coordinate c = CrsTransform.toWgs84(x, y);
        return String.format(Locale.ROOT, "{\"kind\":\"%s\",\"position\":{\"lon\":%.9f,\"lat\":%.9f},\"heading\":0}", kind, c.x, c.y);
    }

    protected static String variant(String title, String volumes, String objects) {
        return "{\"title\":\"" + title + "\",\"design\":{\"activity\":\"aanbouw\",\"volumes\":[" + volumes + "]},\"objects\":[" + objects + "]}";
    }

    protected static String bounds(String minHeight, String maxHeight, String area, String keep) {
        return "{\"minHeight\":" + minHeight + ",\"maxHeight\":" + maxHeight + ",\"area\":" + area + ",\"keepVolumes\":[" + keep + "]}";
    }

    protected static double indicator(JsonNode indicators, String id) {
        for (JsonNode i : indicators) {
            if (i.get("id").asString().equals(id)) {
                return i.get("value").asDouble();
            }
        }
        throw new AssertionError("no indicator " + id + " in " + indicators);
    }

    protected static void refused(Http.Response r, int status, String parameter, String detail) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        if (parameter != null) {
            assertThat(r.json().get("parameter").asString()).as(r.text()).isEqualTo(parameter);
        }
        assertThat(r.json().get("detail").asString()).as(r.text()).contains(detail);
    }

    /**
     * A preview of {@code body} in the round as {@code who}. Previews are limited per person (at most 2 a second: 429 with
     * Retry-After, VariantLifecycleIT tests that), and the demo accounts are shared by every test of the context, so a
     * test about something else waits the limit out instead of failing on it.
     */
    protected static Http.Response preview(Browser who, long round, String body) {
        AtomicReference<Http.Response> answer = new AtomicReference<>();
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(15)).until(() -> {
            answer.set(who.post("/api/v1/rounds/" + round + "/variants/preview", body));
            return answer.get().status() != 429;
        });
        return answer.get();
    }

    protected long variants(long round) {
        return count("SELECT count(*) FROM round_variant WHERE round_id = ?", round);
    }

    protected Browser resident() {
        return login(RESIDENT);
    }

    /**
     * Up to {@code n} spots (RD New, whole metres from the garden's centre, {@code step} m apart, nearest first) at least
     * {@code from} m from the centre, where a square of half-side {@code half} m stands clear of every current building by
     * 0.5 m; each as {dx, dy} from the centre.
     */
    protected java.util.List<double[]> clearSpots(int n, double half, double from, int step) {
        return clearSpots(n, half, from, step, 60);
    }

    /** As {@link #clearSpots(int, double, double, int)}, searching up to {@code reach} m east, west, north and south. */
    protected java.util.List<double[]> clearSpots(int n, double half, double from, int step, int reach) {
        return jdbc.sql("""
                        SELECT dx, dy FROM generate_series(-(?::int), ?::int, ?::int) dx, generate_series(-(?::int), ?::int, ?::int) dy
                        WHERE sqrt(dx * dx + dy * dy) >= ? AND NOT EXISTS (SELECT 1 FROM building b WHERE b.current
                            AND ST_DWithin(b.footprint, ST_MakeEnvelope(? + dx - ?, ? + dy - ?, ? + dx + ?, ? + dy + ?, 28992), 0.5))
                        ORDER BY dx * dx + dy * dy, dx, dy LIMIT ?""")
                .params(reach, reach, step, reach, reach, step, from, garden.x, half, garden.y, half, garden.x, half, garden.y, half, n)
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
    }

    /** A point on the footprint of the demo house (RD New), a building that stands in the garden's parcel. */
    protected Coordinate onTheHouse() {
        return jdbc.sql("SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(footprint) p FROM building WHERE identificatie = ? AND current) b")
                .param(DEMO_HOUSE).query((rs, i) -> new Coordinate(rs.getDouble(1), rs.getDouble(2))).single();
    }

    /** Sets the round's bounds as the planner; asserts 200. */
    protected void setBounds(long round, String body) {
        Http.Response set = login(PLANNER).put("/api/v1/rounds/" + round + "/variant-bounds", body);
        assertThat(set.status()).as(set.text()).isEqualTo(200);
    }

    protected static long savedId(Browser who, long round, String body) {
        Http.Response r = who.post("/api/v1/rounds/" + round + "/variants", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The body with {@code "basedOn": id} as its first member. */
    protected static String basedOn(long id, String body) {
        return body.replaceFirst("\\{", "{\"basedOn\":" + id + ",");
    }
}
