package nl.stip.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGlb;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A glTF/GLB model placed in a plan's design, on the garden of demo house 0221100000311445 (at most 10 m high): saved as
 * a version and checked through its bounding box, refused with 400 naming models[i].field when it cannot be placed
 * (and nothing stored), and named in the Wijzigingsprint when it moves. Real server, real PostGIS, real login.
 */
class PlanModelsIT extends IntegrationTest {

    static final String OWNER = "initiator@demo.stip.nl";
    static final String PASSWORD = "stip-demo-2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ModelBounds boxes;

    Coordinate garden;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void findTheGarden() {
        DemoGarden demo = DemoGarden.find(jdbc);
        garden = demo.centre();
        assertThat(demo.radius()).as("room for 3 m × 3 m in the garden").isGreaterThan(2.2);
    }

    @AfterEach
    void deleteThePlans() {
        jdbc.sql("DELETE FROM plan WHERE id = ANY(?::bigint[])")
                .param(created.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))).update();
    }

    Browser owner() {
        return new Browser(port).loggedInAs(OWNER, PASSWORD);
    }

    String createPlan(Browser browser) {
        Http.Response response = browser.post("/api/v1/plans", "{\"title\":\"Tuinhuis als 3D-model\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        return "/api/v1/plans/" + id;
    }

    long upload(Browser browser, String plan, String filename, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        Http.Response added = browser.sendBytes("POST", plan + "/documents", body, "multipart/form-data; boundary=XyZ");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    /**
     * A model whose origin stands {@code east}, {@code north} metres from the point that puts a 3 m box (corner at the
     * origin, reaching east and south) in the middle of the garden.
     */
    String model(long document, double east, double north, double heading, double scale) {
        Coordinate origin = CrsTransform.toWgs84(garden.x - 1.5 + east, garden.y + 1.5 + north);
        return String.format(Locale.ROOT, "{\"documentId\":%d,\"position\":{\"lon\":%.9f,\"lat\":%.9f},\"baseHeight\":0,\"heading\":%s,\"scale\":%s}",
                document, origin.x, origin.y, heading, scale);
    }

    static String save(int baseVersion, String... models) {
        return "{\"baseVersion\":" + baseVersion + ",\"design\":{\"activity\":\"aanbouw\",\"models\":[" + String.join(",", models) + "]}}";
    }

    static JsonNode verdict(JsonNode check, String rule) {
        for (JsonNode v : check.get("verdicts")) {
            if (v.get("ruleKey").asString().equals(rule)) {
                return v;
            }
        }
        throw new AssertionError("no verdict " + rule + " in " + check);
    }

    long versionRows() {
        return jdbc.sql("SELECT count(*) FROM plan_version").query(Long.class).single();
    }

    @Test
    void aPlacedModelIsSavedAsAVersionAndCheckedByItsBoundingBox() {
        Browser owner = owner();
        String plan = createPlan(owner);
        long box = upload(owner, plan, "tuinhuis.glb", TestGlb.box(""));
        long tower = upload(owner, plan, "toren.glb", TestGlb.box("\"scale\":[1,4,1]"));

        Http.Response small = owner.put(plan + "/design", save(0, model(box, 0, 0, 0, 3)));
        assertThat(small.status()).as(small.text()).isEqualTo(201);
        JsonNode check = small.json().get("check");
        assertThat(verdict(check, "max-hoogte").get("status").asString()).isEqualTo("pass");
        assertThat(verdict(check, "max-hoogte").get("measured").asDouble()).isEqualTo(3.0);
        assertThat(verdict(check, "binnen-perceel").get("status").asString()).as(check.toString()).isEqualTo("pass");
        JsonNode placed = check.get("models").get(0);
        assertThat(placed.get("derivedFrom").asString()).isEqualTo("bounding-box");
        assertThat(placed.get("filename").asString()).isEqualTo("tuinhuis.glb");
        assertThat(placed.get("width").asDouble()).isEqualTo(3.0);
        assertThat(placed.get("depth").asDouble()).isEqualTo(3.0);
        assertThat(placed.get("height").asDouble()).isEqualTo(3.0);
        assertThat(placed.get("footprint").get("type").asString()).isEqualTo("Polygon");
        assertThat(placed.get("explanation").asString()).contains("afgeleid van de omhullende doos van het model");
        assertThat(check.get("notices").toString()).contains("afgeleid van de omhullende doos van het model");

        Http.Response tall = owner.put(plan + "/design", save(1, model(tower, 0, 0, 0, 3)));
        assertThat(tall.status()).as(tall.text()).isEqualTo(201);
        JsonNode height = verdict(tall.json().get("check"), "max-hoogte");
        assertThat(height.get("status").asString()).isEqualTo("fail");
        assertThat(height.get("measured").asDouble()).isEqualTo(12.0);
        assertThat(height.get("limit").asDouble()).isEqualTo(10.0);
        assertThat(height.get("failingGeometry").get("features").get(0).get("properties").get("fromHeight").asDouble()).isEqualTo(10.0);

        JsonNode versions = owner.get(plan + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("check").get("failed").asInt()).as("the tall model fails more rules: height and eaves")
                .isGreaterThan(versions.get(0).get("check").get("failed").asInt());
        assertThat(versions.get(1).get("check").get("compliant").asBoolean()).isFalse();
        assertThat(owner.get(plan + "/versions/2").json().get("design").get("models").get(0).get("documentId").asLong()).isEqualTo(tower);

        Http.Response again = owner.post(plan + "/check", "");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(verdict(again.json(), "max-hoogte").get("status").asString()).isEqualTo("fail");
        Http.Response planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD).post(plan + "/check", "");
        assertThat(planner.status()).as("planners check any plan").isEqualTo(200);
        assertThat(planner.json().get("models").get(0).get("filename").asString()).isEqualTo("toren.glb");
        Http.Response resident = new Browser(port).loggedInAs("bewoner@demo.stip.nl", PASSWORD).post(plan + "/check", "");
        assertThat(resident.status()).as("a resident does not see the plan").isEqualTo(404);
        assertThat(resident.text()).doesNotContain("toren.glb");
    }

    @Test
    void theWijzigingsprintNamesAMovedTurnedAndScaledModel() {
        Browser owner = owner();
        String plan = createPlan(owner);
        long box = upload(owner, plan, "schuur.glb", TestGlb.box(""));
        assertThat(owner.put(plan + "/design", save(0, model(box, 0, 0, 0, 3))).status()).isEqualTo(201);
        assertThat(owner.put(plan + "/design", save(1, model(box, 0.5, 0, 90, 2.5))).status()).isEqualTo(201);

        JsonNode changes = owner.get(plan + "/versions/2/changes").json();
        assertThat(changes.get("summary").toString())
                .contains("Model 1 (schuur.glb) is 0,5 meter verschoven.")
                .contains("Model 1 (schuur.glb) is 90 graden gedraaid (van 0 naar 90 graden).")
                .contains("eerst 3 keer, nu 2,5 keer zo groot");
        JsonNode model = changes.get("models").get(0);
        assertThat(model.get("change").asString()).isEqualTo("changed");
        assertThat(model.get("moved").asDouble()).isBetween(0.49, 0.51);
        assertThat(model.get("turned").asDouble()).isEqualTo(90.0);
        assertThat(owner.get(plan + "/versions/1/changes").json().get("summary").toString()).contains("Model 1 (schuur.glb) is geplaatst.");
    }

    /** The answer as a check against the plan's parcels says it: site.chosenBy "plan". */
    private static JsonNode sameSiteAsThePlans(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy.get("site")).put("chosenBy", "plan");
        return copy;
    }

    @Test
    void aRecheckWithTheModelsBoxRememberedAnswersAsTheFirstCheckWithoutReadingTheDocument() {
        Browser owner = owner();
        String plan = createPlan(owner);
        String otherPlan = createPlan(owner);
        long tower = upload(owner, plan, "toren.glb", TestGlb.box("\"scale\":[1,4,1]"));
        assertThat(boxes.knows(tower)).isFalse();

        Http.Response saved = owner.put(plan + "/design", save(0, model(tower, 0, 0, 0, 3)));
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        JsonNode first = saved.json().get("check");
        assertThat(verdict(first, "max-hoogte").get("measured").asDouble()).isEqualTo(12.0);
        assertThat(boxes.knows(tower)).as("the save read the box and remembers it").isTrue();

        // The first save took the parcel under the model (largest overlap) as the plan's; from then on it is the plan's.
        assertThat(first.at("/site/chosenBy").asString()).isEqualTo("largest-overlap");
        first = sameSiteAsThePlans(first);
        Http.Response remembered = owner.post(plan + "/check", "");
        assertThat(remembered.status()).as(remembered.text()).isEqualTo(200);
        assertThat(remembered.json().at("/site/chosenBy").asString()).isEqualTo("plan");
        assertThat(remembered.json()).as("the same answer from the remembered box").isEqualTo(first);
        boxes.clear();
        assertThat(owner.post(plan + "/check", "").json()).as("the same answer from the document read again").isEqualTo(first);

        // Nothing in Stip changes a document once uploaded; changed here behind its back only to show that a re-check
        // does not read it: with the box remembered the answer stays, forgotten the document is read again.
        jdbc.sql("UPDATE plan_document SET content = ? WHERE id = ?").params(TestGlb.box(""), tower).update();
        assertThat(owner.post(plan + "/check", "").json()).isEqualTo(first);
        boxes.clear();
        assertThat(verdict(owner.post(plan + "/check", "").json(), "max-hoogte").get("measured").asDouble()).isEqualTo(3.0);

        Http.Response stranger = owner.put(otherPlan + "/design", save(0, model(tower, 0, 0, 0, 3)));
        assertThat(stranger.status()).as("a remembered box does not make the document another plan's").isEqualTo(400);
        assertThat(stranger.json().get("detail").asString()).contains("not a document of this plan");
    }

    @Test
    void aModelThatCannotBePlacedIsRefusedNamingTheFieldAndNothingIsStored() {
        Browser owner = owner();
        String plan = createPlan(owner);
        String otherPlan = createPlan(owner);
        long box = upload(owner, plan, "kubus.glb", TestGlb.box(""));
        long pdf = upload(owner, plan, "tekening.pdf", "%PDF-1.7\n%demo\n".getBytes(StandardCharsets.US_ASCII));
        long noMeshes = upload(owner, plan, "leeg.glb", TestGlb.glb("{\"asset\":{\"version\":\"2.0\"},\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{}]}", null));
        long elsewhere = upload(owner, otherPlan, "ander-plan.glb", TestGlb.box(""));
        Coordinate utrecht = new Coordinate(5.1214, 52.0907);
        String good = model(box, 0, 0, 0, 3);
        long versions = versionRows();

        String[][] cases = {
                {model(pdf, 0, 0, 0, 3), "models[0].documentId", "not a glTF 2 binary"},
                {model(elsewhere, 0, 0, 0, 3), "models[0].documentId", "not a document of this plan"},
                {model(987654321, 0, 0, 0, 3), "models[0].documentId", "not a document of this plan"},
                {model(noMeshes, 0, 0, 0, 3), "models[0].documentId", "no meshes"},
                {model(box, 0, 0, 0, 0), "models[0].scale", "0 is not a uniform scale from 0.01 to 100"},
                {model(box, 0, 0, 400, 3), "models[0].heading", "400 is not degrees clockwise from north"},
                {model(box, 0, 0, 0, 60).replace("\"baseHeight\":0", "\"baseHeight\":100"), "models[0].scale", "reaches 160.0 m above ground"},
                {model(box, 0, 0, 0, 3).replace("\"baseHeight\":0", "\"baseHeight\":-1"), "models[0].baseHeight", "-1 is not metres above ground"},
                {good.replaceFirst("\"lon\":[0-9.]+,\"lat\":[0-9.]+", "\"lon\":" + utrecht.x + ",\"lat\":" + utrecht.y),
                        "models[0].position", "outside the municipality"},
                {good.replaceFirst("\"lon\":[0-9.]+", "\"lon\":2.35"), "models[0].position", "outside the Netherlands"},
                {good.replaceFirst(",\"position\":\\{[^}]*\\}", ""), "models[0].position", "no position"},
                {good.replaceFirst("\"documentId\":[0-9]+,", ""), "models[0].documentId", "no documentId"},
        };
        for (String[] c : cases) {
            Http.Response response = owner.put(plan + "/design", save(0, c[0]));
            assertThat(response.status()).as(c[0] + ": " + response.text()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(response.json().get("detail").asString()).as(c[0]).contains(c[2]);
        }
        Http.Response second = owner.put(plan + "/design", save(0, good, model(pdf, 0, 0, 0, 3)));
        assertThat(second.json().get("parameter").asString()).isEqualTo("models[1].documentId");
        assertThat(versionRows()).as("nothing stored").isEqualTo(versions);
        assertThat(owner.get(plan).json().get("currentVersion").asInt()).isZero();

        Http.Response anonymous = new Browser(port).primed().post("/api/v1/check",
                "{\"activity\":\"aanbouw\",\"models\":[" + good + "]}");
        assertThat(anonymous.status()).as("a model needs a plan").isEqualTo(400);
        assertThat(anonymous.json().get("parameter").asString()).isEqualTo("models");
    }
}
