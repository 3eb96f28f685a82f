package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Feature pages, paging, bbox filters and output CRSs, over HTTP against the Doesburg demo. */
class OgcItemsIT extends IntegrationTest {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    static final String RD_NEW = "http://www.opengis.net/def/crs/EPSG/0/28992";
    /** A current pand in Doesburg with a long BAG history. */
    static final String KNOWN_PAND = "0221100000312938";

    @Autowired
    JdbcClient jdbc;
    OgcClient ogc;

    @BeforeEach
    void client() {
        ogc = new OgcClient(port);
    }

    @Test
    void pagingThroughAllBuildingsGivesEachCurrentBuildingOnceInIdOrder() {
        long current = count("SELECT count(*) FROM building WHERE current");
        List<String> ids = new ArrayList<>();
        String next = "/ogc/collections/buildings/items?limit=2000";
        int pages = 0;
        while (next != null) {
            OgcClient.Reply page = ogc.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("numberMatched").asLong()).isEqualTo(current);
            assertThat(page.json().get("numberReturned").asInt()).isEqualTo(page.json().get("features").size());
            assertThat(page.json().get("timeStamp").asString()).isNotBlank();
            ids.addAll(page.featureIds());
            next = page.link("next");
            pages++;
        }
        assertThat(pages).isEqualTo((int) ((current + 1999) / 2000));
        assertThat(ids).hasSize((int) current).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void nextAndPrevLinksKeepBboxAndCrs() {
        Envelope rd = aroundKnownPand(250);
        String bbox = rdBbox(rd);
        OgcClient.Reply first = ogc.get("/ogc/collections/buildings/items?limit=10&crs=" + RD_NEW + "&bbox-crs=" + RD_NEW + "&bbox=" + bbox);
        assertThat(first.link("prev")).isNull();
        String next = first.link("next");
        assertThat(next).contains("offset=10", "limit=10", "crs=" + encoded(RD_NEW), "bbox-crs=", "bbox=");

        OgcClient.Reply second = ogc.get(next);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.contentCrs()).isEqualTo("<" + RD_NEW + ">");
        assertThat(second.json().get("numberMatched").asLong()).isEqualTo(first.json().get("numberMatched").asLong());
        assertThat(second.featureIds()).doesNotContainAnyElementsOf(first.featureIds());
        assertThat(ogc.get(second.link("prev")).featureIds()).isEqualTo(first.featureIds());
    }

    @Test
    void bboxInEachCrsSelectsTheSameBuildings() {
        Envelope rd = aroundKnownPand(250);
        Set<String> inRd = ids("/ogc/collections/buildings/items?limit=10000&bbox-crs=" + RD_NEW + "&bbox=" + rdBbox(rd));
        assertThat(inRd).hasSize((int) count("SELECT count(*) FROM building WHERE current AND ST_Intersects(footprint, "
                + "ST_MakeEnvelope(" + rd.getMinX() + ", " + rd.getMinY() + ", " + rd.getMaxX() + ", " + rd.getMaxY() + ", 28992))"));
        assertThat(inRd).hasSizeGreaterThan(100);

        // A WGS84 box holding the RD box finds at least its buildings; one inside it finds no others.
        Envelope outer = wgs84Around(rd);
        Envelope inner = wgs84Inside(rd);
        Set<String> outerCrs84 = ids("/ogc/collections/buildings/items?limit=10000&bbox=" + lonLat(outer));
        Set<String> innerCrs84 = ids("/ogc/collections/buildings/items?limit=10000&bbox-crs=" + CRS84 + "&bbox=" + lonLat(inner));
        assertThat(outerCrs84).containsAll(inRd);
        assertThat(inRd).containsAll(innerCrs84);
        assertThat(innerCrs84.size()).isGreaterThan(inRd.size() * 9 / 10);

        // EPSG:4326 takes the same box latitude first.
        Set<String> outer4326 = ids("/ogc/collections/buildings/items?limit=10000&bbox-crs=" + EPSG_4326 + "&bbox="
                + outer.getMinY() + "," + outer.getMinX() + "," + outer.getMaxY() + "," + outer.getMaxX());
        assertThat(outer4326).isEqualTo(outerCrs84);
    }

    @Test
    void bboxWithHeightsIgnoresTheHeights() {
        Envelope rd = aroundKnownPand(100);
        Set<String> flat = ids("/ogc/collections/buildings/items?bbox-crs=" + RD_NEW + "&bbox=" + rdBbox(rd));
        Set<String> withHeights = ids("/ogc/collections/buildings/items?bbox-crs=" + RD_NEW + "&bbox="
                + rd.getMinX() + "," + rd.getMinY() + ",-5," + rd.getMaxX() + "," + rd.getMaxY() + ",50");
        assertThat(withHeights).isNotEmpty().isEqualTo(flat);
    }

    @Test
    void aWorldBboxIsClampedToTheNetherlandsAndFindsEveryParcel() {
        OgcClient.Reply world = ogc.get("/ogc/collections/parcels/items?bbox=-180,-90,180,90&limit=1");
        assertThat(world.status()).isEqualTo(200);
        assertThat(world.json().get("numberMatched").asLong()).isEqualTo(count("SELECT count(*) FROM parcel"));

        OgcClient.Reply elsewhere = ogc.get("/ogc/collections/parcels/items?bbox=10,10,11,11");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().get("numberMatched").asLong()).isZero();
        assertThat(elsewhere.json().get("features").size()).isZero();
    }

    @Test
    void epsg4326PutsLatitudeFirstWhereCrs84PutsLongitudeFirst() {
        String feature = "/ogc/collections/buildings/items/" + KNOWN_PAND;
        OgcClient.Reply crs84 = ogc.get(feature);
        OgcClient.Reply epsg4326 = ogc.get(feature + "?crs=" + EPSG_4326);
        OgcClient.Reply rd = ogc.get(feature + "?crs=" + RD_NEW);

        assertThat(crs84.contentCrs()).isEqualTo("<" + CRS84 + ">");
        assertThat(epsg4326.contentCrs()).isEqualTo("<" + EPSG_4326 + ">");
        JsonNode lonLat = firstVertex(crs84);
        JsonNode latLon = firstVertex(epsg4326);
        assertThat(lonLat.get(0).asDouble()).isBetween(6.0, 6.3);
        assertThat(lonLat.get(1).asDouble()).isBetween(51.9, 52.1);
        assertThat(latLon.get(0).asDouble()).isEqualTo(lonLat.get(1).asDouble());
        assertThat(latLon.get(1).asDouble()).isEqualTo(lonLat.get(0).asDouble());
        JsonNode xy = firstVertex(rd);
        assertThat(xy.get(0).asDouble()).isBetween(190_000.0, 220_000.0);
        assertThat(xy.get(1).asDouble()).isBetween(430_000.0, 460_000.0);
    }

    @Test
    void aKnownBuildingHasItsPropertiesAndLinks() {
        OgcClient.Reply reply = ogc.get("/ogc/collections/buildings/items/" + KNOWN_PAND);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/geo+json");
        JsonNode feature = reply.json();
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("id").asString()).isEqualTo(KNOWN_PAND);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Polygon");
        JsonNode p = feature.get("properties");
        var row = jdbc.sql("SELECT status, bouwjaar, height_m, height_source, height_note, source FROM building WHERE identificatie = ?")
                .param(KNOWN_PAND).query().singleRow();
        assertThat(p.get("identificatie").asString()).isEqualTo(KNOWN_PAND);
        assertThat(p.get("status").asString()).isEqualTo(row.get("status"));
        assertThat(p.get("bouwjaar").asInt()).isEqualTo(row.get("bouwjaar"));
        assertThat(p.get("height").asDouble()).isEqualTo(((Number) row.get("height_m")).doubleValue());
        assertThat(p.get("heightSource").asString()).isEqualTo(row.get("height_source"));
        assertThat(p.get("heightNote").asString()).isEqualTo(row.get("height_note"));
        assertThat(p.get("source").asString()).isEqualTo(row.get("source"));
        assertThat(reply.link("self")).isEqualTo(ogc.base() + "/ogc/collections/buildings/items/" + KNOWN_PAND);
        assertThat(reply.link("collection")).isEqualTo(ogc.base() + "/ogc/collections/buildings");
    }

    @Test
    void parcelsAndRuleAreasCarryTheirPropertiesAndIds() {
        long parcelId = count("SELECT min(id) FROM parcel");
        JsonNode parcel = ogc.get("/ogc/collections/parcels/items/" + parcelId).json();
        assertThat(parcel.get("id").asLong()).isEqualTo(parcelId);
        assertThat(parcel.get("properties").get("kadastraleAanduiding").asString())
                .isEqualTo(jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE id = ?").param(parcelId).query(String.class).single());
        assertThat(parcel.get("properties").has("areaM2")).isTrue();

        OgcClient.Reply ruleAreas = ogc.get("/ogc/collections/rule-areas/items");
        assertThat(ruleAreas.featureIds()).containsExactlyElementsOf(
                jdbc.sql("SELECT code FROM rule_area ORDER BY code").query(String.class).list());
        JsonNode first = ruleAreas.json().get("features").get(0).get("properties");
        assertThat(first.get("ruleText").asString()).isNotBlank();
        assertThat(first.has("maxHeightM")).isTrue();
        assertThat(first.get("demo").isBoolean()).isTrue();
    }

    @Test
    void aPageBeyondTheLastIsEmptyWithAPrevLink() {
        long ruleAreas = count("SELECT count(*) FROM rule_area");
        OgcClient.Reply beyond = ogc.get("/ogc/collections/rule-areas/items?limit=2&offset=" + (ruleAreas + 10));
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().get("numberReturned").asInt()).isZero();
        assertThat(beyond.link("next")).isNull();
        assertThat(beyond.link("prev")).contains("offset=" + Math.max(0, ruleAreas - 2));
    }

    private Set<String> ids(String path) {
        OgcClient.Reply reply = ogc.get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new HashSet<>(reply.featureIds());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Envelope aroundKnownPand(double halfSide) {
        var centre = jdbc.sql("SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Centroid(footprint) c FROM building WHERE identificatie = ?) x")
                .param(KNOWN_PAND).query((rs, n) -> new Coordinate(rs.getDouble(1), rs.getDouble(2))).single();
        return new Envelope(centre.x - halfSide, centre.x + halfSide, centre.y - halfSide, centre.y + halfSide);
    }

    private static Envelope wgs84Around(Envelope rd) {
        Envelope out = new Envelope();
        for (double x = rd.getMinX(); x <= rd.getMaxX(); x += rd.getWidth() / 10) {
            for (double y = rd.getMinY(); y <= rd.getMaxY(); y += rd.getHeight() / 10) {
                out.expandToInclude(CrsTransform.toWgs84(x, y));
            }
        }
        return out;
    }

    private static Envelope wgs84Inside(Envelope rd) {
        Envelope shrunk = new Envelope(rd);
        shrunk.expandBy(-5);
        Coordinate sw = CrsTransform.toWgs84(shrunk.getMinX(), shrunk.getMinY());
        Coordinate se = CrsTransform.toWgs84(shrunk.getMaxX(), shrunk.getMinY());
        Coordinate nw = CrsTransform.toWgs84(shrunk.getMinX(), shrunk.getMaxY());
        Coordinate ne = CrsTransform.toWgs84(shrunk.getMaxX(), shrunk.getMaxY());
        return new Envelope(Math.max(sw.x, nw.x), Math.min(se.x, ne.x), Math.max(sw.y, se.y), Math.min(nw.y, ne.y));
    }

    private static String rdBbox(Envelope e) {
        return e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY();
    }

    private static String lonLat(Envelope e) {
        return e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY();
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode firstVertex(OgcClient.Reply feature) {
        return feature.json().get("geometry").get("coordinates").get(0).get(0);
    }
}
