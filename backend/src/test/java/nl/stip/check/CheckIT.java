package nl.stip.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The "Binnen de lijntjes scan" on the Doesburg demo: for every rule a design that passes and one that fails, the
 * procedure and fee, and the same answer twice. Designs are placed from the database: the garden behind house
 * 0221100000311445 ('wonen': 10 m, eaves 6 m, 50%, 3 m from the boundary) and pand 0221100000312938 in the centre.
 */
class CheckIT extends IntegrationTest {

    /** Inside pand 0221100000311445 (LookupIT). */
    static final double HOUSE_X = 205834.72;
    static final double HOUSE_Y = 446338.68;

    @Autowired
    JdbcClient jdbc;

    Http http;
    /** A point in the house's garden with room for a 3 m × 4 m volume, clear of the buildings and inside the parcel. */
    Coordinate garden;
    /** A point in the garden with room for a 1.5 m × 1.5 m shed at least 3 m from the parcel boundary. */
    Coordinate shed;
    /** The point of the parcel boundary nearest to {@link #shed}. */
    Coordinate boundary;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Map<String, Object> row = jdbc.sql("""
                WITH p AS (SELECT geom FROM parcel WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992))),
                b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
                g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).* FROM p, b),
                s AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -3.0), b.geom))).* FROM p, b)
                SELECT ST_X(g.center) AS gx, ST_Y(g.center) AS gy, g.radius AS gr, ST_X(s.center) AS sx, ST_Y(s.center) AS sy, s.radius AS sr,
                       ST_X(ST_ClosestPoint(ST_Boundary(p.geom), s.center)) AS bx, ST_Y(ST_ClosestPoint(ST_Boundary(p.geom), s.center)) AS by
                FROM g, s, p""").params(HOUSE_X, HOUSE_Y).query().singleRow();
        garden = new Coordinate(num(row, "gx"), num(row, "gy"));
        shed = new Coordinate(num(row, "sx"), num(row, "sy"));
        boundary = new Coordinate(num(row, "bx"), num(row, "by"));
        assertThat(num(row, "gr")).as("room for 3 m × 4 m in the garden").isGreaterThan(2.5);
        assertThat(num(row, "sr")).as("room for a shed 3 m from the boundary").isGreaterThan(1.1);
    }

    private static double num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    static String rect(double x, double y, double w, double h) {
        return nl.stip.TestGeometry.rect(x, y, w, h);
    }

    static String volume(String footprint, double height) {
        return "{\"footprint\":" + footprint + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}";
    }

    static String design(String activity, String... volumes) {
        return "{\"activity\":\"" + activity + "\",\"volumes\":[" + String.join(",", volumes) + "]}";
    }

    JsonNode check(String body) {
        Http.Response response = http.post("/api/v1/check", body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static JsonNode verdict(JsonNode result, String ruleKey) {
        return result.get("verdicts").valueStream().filter(v -> v.get("ruleKey").asString().equals(ruleKey)).findFirst().orElseThrow();
    }

    String extension(double height) {
        return design("aanbouw", volume(rect(garden.x, garden.y, 3, 4), height));
    }

    @Test
    void aGardenShedPassesEveryRule() {
        JsonNode result = check(design("aanbouw", volume(rect(shed.x, shed.y, 1.5, 1.5), 2.5)));
        assertThat(result.get("verdicts").valueStream().map(v -> v.get("ruleKey").asString())).containsExactly(
                "max-hoogte", "max-goothoogte", "max-bebouwingspercentage", "binnen-perceel", "min-afstand-perceelgrens", "functie", "bescherming");
        assertThat(result.get("verdicts").valueStream().map(v -> v.get("status").asString())).as(result.toString()).containsOnly("pass");
        assertThat(result.get("compliant").asBoolean()).isTrue();
        assertThat(verdict(result, "min-afstand-perceelgrens").get("measured").asDouble()).isGreaterThanOrEqualTo(3.0);
        assertThat(result.get("parcels").get(0).asString()).startsWith("DSB00 ");
        assertThat(result.get("notices").valueStream().map(JsonNode::asString)).anyMatch(n -> n.contains("demo-informatie"));
    }

    @Test
    void anExtensionOfFourMetresPassesTheMaximumHeight() {
        JsonNode height = verdict(check(extension(4)), "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("pass");
        assertThat(height.get("measured").asDouble()).isEqualTo(4.0);
        assertThat(height.get("limit").asDouble()).isEqualTo(10.0);
        assertThat(height.get("unit").asString()).isEqualTo("m");
        assertThat(height.get("citation").get("code").asString()).isEqualTo("DSB-DEMO-WONEN");
        assertThat(height.get("purpose").asString()).isNotBlank();
        assertThat(height.get("explanation").asString()).contains("4 meter").contains("10 meter");
        assertThat(height.get("failingGeometry").isNull()).isTrue();
    }

    @Test
    void anExtensionAboveTheMaximumHeightFailsWithThePartAboveTheLimit() {
        JsonNode result = check(extension(11));
        assertThat(result.get("compliant").asBoolean()).isFalse();
        JsonNode height = verdict(result, "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("fail");
        assertThat(height.get("measured").asDouble()).isEqualTo(11.0);
        assertThat(height.get("explanation").asString()).contains("Bouwdeel 1").contains("10 meter");
        JsonNode part = height.get("failingGeometry").get("features").get(0);
        assertThat(part.get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(part.get("properties").get("fromHeight").asDouble()).isEqualTo(10.0);
        assertThat(part.get("properties").get("toHeight").asDouble()).isEqualTo(11.0);
        assertThat(verdict(result, "max-goothoogte").get("status").asString()).isEqualTo("fail");
    }

    @Test
    void aPitchedRoofIsMeasuredAtItsEaves() {
        String low = "{\"footprint\":" + rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":8,"
                + "\"roof\":{\"type\":\"pitched\",\"eavesHeight\":5.5,\"ridgeHeight\":8}}";
        JsonNode eaves = verdict(check(design("aanbouw", low)), "max-goothoogte");
        assertThat(eaves.get("status").asString()).isEqualTo("pass");
        assertThat(eaves.get("measured").asDouble()).isEqualTo(5.5);
        JsonNode high = verdict(check(design("aanbouw", low.replace("5.5", "7"))), "max-goothoogte");
        assertThat(high.get("status").asString()).isEqualTo("fail");
        assertThat(high.get("limit").asDouble()).isEqualTo(6.0);
        assertThat(high.get("failingGeometry").get("features").get(0).get("properties").get("fromHeight").asDouble()).isEqualTo(6.0);
    }

    @Test
    void aVolumeFillingTheParcelFailsTheBuiltUpPercentage() {
        String parcel = jdbc.sql("SELECT ST_AsGeoJSON(ST_Transform(ST_Buffer(geom, -0.2, 'join=mitre'), 4326), 9) FROM parcel "
                + "WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992))").params(HOUSE_X, HOUSE_Y).query(String.class).single();
        JsonNode builtUp = verdict(check(design("aanbouw", volume(parcel, 3))), "max-bebouwingspercentage");
        assertThat(builtUp.get("status").asString()).isEqualTo("fail");
        assertThat(builtUp.get("measured").asDouble()).isGreaterThan(90.0);
        assertThat(builtUp.get("limit").asDouble()).isEqualTo(50.0);
        assertThat(builtUp.get("unit").asString()).isEqualTo("%");
        assertThat(builtUp.get("failingGeometry").get("features").size()).isEqualTo(1);

        JsonNode small = verdict(check(extension(4)), "max-bebouwingspercentage");
        assertThat(small.get("status").asString()).isEqualTo("pass");
        assertThat(small.get("measured").asDouble()).isPositive().isLessThan(50.0);
    }

    @Test
    void anExtensionMayReachTheBoundaryBecauseTheDistanceIsANormForMainBuildings() {
        double dx = shed.x - boundary.x;
        double dy = shed.y - boundary.y;
        double len = Math.hypot(dx, dy);
        String nearTheBoundary = volume(rect(boundary.x + dx / len * 1.5, boundary.y + dy / len * 1.5, 1, 1), 3);
        JsonNode extension = verdict(check(design("aanbouw", nearTheBoundary)), "min-afstand-perceelgrens");
        assertThat(extension.get("status").asString()).isEqualTo("pass");
        assertThat(extension.get("measured").asDouble()).isBetween(0.7, 1.5);
        assertThat(extension.get("limit").isNull()).isTrue();
        assertThat(extension.get("explanation").asString()).contains("geldt voor hoofdgebouwen").contains("bijbehorend bouwwerk");
        assertThat(verdict(check(design("nieuwbouw-woning", nearTheBoundary)), "min-afstand-perceelgrens").get("status").asString())
                .as("the same volume as a new house").isEqualTo("fail");
    }

    @Test
    void aVolumeOverTheBoundaryFailsWithThePartOnTheNeighboursParcel() {
        JsonNode result = check(design("aanbouw", volume(rect(boundary.x, boundary.y, 2, 2), 3)));
        JsonNode inside = verdict(result, "binnen-perceel");
        assertThat(inside.get("status").asString()).isEqualTo("fail");
        assertThat(inside.get("measured").asDouble()).isBetween(0.5, 3.5);
        assertThat(inside.get("failingGeometry").get("features").get(0).get("geometry").get("type").asString()).endsWith("Polygon");
        assertThat(inside.get("explanation").asString()).contains("buiten uw perceel");
        assertThat(verdict(result, "min-afstand-perceelgrens").get("measured").asDouble()).isZero();
    }

    @Test
    void aNewHouseCloseToTheBoundaryFailsTheDistanceWithTheShortestLine() {
        double dx = shed.x - boundary.x;
        double dy = shed.y - boundary.y;
        double len = Math.hypot(dx, dy);
        double x = boundary.x + dx / len * 1.5;
        double y = boundary.y + dy / len * 1.5;
        JsonNode result = check(design("nieuwbouw-woning", volume(rect(x, y, 1, 1), 3)));
        assertThat(verdict(result, "binnen-perceel").get("status").asString()).isEqualTo("pass");
        JsonNode distance = verdict(result, "min-afstand-perceelgrens");
        assertThat(distance.get("status").asString()).isEqualTo("fail");
        assertThat(distance.get("measured").asDouble()).isBetween(0.7, 1.5);
        assertThat(distance.get("limit").asDouble()).isEqualTo(3.0);
        JsonNode line = distance.get("failingGeometry").get("features").get(0).get("geometry");
        assertThat(line.get("type").asString()).isEqualTo("LineString");
        assertThat(line.get("coordinates").size()).isEqualTo(2);
    }

    @Test
    void aBusinessBuildingInAResidentialAreaFailsTheFunction() {
        JsonNode result = check(design("bedrijfspand", volume(rect(garden.x, garden.y, 3, 4), 4)));
        JsonNode function = verdict(result, "functie");
        assertThat(function.get("status").asString()).isEqualTo("fail");
        assertThat(function.get("explanation").asString()).contains("Een bedrijfspand past niet").contains("Wonen");
        assertThat(function.get("failingGeometry").get("features").size()).isEqualTo(1);
        assertThat(verdict(check(extension(4)), "functie").get("explanation").asString()).contains("Een aanbouw past bij");
    }

    @Test
    void theCentreIsFlaggedAsBeschermdStadsgezichtWithAPermitAndAFeeEstimate() {
        JsonNode result = check(design("aanbouw", volume(rect(206341, 447531, 2, 2), 5)));
        JsonNode protection = verdict(result, "bescherming");
        assertThat(protection.get("status").asString()).isEqualTo("attention");
        assertThat(protection.get("explanation").asString()).contains("beschermd stadsgezicht").contains("extra toets");
        assertThat(protection.get("citation").get("code").asString()).isEqualTo("DSB-DEMO-CENTRUM");
        assertThat(result.get("attention").asInt()).isPositive();

        JsonNode permit = result.get("permit");
        assertThat(permit.get("outcome").asString()).isEqualTo("vergunning-regulier");
        assertThat(permit.get("legalTermWeeks").asInt()).isEqualTo(8);
        assertThat(permit.get("procedure").asString()).contains("8 weken");
        JsonNode fee = permit.get("fee");
        assertThat(fee.get("estimate").asBoolean()).isTrue();
        assertThat(fee.get("grossVolumeM3").asDouble()).isEqualTo(20.0);
        assertThat(fee.get("buildingCostEstimate").asLong()).isEqualTo(9000);
        assertThat(fee.get("amount").asLong()).isEqualTo(150 + 225);
        assertThat(fee.get("basis").asString()).contains("Schatting").contains("m³");
    }

    @Test
    void aShedThatFitsEveryRuleNeedsNoPermitAndCostsNoFee() {
        JsonNode result = check(design("aanbouw", volume(rect(shed.x, shed.y, 1.5, 1.5), 2.5)));
        assertThat(result.get("compliant").asBoolean()).isTrue();
        JsonNode permit = result.get("permit");
        assertThat(permit.get("outcome").asString()).isEqualTo("vergunningvrij");
        assertThat(permit.get("legalTermWeeks").asInt()).isZero();
        assertThat(permit.get("fee").get("amount").asLong()).isZero();
    }

    @Test
    void anExtensionThatBreaksARuleNeedsAPermitToDeviateInsteadOfBeingFree() {
        JsonNode result = check(extension(11)); // too high, and (in this small garden) too close to the parcel edge
        assertThat(result.get("compliant").asBoolean()).isFalse();
        JsonNode permit = result.get("permit");
        assertThat(permit.get("outcome").asString()).isEqualTo("vergunning-regulier");
        assertThat(permit.get("explanation").asString()).contains("past niet binnen de regels");
        assertThat(permit.get("legalTermWeeks").asInt()).isEqualTo(8);
        assertThat(permit.get("fee").get("amount").asLong()).isPositive();
    }

    @Test
    void theSameDesignGivesTheSameAnswer() {
        String body = design("bedrijfspand", volume(rect(garden.x, garden.y, 3, 4), 11), volume(rect(boundary.x, boundary.y, 2, 2), 4));
        Http.Response first = http.post("/api/v1/check", body);
        Http.Response second = http.post("/api/v1/check", body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
    }

    @Test
    void theDefaultParcelsCanBeReplacedByNamedOnes() {
        long other = jdbc.sql("SELECT id FROM parcel WHERE NOT ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992)) ORDER BY id LIMIT 1")
                .params(HOUSE_X, HOUSE_Y).query(Long.class).single();
        JsonNode inside = verdict(check(extension(4)), "binnen-perceel");
        assertThat(inside.get("status").asString()).isEqualTo("pass");
        Http.Response named = http.post("/api/v1/check?parcels=" + other, extension(4));
        assertThat(named.status()).as(named.text()).isEqualTo(200);
        assertThat(verdict(named.json(), "binnen-perceel").get("status").asString()).isEqualTo("fail");
    }

    @Test
    void aVolumeAcrossTwoRuleAreasMeetsTheStrictestNorm() {
        Map<String, Object> edge = jdbc.sql("""
                SELECT ST_X(q) AS x, ST_Y(q) AS y FROM (SELECT ST_ClosestPoint(ST_Boundary(geom), ST_SetSRID(ST_MakePoint(?, ?), 28992)) AS q
                FROM rule_area WHERE code = 'DSB-DEMO-CENTRUM') e""").params(HOUSE_X, HOUSE_Y).query().singleRow();
        JsonNode result = check(design("aanbouw", volume(rect(num(edge, "x"), num(edge, "y"), 4, 4), 11)));
        JsonNode height = verdict(result, "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("fail");
        assertThat(height.get("limit").asDouble()).isLessThan(12.0);
        assertThat(height.get("citation").get("code").asString()).isNotEqualTo("DSB-DEMO-CENTRUM");
        assertThat(verdict(result, "bescherming").get("status").asString()).isEqualTo("attention");
    }
}
