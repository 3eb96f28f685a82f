package nl.stip.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGlb;
import nl.stip.geo.CrsTransform;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who moves a plan through its phases and when its design is frozen (the phase/role matrix in docs/accounts-and-plans.md), against the running
 * server: the owner moves one step at a time up to the application, the decision and later are a planner's, and from
 * the application on the design is frozen until a planner moves the plan back. The plans made here are deleted after
 * each test.
 */
class PlanPhasesIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PLANNER = "planner@demo.stip.nl";
    static final String[] PHASES = {"idea", "exploring", "aligning", "participation", "application", "decision", "realisation", "evaluation"};
    static final int APPLICATION = 4;

    @Autowired
    JdbcClient jdbc;

    Coordinate garden;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void findTheGarden() {
        garden = DemoGarden.find(jdbc).centre();
    }

    @AfterEach
    void deleteThePlans() {
        jdbc.sql("DELETE FROM plan WHERE id = ANY(?::bigint[])")
                .param(created.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))).update();
    }

    Browser login(String email) {
        return new Browser(port).loggedInAs(email, PASSWORD);
    }

    String createPlan(Browser owner) {
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Aanbouw achter het huis\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        return "/api/v1/plans/" + id;
    }

    String save(int baseVersion, double height) {
        return "{\"baseVersion\":" + baseVersion + ",\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + nl.stip.TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}}";
    }

    static Http.Response move(Browser browser, String plan, String phase) {
        return browser.post(plan + "/phase", "{\"phase\":\"" + phase + "\"}");
    }

    static Http.Response upload(Browser browser, String plan, String filename, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return browser.sendBytes("POST", plan + "/documents", body, "multipart/form-data; boundary=XyZ");
    }

    static final byte[] PDF = "%PDF-1.7\n%tekening\n".getBytes(StandardCharsets.US_ASCII);

    long versionRows() {
        return jdbc.sql("SELECT count(*) FROM plan_version").query(Long.class).single();
    }

    // --- tests ---------------------------------------------------------------------------------------------------

    @Test
    void theOwnerSubmitsTheApplicationAndOnlyAPlannerRecordsTheDecision() {
        Browser owner = login(OWNER);
        Browser planner = login(PLANNER);
        String plan = createPlan(owner);
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);
        for (int i = 1; i <= APPLICATION; i++) {
            Http.Response moved = move(owner, plan, PHASES[i]);
            assertThat(moved.status()).as(PHASES[i] + ": " + moved.text()).isEqualTo(200);
        }

        for (String later : List.of("decision", "realisation", "evaluation")) {
            Http.Response refused = move(owner, plan, later);
            assertThat(refused.status()).as(later + ": " + refused.text()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isEqualTo("municipality-phase");
            assertThat(refused.json().get("detail").asString()).contains("a planner records the decision");
        }
        assertThat(move(owner, plan, "aligning").status()).as("withdrawing goes through the municipality").isEqualTo(403);
        JsonNode submitted = owner.get(plan).json();
        assertThat(submitted.get("phase").asString()).isEqualTo("application");
        assertThat(submitted.get("nextSteps").toString()).doesNotContainIgnoringCase("bezwaar");
        assertThat(submitted.get("deadline").isNull() || !submitted.get("deadline").get("label").asString().contains("Bezwaar"))
                .as("no objection period without a decision").isTrue();
        assertThat(submitted.path("mayMovePhase").asBoolean(true)).as("the owner is not offered the decision").isFalse();
        assertThat(planner.get(plan).json().path("mayMovePhase").asBoolean()).isTrue();

        Http.Response decision = move(planner, plan, "decision");
        assertThat(decision.status()).as(decision.text()).isEqualTo(200);
        assertThat(decision.json().get("nextSteps").get(0).asString()).contains("bezwaar maken tot en met " + PlansIT.today(6));
        assertThat(decision.json().get("deadline").get("label").asString()).isEqualTo("Bezwaar maken kan tot en met");
        assertThat(jdbc.sql("SELECT entered_by FROM plan_phase_entry WHERE plan_id = ? AND phase = 'decision'")
                .param(Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1))).query(String.class).single()).isEqualTo(PLANNER);

        assertThat(move(owner, plan, "realisation").status()).isEqualTo(403);
        assertThat(move(planner, plan, "realisation").status()).isEqualTo(200);
        assertThat(move(owner, plan, "evaluation").status()).isEqualTo(403);
        JsonNode evaluation = move(planner, plan, "evaluation").json();
        assertThat(evaluation.get("phase").asString()).isEqualTo("evaluation");
        assertThat(evaluation.path("mayMovePhase").asBoolean(true)).as("the end of the journey").isFalse();
        assertThat(owner.get(plan).json().path("mayMovePhase").asBoolean(true)).isFalse();
    }

    @Test
    void theDesignIsFrozenFromTheApplicationUntilAPlannerMovesThePlanBack() {
        Browser owner = login(OWNER);
        Browser planner = login(PLANNER);
        String plan = createPlan(owner);
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);
        move(owner, plan, "exploring");
        move(owner, plan, "aligning");
        Http.Response inAligning = owner.put(plan + "/design", save(1, 3.5));
        assertThat(inAligning.status()).as(inAligning.text()).isEqualTo(201);
        move(owner, plan, "participation");
        assertThat(move(owner, plan, "application").status()).isEqualTo(200);
        long versions = versionRows();

        for (String phase : List.of("application", "decision", "evaluation")) {
            if (!phase.equals("application")) {
                assertThat(move(planner, plan, phase).status()).isEqualTo(200);
            }
            Http.Response frozen = owner.put(plan + "/design", save(2, 3));
            assertThat(frozen.status()).as(phase + ": " + frozen.text()).isEqualTo(409);
            assertThat(frozen.contentType()).startsWith("application/problem+json");
            assertThat(frozen.json().get("code").asString()).isEqualTo("design-frozen");
            assertThat(frozen.json().get("detail").asString()).contains("'" + phase + "'").contains("a planner moves the plan back to an earlier phase");
            assertThat(owner.post(plan + "/check", "").status()).as("checking again changes nothing").isEqualTo(200);
            assertThat(planner.put(plan + "/design", save(2, 3)).status()).as("a planner never saves the design").isEqualTo(403);
            assertThat(owner.get(plan).json().path("mayEditDesign").asBoolean(true)).as(phase).isFalse();
        }

        // A missing drawing may still be sent after submission; placing a model changes the design, so that is refused.
        move(planner, plan, "application");
        Http.Response drawing = upload(owner, plan, "ontbrekende-tekening.pdf", PDF);
        assertThat(drawing.status()).as(drawing.text()).isEqualTo(201);
        Http.Response glb = upload(owner, plan, "tuinhuis.glb", TestGlb.box(""));
        assertThat(glb.status()).isEqualTo(201);
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String placed = String.format(Locale.ROOT, "{\"baseVersion\":2,\"design\":{\"activity\":\"aanbouw\",\"models\":[{\"documentId\":%d,"
                + "\"position\":{\"lon\":%.9f,\"lat\":%.9f},\"baseHeight\":0,\"heading\":0,\"scale\":1}]}}", glb.json().get("id").asLong(), at.x, at.y);
        Http.Response model = owner.put(plan + "/design", placed);
        assertThat(model.status()).as(model.text()).isEqualTo(409);
        assertThat(model.json().get("code").asString()).isEqualTo("design-frozen");
        assertThat(versionRows()).as("nothing stored").isEqualTo(versions);
        assertThat(owner.get(plan).json().get("currentVersion").asInt()).isEqualTo(2);

        // Incomplete: the municipality sends it back, the owner saves a new version and submits again.
        assertThat(move(planner, plan, "aligning").status()).isEqualTo(200);
        assertThat(owner.get(plan).json().path("mayEditDesign").asBoolean()).isTrue();
        Http.Response again = owner.put(plan + "/design", placed);
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.json().get("version").asInt()).isEqualTo(3);
        assertThat(owner.get(plan + "/versions/3/changes").json().get("summary").toString()).contains("tuinhuis.glb");
    }

    @Test
    void everyPhaseAnswersEachRoleAsTheMatrixSays() {
        Browser owner = login(OWNER);
        Browser planner = login(PLANNER);
        Map<String, Browser> others = Map.of("resident", login("bewoner@demo.stip.nl"), "advisor", login("adviseur@demo.stip.nl"));
        String plan = createPlan(owner);
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < PHASES.length; i++) {
            String phase = PHASES[i];
            if (i > 0) {
                assertThat(move(planner, plan, phase).status()).as("planner to " + phase).isEqualTo(200);
            }
            boolean initiators = i < APPLICATION;
            String next = i + 1 < PHASES.length ? PHASES[i + 1] : null;
            JsonNode ownerView = owner.get(plan).json();
            JsonNode plannerView = planner.get(plan).json();
            soft.assertThat(ownerView.path("mayMovePhase").asBoolean(!initiators)).as("owner mayMovePhase in " + phase).isEqualTo(initiators);
            soft.assertThat(ownerView.path("mayEditDesign").asBoolean(!initiators)).as("owner mayEditDesign in " + phase).isEqualTo(initiators);
            soft.assertThat(ownerView.get("mayUpload").asBoolean()).as("owner mayUpload in " + phase).isTrue();
            soft.assertThat(plannerView.path("mayMovePhase").asBoolean(next == null)).as("planner mayMovePhase in " + phase).isEqualTo(next != null);
            soft.assertThat(plannerView.path("mayEditDesign").asBoolean(true)).as("planner mayEditDesign in " + phase).isFalse();
            soft.assertThat(plannerView.get("mayUpload").asBoolean()).as("planner mayUpload in " + phase).isTrue();

            int version = ownerView.get("currentVersion").asInt();
            Http.Response design = owner.put(plan + "/design", save(version, 4 - 0.1 * i));
            soft.assertThat(design.status()).as("owner PUT design in " + phase + ": " + design.text()).isEqualTo(initiators ? 201 : 409);
            soft.assertThat(planner.put(plan + "/design", save(version, 3)).status()).as("planner PUT design in " + phase).isEqualTo(403);
            soft.assertThat(upload(owner, plan, "tekening.pdf", PDF).status()).as("owner upload in " + phase).isEqualTo(201);
            soft.assertThat(upload(planner, plan, "advies.pdf", PDF).status()).as("planner upload in " + phase).isEqualTo(201);
            soft.assertThat(owner.post(plan + "/check", "").status()).as("owner re-check in " + phase).isEqualTo(200);
            soft.assertThat(planner.post(plan + "/check", "").status()).as("planner re-check in " + phase).isEqualTo(200);
            for (Map.Entry<String, Browser> other : others.entrySet()) {
                String who = other.getKey() + " in " + phase;
                Browser b = other.getValue();
                soft.assertThat(b.get(plan).status()).as(who + " GET").isEqualTo(404);
                soft.assertThat(b.put(plan + "/design", save(version, 3)).status()).as(who + " PUT design").isEqualTo(404);
                soft.assertThat(upload(b, plan, "x.pdf", PDF).status()).as(who + " upload").isEqualTo(404);
                soft.assertThat(b.post(plan + "/check", "").status()).as(who + " re-check").isEqualTo(404);
                soft.assertThat(move(b, plan, next == null ? "idea" : next).status()).as(who + " move").isEqualTo(404);
            }
            Http.Response ownerMove = move(owner, plan, next == null ? "idea" : next);
            soft.assertThat(ownerMove.status()).as("owner moves on from " + phase + ": " + ownerMove.text()).isEqualTo(initiators ? 200 : 403);
            if (ownerMove.status() == 200) {
                assertThat(move(planner, plan, phase).status()).as("planner back to " + phase).isEqualTo(200);
            }
            Http.Response ownerAny = move(owner, plan, i == 0 ? "participation" : "idea");
            soft.assertThat(ownerAny.status()).as("owner skips or goes back from " + phase).isEqualTo(initiators ? 400 : 403);
            if (next != null) {
                soft.assertThat(move(planner, plan, next).status()).as("planner moves on from " + phase).isEqualTo(200);
                assertThat(move(planner, plan, phase).status()).as("planner back to " + phase).isEqualTo(200);
            }
        }
        soft.assertAll();
    }
}
