package nl.stip.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Uw perceel" is one parcel, decided in one place, and every verdict means that one: a saved plan's parcels, the parcel
 * the person chose, or else the parcel under the largest part of the first footprint. Placed on the Doesburg demo from
 * the database: the garden behind house 0221100000311445 ({@link DemoGarden}), the point {@code west} where a line due
 * west from the garden leaves the house's parcel, and the neighbour's parcel just beyond it.
 */
class OwnParcelIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    Http http;
    long own;
    String ownName;
    long neighbour;
    String neighbourName;
    Coordinate garden;
    /** Where the line due west from the garden crosses the own parcel's boundary (RD New). */
    Coordinate west;
    Long plan;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        DemoGarden demo = DemoGarden.find(jdbc);
        own = demo.parcelId();
        garden = demo.centre();
        Map<String, Object> row = jdbc.sql("""
                WITH p AS (SELECT geom, kadastrale_aanduiding FROM parcel WHERE id = ?),
                w AS (SELECT ST_ClosestPoint(ST_Intersection(ST_Boundary(p.geom),
                        ST_MakeLine(ST_SetSRID(ST_MakePoint(?, ?), 28992), ST_SetSRID(ST_MakePoint(? - 100, ?), 28992))),
                        ST_SetSRID(ST_MakePoint(?, ?), 28992)) AS q FROM p),
                n AS (SELECT id, kadastrale_aanduiding FROM parcel, w
                      WHERE id <> ? AND ST_Intersects(geom, ST_Translate(w.q, -1.5, 0)) ORDER BY id LIMIT 1)
                SELECT ST_X(w.q) AS x, ST_Y(w.q) AS y, p.kadastrale_aanduiding AS own, n.id AS nid, n.kadastrale_aanduiding AS nname
                FROM w, p, n""").params(own, garden.x, garden.y, garden.x, garden.y, garden.x, garden.y, own).query().singleRow();
        west = new Coordinate(num(row, "x"), num(row, "y"));
        ownName = (String) row.get("own");
        neighbour = ((Number) row.get("nid")).longValue();
        neighbourName = (String) row.get("nname");
        assertThat(garden.x - west.x).as("the garden lies east of the west boundary").isPositive();
        plan = null;
    }

    @AfterEach
    void deleteThePlan() {
        if (plan != null) {
            jdbc.sql("DELETE FROM plan WHERE id = ?").param(plan).update();
        }
    }

    private static double num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    /** A 3 m × 3 m extension, 3 m tall, centred {@code east} metres east of {@link #west} (negative: west of it). */
    String extensionAt(double east) {
        return volume(TestGeometry.rect(west.x + east, west.y, 3, 3));
    }

    /** An RD New polygon (WKT) as the API takes it: GeoJSON in WGS84, converted as the server converts back. */
    static String wgs84(String wkt) {
        try {
            org.locationtech.jts.geom.Geometry g = new org.locationtech.jts.io.WKTReader().read(wkt);
            StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
            Coordinate[] ring = ((org.locationtech.jts.geom.Polygon) g).getExteriorRing().getCoordinates();
            for (int i = 0; i < ring.length; i++) {
                Coordinate c = nl.stip.geo.CrsTransform.toWgs84(ring[i].x, ring[i].y);
                out.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "[%.10f,%.10f]", c.x, c.y));
            }
            return out.append("]]}").toString();
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String volume(String footprint) {
        return "{\"footprint\":" + footprint + ",\"baseHeight\":0,\"height\":3,\"roof\":{\"type\":\"flat\"}}";
    }

    static String design(String activity, String... volumes) {
        return "{\"activity\":\"" + activity + "\",\"volumes\":[" + String.join(",", volumes) + "]}";
    }

    JsonNode check(String query, String body) {
        Http.Response response = http.post("/api/v1/check" + query, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static JsonNode verdict(JsonNode result, String ruleKey) {
        for (JsonNode v : result.get("verdicts")) {
            if (v.get("ruleKey").asString().equals(ruleKey)) {
                return v;
            }
        }
        throw new AssertionError("no verdict " + ruleKey + " in " + result);
    }

    static void assertSite(JsonNode result, String chosenBy, long parcelId, String name) {
        JsonNode site = result.get("site");
        assertThat(site.get("chosenBy").asString()).isEqualTo(chosenBy);
        assertThat(site.get("parcels").size()).isEqualTo(1);
        JsonNode parcel = site.get("parcels").get(0);
        assertThat(parcel.get("id").asLong()).isEqualTo(parcelId);
        assertThat(parcel.get("kadastraleAanduiding").asString()).isEqualTo(name);
        assertThat(parcel.get("geometry").get("type").asString()).endsWith("Polygon");
        double lon = parcel.get("geometry").at("/coordinates/0/0/0").asDouble(Double.NaN);
        if (Double.isNaN(lon)) {
            lon = parcel.get("geometry").at("/coordinates/0/0/0/0").asDouble();
        }
        assertThat(lon).as("WGS84 longitude").isBetween(3.0, 7.5);
        assertThat(result.get("parcels").get(0).asString()).isEqualTo(name);
    }

    @Test
    void anUnsavedDrawingTakesTheParcelUnderTheLargestPartOfTheFirstFootprint() {
        // 2 m of 3 on the own parcel: the own one; 2 m of 3 on the neighbour's: the neighbour's.
        assertSite(check("", design("aanbouw", extensionAt(0.5))), SiteChoice.LARGEST_OVERLAP, own, ownName);
        assertSite(check("", design("aanbouw", extensionAt(-0.5))), SiteChoice.LARGEST_OVERLAP, neighbour, neighbourName);
        // The first footprint decides, not the other volumes.
        JsonNode two = check("", design("aanbouw", extensionAt(garden.x - west.x), extensionAt(-3)));
        assertSite(two, SiteChoice.LARGEST_OVERLAP, own, ownName);
        JsonNode inside = verdict(two, "binnen-perceel");
        assertThat(inside.get("status").asString()).isEqualTo("fail");
        assertThat(inside.get("volumes").valueStream().map(JsonNode::asInt)).containsExactly(1);
        assertThat(inside.get("explanation").asString()).startsWith("Bouwdeel 2 staat voor ")
                .contains("op het perceel van de buren (" + neighbourName).contains("buiten uw perceel (" + ownName + ")");
    }

    @Test
    void movedWestOntoTheNeighbourTheChosenParcelStaysUwPerceelAndTheDistanceAgrees() {
        JsonNode before = check("?parcels=" + own, design("aanbouw", extensionAt(garden.x - west.x)));
        assertSite(before, SiteChoice.CHOSEN, own, ownName);
        assertThat(before.get("compliant").asBoolean()).as(before.toString()).isTrue();
        assertThat(verdict(before, "binnen-perceel").get("explanation").asString()).contains("helemaal op uw perceel (" + ownName + ")");

        for (String activity : new String[] {"aanbouw", "nieuwbouw-woning"}) {
            JsonNode moved = check("?parcels=" + own, design(activity, extensionAt(-1)));
            assertSite(moved, SiteChoice.CHOSEN, own, ownName);
            JsonNode inside = verdict(moved, "binnen-perceel");
            assertThat(inside.get("status").asString()).isEqualTo("fail");
            assertThat(inside.get("measured").asDouble()).isBetween(3.0, 9.0);
            assertThat(inside.get("explanation").asString())
                    .matches("Bouwdeel 1 staat voor \\d+(,\\d)? m² op (het perceel|de percelen) van de buren \\(.*" + neighbourName
                            + ".*\\), buiten uw perceel \\(" + ownName + "\\)\\. .*");
            JsonNode distance = verdict(moved, "min-afstand-perceelgrens");
            assertThat(distance.get("status").asString()).as(activity + ": the distance verdict agrees").isEqualTo("fail");
            assertThat(distance.get("measured").isNull()).as("no '0 m' for a part over the boundary").isTrue();
            assertThat(distance.get("explanation").asString()).contains("gaat over de grens van uw perceel (" + ownName + ")")
                    .doesNotContain("geldt voor hoofdgebouwen");
            assertThat(moved.get("compliant").asBoolean()).isFalse();
        }
    }

    @Test
    void aSavedPlanChecksAgainstItsOwnParcelsWhereverTheDesignMoves() {
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", "stip-demo-2026");
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"Aanbouw aan de westkant\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        plan = created.json().get("id").asLong();
        String path = "/api/v1/plans/" + plan;
        // No parcels yet: the first design's largest overlap becomes the plan's parcel…
        Http.Response v1 = owner.put(path + "/design", "{\"baseVersion\":0,\"design\":" + design("aanbouw", extensionAt(0.5)) + "}");
        assertThat(v1.status()).as(v1.text()).isEqualTo(201);
        assertSite(v1.json().get("check"), SiteChoice.LARGEST_OVERLAP, own, ownName);
        assertThat(owner.get(path).json().get("parcels").get(0).asLong()).isEqualTo(own);
        // … and stays "uw perceel" when the design moves onto the neighbour's.
        Http.Response v2 = owner.put(path + "/design", "{\"baseVersion\":1,\"design\":" + design("aanbouw", extensionAt(-1)) + "}");
        assertThat(v2.status()).as(v2.text()).isEqualTo(201);
        JsonNode check = v2.json().get("check");
        assertSite(check, SiteChoice.PLAN, own, ownName);
        assertThat(verdict(check, "binnen-perceel").get("explanation").asString()).contains(neighbourName).contains("buiten uw perceel (" + ownName + ")");
        assertThat(owner.get(path).json().get("parcels").valueStream().map(JsonNode::asLong)).containsExactly(own);
        Http.Response recheck = owner.post(path + "/check", "");
        assertThat(recheck.status()).as(recheck.text()).isEqualTo(200);
        assertSite(recheck.json(), SiteChoice.PLAN, own, ownName);
    }

    @Test
    void aFootprintExactlyOnTheBoundaryIsInsideAndOneJustOverItIsNot() {
        // The own parcel within 1.5 m of the west point: one side lies on the boundary itself.
        String onTheBoundary = jdbc.sql("""
                SELECT ST_AsText(ST_Intersection(p.geom, ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 28992), 1.5, 4)))
                FROM parcel p WHERE id = ?""").params(west.x, west.y, own).query(String.class).single();
        String justOver = jdbc.sql("""
                SELECT ST_AsText(ST_Translate(ST_Intersection(p.geom, ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 28992), 1.5, 4)), -0.3, 0))
                FROM parcel p WHERE id = ?""").params(west.x, west.y, own).query(String.class).single();
        assertThat(onTheBoundary).startsWith("POLYGON");
        onTheBoundary = wgs84(onTheBoundary);
        justOver = wgs84(justOver);

        JsonNode on = check("?parcels=" + own, design("aanbouw", volume(onTheBoundary)));
        assertThat(verdict(on, "binnen-perceel").get("status").asString()).as(on.toString()).isEqualTo("pass");
        JsonNode onDistance = verdict(on, "min-afstand-perceelgrens");
        assertThat(onDistance.get("status").asString()).isEqualTo("pass"); // an extension may reach the boundary
        assertThat(onDistance.get("measured").asDouble()).isZero();
        assertThat(onDistance.get("explanation").asString()).doesNotContain("gaat over de grens");
        JsonNode house = verdict(check("?parcels=" + own, design("nieuwbouw-woning", volume(onTheBoundary))), "min-afstand-perceelgrens");
        assertThat(house.get("status").asString()).as("a main building keeps its 3 m").isEqualTo("fail");
        assertThat(house.get("measured").asDouble()).isZero();

        JsonNode over = check("?parcels=" + own, design("aanbouw", volume(justOver)));
        JsonNode inside = verdict(over, "binnen-perceel");
        assertThat(inside.get("status").asString()).isEqualTo("fail");
        assertThat(inside.get("measured").asDouble()).isPositive().isLessThan(2.0);
        assertThat(inside.get("explanation").asString()).contains(neighbourName).contains("buiten uw perceel (" + ownName + ")");
        JsonNode overDistance = verdict(over, "min-afstand-perceelgrens");
        assertThat(overDistance.get("status").asString()).isEqualTo("fail");
        assertThat(overDistance.get("explanation").asString()).contains("gaat over de grens van uw perceel");
    }
}
