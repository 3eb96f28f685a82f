package nl.stip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bad input never gets past the door and never causes a 500: each request here once did (a NUL in a text, a null in
 * a list, a multipart body without a boundary) or once stored what it should not (unknown members, extra numbers in
 * a position). Every answer is a 4xx problem-details body naming the member by its JSON path, never a Java class.
 */
class BadInputIT extends IntegrationTest {

    static final String OWNER = "initiator@demo.stip.nl";
    static final String PASSWORD = "stip-demo-2026";
    /** What an error body must never show: Java packages, classes, or the JSON library's internals. */
    static final String JAVA = "(?s).*(nl\\.stip|tools\\.jackson|com\\.fasterxml|java\\.|jakarta\\.|org\\.spring|StreamReadConstraints|Exception|`).*";
    /** A NUL character as a JSON string escape. */
    static final String NUL = "\\u0000";

    @Autowired
    JdbcClient jdbc;

    final List<Long> plans = new ArrayList<>();
    Coordinate garden;

    @BeforeEach
    void garden() {
        garden = DemoGarden.find(jdbc).centre();
    }

    @AfterEach
    void deleteThePlans() {
        plans.forEach(id -> jdbc.sql("DELETE FROM plan WHERE id = ?").param(id).update());
    }

    static Stream<Arguments> anonymousTexts() {
        return Stream.of(
                Arguments.of("/api/v1/auth/login", "{\"email\":\"iemand" + NUL + "@example.org\",\"password\":\"geheim-wachtwoord\"}", "email"),
                Arguments.of("/api/v1/auth/password-reset", "{\"email\":\"iemand" + NUL + "@example.org\"}", "email"),
                Arguments.of("/api/v1/auth/verify/resend", "{\"email\":\"iemand" + NUL + "@example.org\"}", "email"),
                Arguments.of("/api/v1/auth/signup", "{\"email\":\"nul-" + System.nanoTime() + "@example.org\",\"password\":\"een lang wachtwoord\","
                        + "\"displayName\":\"Jan" + NUL + "\",\"role\":\"INITIATOR\"}", "displayName"),
                Arguments.of("/api/v1/auth/signup", "{\"email\":\"nul" + NUL + "@example.org\",\"password\":\"een lang wachtwoord\","
                        + "\"displayName\":\"Jan\",\"role\":\"INITIATOR\"}", "email"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("anonymousTexts")
    void aNulCharacterInAnAnonymousRequestIs400NamingTheField(String path, String body, String field) {
        Http.Response response = new Browser(port).primed().post(path, body);
        assertProblem(response, 400, field);
        assertThat(response.json().get("detail").asString()).contains("control character U+0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=Kerk%00straat", "/api/v1/search?limit=5&q=DSB00%00A"})
    void aNulCharacterInAQueryParameterIs400NamingIt(String path) {
        assertProblem(new Http(port).get(path), 400, "q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "description"})
    void aNulCharacterInAPlanTextIs400NamingTheField(String field) {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        String title = field.equals("title") ? "Aanbouw" + NUL : "Aanbouw";
        String description = field.equals("description") ? "Een serre" + NUL : "Een serre";
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"description\":\"" + description + "\",\"activity\":\"aanbouw\"}");
        assertProblem(response, 400, field);
    }

    @Test
    void aNullParcelIs400NamingItsPlace() {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Aanbouw\",\"activity\":\"aanbouw\",\"parcels\":[1,null]}");
        assertProblem(response, 400, "parcels[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/json", "multipart/form-data; boundary="})
    void aMultipartBodyThatCannotBeParsedIs400OnEveryEndpoint(String contentType) {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        long plan = createPlan(owner);
        byte[] body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        assertProblem(owner.sendBytes("POST", "/api/v1/check", body, contentType), 400, "body");
        assertProblem(owner.sendBytes("PUT", "/api/v1/plans/" + plan + "/design", body, contentType), 400, "body");
        assertProblem(owner.sendBytes("POST", "/api/v1/plans/" + plan + "/documents", body, contentType), 400, "body");
        assertThat(owner.get("/api/v1/plans/" + plan + "/documents").json().size()).isZero();
    }

    @Test
    void aWellFormedMultipartBodyWhereJsonIsExpectedIs415() {
        byte[] body = "--XyZ\r\nContent-Disposition: form-data; name=\"design\"\r\n\r\n{}\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        Http.Response response = new Browser(port).primed().sendBytes("POST", "/api/v1/check", body, "multipart/form-data; boundary=XyZ");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<Arguments> strictDesigns() {
        String ring = "[[6.1286,52.0054],[6.1287,52.0054],[6.1287,52.0055],[6.1286,52.0054]]";
        return Stream.of(
                Arguments.of("an unknown member of a volume", volume("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}", ",\"colour\":\"rood\""),
                        "volumes[0].colour", "'colour' is not a member here"),
                Arguments.of("an unknown member of the design", "{\"activity\":\"aanbouw\",\"extra\":{\"x\":1},\"volumes\":[]}", "extra", "not a member"),
                Arguments.of("an object inside a position", volume("{\"type\":\"Polygon\",\"coordinates\":[[[6.1286,52.0054],[6.1287,52.0054,{\"x\":\"verborgen\"}],"
                        + "[6.1287,52.0055]]]}", ""), "volumes[0].footprint.coordinates[0][1][2]", "not a number"),
                Arguments.of("four numbers in a position", volume("{\"type\":\"Polygon\",\"coordinates\":[[[6.1286,52.0054,0,7],[6.1287,52.0054],"
                        + "[6.1287,52.0055]]]}", ""), "volumes[0].footprint.coordinates[0][0][3]", "more than 3 numbers"),
                Arguments.of("a text as a longitude", volume("{\"type\":\"Polygon\",\"coordinates\":[[[\"6.1286\",52.0054],[6.1287,52.0054],"
                        + "[6.1287,52.0055]]]}", ""), "volumes[0].footprint.coordinates[0][0][0]", "not a number"),
                Arguments.of("a null position", volume("{\"type\":\"Polygon\",\"coordinates\":[[null,[6.1287,52.0054],[6.1287,52.0055]]]}", ""),
                        "volumes[0].footprint.coordinates[0][0]", "null is not allowed"),
                Arguments.of("an unknown member of the footprint", volume("{\"type\":\"Polygon\",\"bbox\":[1,2,3,4],\"coordinates\":[" + ring + "]}", ""),
                        "volumes[0].footprint.bbox", "not a member"));
    }

    static String volume(String footprint, String more) {
        return "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + footprint + ",\"baseHeight\":0,\"height\":3" + more + "}]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strictDesigns")
    void aDesignWithAnythingButItsMembersIsRefusedNamingTheField(String why, String design, String field, String detail) {
        Http.Response checked = new Http(port).post("/api/v1/check", design);
        assertProblem(checked, 400, field);
        assertThat(checked.json().get("detail").asString()).contains(detail);

        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        long plan = createPlan(owner);
        Http.Response saved = owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":" + design + "}");
        assertProblem(saved, 400, "design." + field);
        assertThat(owner.get("/api/v1/plans/" + plan).json().get("currentVersion").asInt()).as("nothing stored").isZero();
    }

    @Test
    void aSavedDesignIsStoredAndServedAsTheCanonicalDesign() {
        Browser owner = new Browser(port).loggedInAs(OWNER, PASSWORD);
        long plan = createPlan(owner);
        // An altitude is valid GeoJSON but means nothing here (heights say where the volume stands): it is dropped.
        String footprint = TestGeometry.rect(garden.x, garden.y, 3, 4).replaceAll("\\[(-?[0-9.]+),(-?[0-9.]+)\\]", "[$1,$2,12.5]");
        assertThat(footprint).contains(",12.5]");
        String design = "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + footprint + ",\"baseHeight\":0,\"height\":3,"
                + "\"roof\":{\"type\":\"flat\"}}]}";
        Http.Response saved = owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":" + design + "}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);

        JsonNode stored = owner.get("/api/v1/plans/" + plan + "/versions/1").json().get("design");
        assertThat(stored.propertyNames()).containsExactlyInAnyOrder("activity", "volumes", "models");
        JsonNode ring = stored.get("volumes").get(0).get("footprint").get("coordinates").get(0);
        assertThat(ring.size()).isEqualTo(5);
        ring.forEach(position -> assertThat(position.size()).as(position.toString()).isEqualTo(2));
        assertThat(stored.toString()).doesNotContain("12.5");
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("a list for the design", "[]", "body"),
                Arguments.of("a text for the design", "\"ontwerp\"", "body"),
                Arguments.of("a list for the activity", "{\"activity\":[],\"volumes\":[]}", "activity"),
                Arguments.of("an object for the volumes", "{\"activity\":\"aanbouw\",\"volumes\":{}}", "volumes"),
                Arguments.of("a text for a height", "{\"activity\":\"aanbouw\",\"volumes\":[{\"height\":\"hoog\"}]}", "volumes[0].height"),
                Arguments.of("a number too long", "{\"activity\":\"aanbouw\",\"volumes\":[{\"height\":1" + "0".repeat(2000) + "}]}", null),
                Arguments.of("nested too deeply", "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[".repeat(3000) + "]".repeat(3000) + "}}]}", null),
                Arguments.of("not JSON", "{\"activity\": aanbouw}", "body"),
                Arguments.of("cut off", "{\"activity\":\"aanbouw\",\"volumes\":[", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void anUnreadableBodyIs400WithoutJavaNames(String why, String body, String field) {
        Http.Response response = new Http(port).post("/api/v1/check", body);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("parameter").asString()).isEqualTo(field);
        }
        assertThat(response.text()).doesNotMatch(JAVA);
    }

    @Test
    void problemsWrittenBeforeSpringMvcAreTheSameJson() {
        Http.Response anonymous = new Http(port).get("/api/v1/plans");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("code").asString()).isEqualTo("unauthenticated");
        assertThat(anonymous.json().get("instance").asString()).isEqualTo("/api/v1/plans");

        Http.Response withoutCsrf = new Browser(port).loggedInAs(OWNER, PASSWORD).postWithoutCsrf("/api/v1/plans", "{}");
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(withoutCsrf.json().get("status").asInt()).isEqualTo(403);
    }

    private long createPlan(Browser owner) {
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"Strenge invoer\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        plans.add(id);
        return id;
    }

    private static void assertProblem(Http.Response response, int status, String parameter) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).as(response.text()).isEqualTo(parameter);
        assertThat(response.text()).doesNotMatch(JAVA);
    }
}
