package nl.stip.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
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
 * The plan dossier against the running server and the Doesburg demo: versions of a design on the garden of house
 * 0221100000311445, the Wijzigingsprint, optimistic concurrency, who may do what, the phase timeline and bad input.
 * Everyone logs in through the real login endpoint with CSRF. The plans made here are deleted after each test.
 */
class PlansIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String OTHER_PASSWORD = "Tweede plan aan de IJssel 7";
    static final String OWNER = "initiator@demo.stip.nl";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static String otherInitiator;

    @Autowired
    JdbcClient jdbc;

    Coordinate garden;
    long houseParcel;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void placeTheDesign() {
        DemoGarden demo = DemoGarden.find(jdbc);
        houseParcel = demo.parcelId();
        garden = demo.centre();
        assertThat(demo.radius()).as("room for 3 m × 4 m in the garden").isGreaterThan(2.5);
    }

    @AfterEach
    void deleteThePlans() {
        jdbc.sql("DELETE FROM plan WHERE id = ANY(?::bigint[])")
                .param(created.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"))).update();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    Browser as(String who) {
        return switch (who) {
            case "anonymous" -> new Browser(port).primed();
            case "owner" -> new Browser(port).loggedInAs(OWNER, PASSWORD);
            case "other" -> new Browser(port).loggedInAs(otherInitiator(), OTHER_PASSWORD);
            case "resident" -> new Browser(port).loggedInAs("bewoner@demo.stip.nl", PASSWORD);
            case "planner" -> new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
            case "advisor" -> new Browser(port).loggedInAs("adviseur@demo.stip.nl", PASSWORD);
            default -> throw new IllegalArgumentException(who);
        };
    }

    /** A second initiator, signed up and verified through the mail as a person would. */
    synchronized String otherInitiator() {
        if (otherInitiator == null) {
            String email = "tweede-initiatiefnemer-" + System.nanoTime() + "@example.org";
            Browser browser = new Browser(port).primed();
            // Not the published demo password: sign-up refuses it as a common one.
            Http.Response signUp = browser.post("/api/v1/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + OTHER_PASSWORD
                    + "\",\"displayName\":\"Tweede Initiatiefnemer\",\"role\":\"INITIATOR\"}");
            assertThat(signUp.status()).as(signUp.text()).isEqualTo(202);
            assertThat(browser.post("/api/v1/auth/verify", "{\"token\":\"" + verifyToken(email) + "\"}").status()).isEqualTo(204);
            otherInitiator = email;
        }
        return otherInitiator;
    }

    private static String verifyToken(String email) {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : mail().getReceivedMessages()) {
                try {
                    if (Arrays.toString(m.getRecipients(Message.RecipientType.TO)).contains(email)) {
                        Matcher token = Pattern.compile("verify=([A-Za-z0-9_-]+)").matcher(m.getContent().toString());
                        if (token.find()) {
                            return token.group(1);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no verification mail to " + email);
    }

    long create(Browser browser, String body) {
        Http.Response response = browser.post("/api/v1/plans", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        assertThat(response.header("Location")).endsWith("/api/v1/plans/" + id);
        return id;
    }

    long create(Browser browser) {
        return create(browser, "{\"title\":\"Aanbouw achter het huis\",\"description\":\"Een serre aan de tuinkant.\",\"activity\":\"aanbouw\"}");
    }

    static String rect(double x, double y, double w, double h) {
        return nl.stip.TestGeometry.rect(x, y, w, h);
    }

    String design(double height) {
        return "{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + rect(garden.x, garden.y, 3, 4)
                + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}";
    }

    String save(int baseVersion, double height) {
        return "{\"baseVersion\":" + baseVersion + ",\"design\":" + design(height) + "}";
    }

    long planRows() {
        return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single();
    }

    long versionRows() {
        return jdbc.sql("SELECT count(*) FROM plan_version").query(Long.class).single();
    }

    static String today(int plusWeeks) {
        return LocalDate.now(ZONE).plusWeeks(plusWeeks).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")));
    }

    // --- tests ---------------------------------------------------------------------------------------------------

    @Test
    void everySaveIsAVersionWithItsCheckAndTheWijzigingsprintSaysWhatChanged() {
        Browser owner = as("owner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        JsonNode fresh = owner.get(plan).json();
        assertThat(fresh.get("phase").asString()).isEqualTo("idea");
        assertThat(fresh.get("currentVersion").asInt()).isZero();
        assertThat(fresh.get("parcels").isEmpty()).isTrue();
        assertThat(fresh.get("owner").asString()).isEqualTo(OWNER);
        assertThat(fresh.get("lastSavedAt").isNull()).as("no design saved yet").isTrue();

        Http.Response v1 = owner.put(plan + "/design", save(0, 4));
        assertThat(v1.status()).as(v1.text()).isEqualTo(201);
        assertThat(v1.json().get("version").asInt()).isEqualTo(1);
        assertThat(v1.json().get("check").get("verdicts").size()).isEqualTo(7);
        assertThat(v1.header("Location")).endsWith(plan + "/versions/1");
        JsonNode afterV1 = owner.get(plan).json();
        assertThat(afterV1.get("parcels").valueStream().map(JsonNode::asLong)).as("the location follows the design").containsExactly(houseParcel);
        assertThat(afterV1.get("parcelNames").get(0).asString()).startsWith("DSB00 ");

        Http.Response v2 = owner.send("PUT", plan + "/design", "{\"design\":" + design(11) + "}", "If-Match", "\"1\"");
        assertThat(v2.status()).as(v2.text()).isEqualTo(201);
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);
        assertThat(v2.json().get("check").get("compliant").asBoolean()).as("11 m is above the 10 m allowed").isFalse();

        JsonNode versions = owner.get(plan + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(owner.get("/api/v1/plans").json().valueStream().filter(p -> p.get("id").asLong() == id).findFirst().orElseThrow()
                .get("lastSavedAt").asString()).as("the list says when the plan was last saved").isEqualTo(versions.get(1).get("savedAt").asString());
        assertThat(versions.get(0).get("savedBy").asString()).isEqualTo(OWNER);
        assertThat(versions.get(0).get("savedAt").asString()).isNotEmpty();
        assertThat(versions.get(0).get("check").get("compliant").asBoolean()).isEqualTo(v1.json().get("check").get("compliant").asBoolean());
        assertThat(versions.get(0).get("check").get("failed").asInt()).isEqualTo(v1.json().get("check").get("failed").asInt());
        assertThat(versions.get(1).get("check").get("compliant").asBoolean()).isFalse();
        assertThat(versions.get(1).get("check").get("failed").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode changes = owner.get(plan + "/versions/2/changes").json();
        assertThat(changes.get("previousVersion").asInt()).isEqualTo(1);
        JsonNode volume = changes.get("volumes").get(0);
        assertThat(volume.get("change").asString()).isEqualTo("changed");
        assertThat(volume.get("heightChange").asDouble()).isEqualTo(7.0);
        assertThat(volume.get("areaChange").asDouble()).isEqualTo(0.0);
        assertThat(volume.get("roofChanged").asBoolean()).isFalse();
        assertThat(changes.get("summary").valueStream().map(JsonNode::asString))
                .containsExactly("Bouwdeel 1 is 7 meter hoger geworden (van 4 naar 11 meter).");
        assertThat(owner.get(plan + "/versions/1/changes").json().get("summary").get(0).asString()).startsWith("Bouwdeel 1 is nieuw: 12 m²");

        Http.Response stale = owner.put(plan + "/design", save(1, 5));
        assertThat(stale.status()).as(stale.text()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().get("detail").asString()).contains("version 2");
        assertThat(owner.send("PUT", plan + "/design", "{\"design\":" + design(5) + "}", "If-Match", "\"1\"").status()).isEqualTo(409);
        assertThat(owner.put(plan + "/design", "{\"design\":" + design(5) + "}").status()).as("no base is version 0, also stale").isEqualTo(409);
        assertThat(owner.get(plan + "/versions").json().size()).isEqualTo(2);
        JsonNode current = owner.get(plan + "/versions/2").json();
        assertThat(current.get("design").get("volumes").get(0).get("height").asDouble()).as("v2 unchanged").isEqualTo(11.0);
        assertThat(owner.get(plan).json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(owner.get(plan + "/versions/3").status()).isEqualTo(404);
        assertThat(owner.get(plan + "/versions/3/changes").status()).isEqualTo(404);

        Http.Response check = owner.post(plan + "/check", "");
        assertThat(check.status()).as(check.text()).isEqualTo(200);
        assertThat(check.json().get("compliant").asBoolean()).isFalse();
        assertThat(check.json().get("parcels").get(0).asString()).startsWith("DSB00 ");
    }

    @Test
    void aDesignWithoutActivityIsCheckedForThePlansAndAnotherActivityBecomesThePlans() {
        Browser owner = as("owner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        String volumes = design(3).substring(design(3).indexOf("\"volumes\""));

        Http.Response v1 = owner.put(plan + "/design", "{\"baseVersion\":0,\"design\":{" + volumes + "}");
        assertThat(v1.status()).as(v1.text()).isEqualTo(201);
        assertThat(v1.json().path("check").path("activity").asString()).as("checked for the plan's activity").isEqualTo("aanbouw");
        assertThat(owner.get(plan + "/versions/1").json().path("design").path("activity").asString()).isEqualTo("aanbouw");

        Http.Response v2 = owner.put(plan + "/design", "{\"baseVersion\":1,\"design\":{\"activity\":\"bedrijfspand\"," + volumes + "}");
        assertThat(v2.status()).as(v2.text()).isEqualTo(201);
        assertThat(v2.json().path("check").path("permit").path("activity").asString()).isEqualTo("bedrijfspand");
        assertThat(owner.get(plan).json().path("activity").asString()).as("the plan follows its design").isEqualTo("bedrijfspand");
        assertThat(owner.get(plan + "/versions/2/changes").json().path("summary").get(0).asString())
                .isEqualTo("Wat u wilt doen is veranderd: eerst \"Een aanbouw\", nu \"Een bedrijfspand\".");
        assertThat(owner.get(plan + "/versions/1/changes").json().path("summary").toString()).doesNotContain("Wat u wilt doen");
    }

    @Test
    void ofTwoConcurrentSavesOnTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
        Browser owner = as("owner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Http.Response>> saves = new ArrayList<>();
        for (double height : new double[] {5, 6}) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return owner.put(plan + "/design", save(1, height));
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Http.Response> save : saves) {
            statuses.add(save.get().status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(owner.get(plan + "/versions").json().size()).isEqualTo(2);
    }

    @Test
    void onlyTheOwnerAndPlannersSeeAPlanAndOnlyTheOwnerChangesItsDesign() {
        Browser owner = as("owner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);
        Map<String, Browser> browsers = Map.of("anonymous", as("anonymous"), "owner", owner, "other", as("other"),
                "resident", as("resident"), "planner", as("planner"), "advisor", as("advisor"));
        String newPlan = "{\"title\":\"Dakkapel\",\"activity\":\"dakkapel\"}";
        // who, method, path, body, status
        String[][] matrix = {
                {"anonymous", "GET", "", null, "401"}, {"owner", "GET", "", null, "200"}, {"other", "GET", "", null, "200"},
                {"resident", "GET", "", null, "200"}, {"planner", "GET", "", null, "200"},
                {"anonymous", "POST", "", newPlan, "401"}, {"owner", "POST", "", newPlan, "201"}, {"other", "POST", "", newPlan, "201"},
                {"resident", "POST", "", newPlan, "403"}, {"planner", "POST", "", newPlan, "403"}, {"advisor", "POST", "", newPlan, "403"},
                {"anonymous", "GET", "/" + id, null, "401"}, {"owner", "GET", "/" + id, null, "200"}, {"other", "GET", "/" + id, null, "404"},
                {"resident", "GET", "/" + id, null, "404"}, {"advisor", "GET", "/" + id, null, "404"}, {"planner", "GET", "/" + id, null, "200"},
                {"anonymous", "GET", "/" + id + "/versions", null, "401"}, {"owner", "GET", "/" + id + "/versions", null, "200"},
                {"other", "GET", "/" + id + "/versions", null, "404"}, {"resident", "GET", "/" + id + "/versions", null, "404"},
                {"planner", "GET", "/" + id + "/versions", null, "200"},
                {"anonymous", "GET", "/" + id + "/versions/1", null, "401"}, {"owner", "GET", "/" + id + "/versions/1", null, "200"},
                {"other", "GET", "/" + id + "/versions/1", null, "404"}, {"resident", "GET", "/" + id + "/versions/1", null, "404"},
                {"planner", "GET", "/" + id + "/versions/1", null, "200"},
                {"anonymous", "GET", "/" + id + "/versions/1/changes", null, "401"}, {"owner", "GET", "/" + id + "/versions/1/changes", null, "200"},
                {"other", "GET", "/" + id + "/versions/1/changes", null, "404"}, {"resident", "GET", "/" + id + "/versions/1/changes", null, "404"},
                {"planner", "GET", "/" + id + "/versions/1/changes", null, "200"},
                {"anonymous", "POST", "/" + id + "/check", "", "401"}, {"owner", "POST", "/" + id + "/check", "", "200"},
                {"other", "POST", "/" + id + "/check", "", "404"}, {"resident", "POST", "/" + id + "/check", "", "404"},
                {"planner", "POST", "/" + id + "/check", "", "200"},
                {"anonymous", "PUT", "/" + id + "/design", "V1", "401"}, {"other", "PUT", "/" + id + "/design", "V1", "404"},
                {"resident", "PUT", "/" + id + "/design", "V1", "404"}, {"planner", "PUT", "/" + id + "/design", "V1", "403"},
                {"owner", "PUT", "/" + id + "/design", "V1", "201"},
                {"anonymous", "POST", "/" + id + "/phase", "{\"phase\":\"exploring\"}", "401"},
                {"other", "POST", "/" + id + "/phase", "{\"phase\":\"exploring\"}", "404"},
                {"resident", "POST", "/" + id + "/phase", "{\"phase\":\"exploring\"}", "404"},
                {"owner", "POST", "/" + id + "/phase", "{\"phase\":\"exploring\"}", "200"},
                {"planner", "POST", "/" + id + "/phase", "{\"phase\":\"aligning\"}", "200"},
        };
        SoftAssertions soft = new SoftAssertions();
        for (String[] row : matrix) {
            String body = "V1".equals(row[3]) ? save(1, 5) : row[3];
            Http.Response response = browsers.get(row[0]).send(row[1], "/api/v1/plans" + row[2], body);
            soft.assertThat(response.status()).as(String.join(" ", row[0], row[1], row[2]) + ": " + response.text()).isEqualTo(Integer.parseInt(row[4]));
            if (response.status() >= 400) {
                soft.assertThat(response.contentType()).as(row[0] + " " + row[2]).startsWith("application/problem+json");
                soft.assertThat(response.text()).as("a refusal does not reveal the owner").doesNotContain(OWNER);
            }
            if (response.status() == 201 && row[1].equals("POST")) {
                created.add(response.json().get("id").asLong());
            }
        }
        soft.assertAll();

        assertThat(owner.get("/api/v1/plans").json().valueStream().map(p -> p.get("id").asLong())).contains(id);
        assertThat(as("other").get("/api/v1/plans").json().valueStream().map(p -> p.get("owner").asString())).containsOnly(otherInitiator());
        assertThat(as("resident").get("/api/v1/plans").json().isEmpty()).isTrue();
        assertThat(as("planner").get("/api/v1/plans").json().valueStream().map(p -> p.get("id").asLong())).contains(id);
        assertThat(owner.send("PUT", "/api/v1/plans/" + id + "/design", save(2, 5)).status()).as("no CSRF check skipped").isEqualTo(201);
        assertThat(owner.postWithoutCsrf("/api/v1/plans/" + id + "/check", "").status()).as("CSRF required").isEqualTo(403);
    }

    @Test
    void theTimelineRecordsEachPhaseAndTheNextStepsFollowTheProcedure() {
        Browser owner = as("owner");
        Browser planner = as("planner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        JsonNode idea = owner.get(plan).json();
        assertThat(idea.get("nextSteps").get(0).asString()).contains("Binnen de lijntjes scan");
        assertThat(idea.get("timeline").get(0).get("enteredOn").asString()).isEqualTo(LocalDate.now(ZONE).toString());
        assertThat(idea.get("timeline").get(1).get("enteredAt").isNull()).isTrue();
        assertThat(owner.put(plan + "/design", save(0, 4)).status()).isEqualTo(201);

        Http.Response exploring = owner.post(plan + "/phase", "{\"phase\":\"exploring\"}");
        assertThat(exploring.status()).as(exploring.text()).isEqualTo(200);
        JsonNode timeline = exploring.json().get("timeline");
        assertThat(exploring.json().get("phase").asString()).isEqualTo("exploring");
        assertThat(exploring.json().get("phaseLabel").asString()).isEqualTo("Verkennen");
        assertThat(timeline.get(1).get("phase").asString()).isEqualTo("exploring");
        assertThat(timeline.get(1).get("enteredOn").asString()).isEqualTo(LocalDate.now(ZONE).toString());
        assertThat(timeline.get(1).get("current").asBoolean()).isTrue();
        assertThat(timeline.get(2).get("reached").asBoolean()).isFalse();
        assertThat(exploring.json().get("nextSteps").isEmpty()).isFalse();

        Http.Response skip = owner.post(plan + "/phase", "{\"phase\":\"participation\"}");
        assertThat(skip.status()).isEqualTo(400);
        assertThat(skip.json().get("parameter").asString()).isEqualTo("phase");
        assertThat(skip.json().get("detail").asString()).contains("aligning");
        assertThat(owner.post(plan + "/phase", "{\"phase\":\"idea\"}").status()).as("the owner does not go back").isEqualTo(400);

        Http.Response application = planner.post(plan + "/phase", "{\"phase\":\"application\"}");
        assertThat(application.status()).as(application.text()).isEqualTo(200);
        JsonNode check = application.json().get("latestCheck");
        String outcome = check.get("outcome").asString();
        int weeks = check.get("legalTermWeeks").asInt();
        String steps = application.json().get("nextSteps").toString();
        if (outcome.startsWith("vergunning-")) {
            assertThat(steps).contains("De gemeente beslist uiterlijk " + today(weeks));
            assertThat(application.json().get("deadline").get("date").asString()).isEqualTo(LocalDate.now(ZONE).plusWeeks(weeks).toString());
        } else if (outcome.equals("melding")) {
            assertThat(steps).contains("beginnen op " + today(weeks));
        } else {
            assertThat(steps).contains("geen vergunning nodig");
        }
        assertThat(application.json().get("timeline").get(2).get("reached").asBoolean()).as("skipped by the planner").isFalse();
        assertThat(application.json().get("timeline").get(4).get("current").asBoolean()).isTrue();

        assertThat(owner.post(plan + "/phase", "{\"phase\":\"decision\"}").status()).as("the decision is the municipality's").isEqualTo(403);
        JsonNode decision = planner.post(plan + "/phase", "{\"phase\":\"decision\"}").json();
        assertThat(decision.get("nextSteps").get(0).asString()).contains("bezwaar maken tot en met " + today(6));

        JsonNode back = planner.post(plan + "/phase", "{\"phase\":\"aligning\"}").json();
        assertThat(back.get("phase").asString()).isEqualTo("aligning");
        assertThat(back.get("timeline").get(4).get("reached").asBoolean()).isFalse();
        assertThat(back.get("deadline").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM plan_phase_entry WHERE plan_id = ?").param(id).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        Browser owner = as("owner");
        long plans = planRows();
        String[][] creates = {
                {"{\"activity\":\"aanbouw\"}", "title"},
                {"{\"title\":\"   \",\"activity\":\"aanbouw\"}", "title"},
                {"{\"title\":\"" + "x".repeat(121) + "\",\"activity\":\"aanbouw\"}", "title"},
                {"{\"title\":\"Plan\",\"description\":\"" + "x".repeat(4001) + "\",\"activity\":\"aanbouw\"}", "description"},
                {"{\"title\":\"Plan\",\"activity\":\"zwembad\"}", "activity"},
                {"{\"title\":\"Plan\"}", "activity"},
                {"{\"title\":\"Plan\",\"activity\":\"aanbouw\",\"parcels\":[987654321]}", "parcels"},
        };
        for (String[] c : creates) {
            Http.Response response = owner.post("/api/v1/plans", c[0]);
            assertThat(response.status()).as(c[0]).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(owner.post("/api/v1/plans", "{not json").status()).isEqualTo(400);
        assertThat(planRows()).as("nothing stored").isEqualTo(plans);
        long withTitle = create(owner, "{\"title\":\"" + "x".repeat(120) + "\",\"activity\":\"anders\",\"parcels\":[" + houseParcel + "]}");
        assertThat(owner.get("/api/v1/plans/" + withTitle).json().get("parcels").get(0).asLong()).isEqualTo(houseParcel);

        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        long versions = versionRows();
        String[][] designs = {
                {"{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[]}}", "volumes"},
                {"{\"baseVersion\":0,\"design\":{\"activity\":\"zwembad\",\"volumes\":[]}}", "activity"},
                {"{\"baseVersion\":0}", "body"},
                {"{\"baseVersion\":0,\"design\":" + design(200) + "}", "volumes[0].height"},
                {"{\"baseVersion\":-1,\"design\":" + design(4) + "}", "baseVersion"},
                {"{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[[4.9,52.3],[4.9,52.3],[4.9,52.3]]]},\"baseHeight\":0,\"height\":3}]}}", "volumes[0].footprint"},
        };
        for (String[] d : designs) {
            Http.Response response = owner.put(plan + "/design", d[0]);
            assertThat(response.status()).as(d[0] + ": " + response.text()).isEqualTo(400);
            assertThat(response.json().get("parameter").asString()).as(d[0]).isEqualTo(d[1]);
        }
        Http.Response wrongType = owner.put(plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"height\":\"hoog\"}]}}");
        assertThat(wrongType.status()).as(wrongType.text()).isEqualTo(400);
        assertThat(wrongType.json().get("parameter").asString()).isEqualTo("design.volumes[0].height");
        Http.Response notJson = owner.put(plan + "/design", "{\"baseVersion\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        Http.Response badIfMatch = owner.send("PUT", plan + "/design", "{\"design\":" + design(4) + "}", "If-Match", "\"v-one\"");
        assertThat(badIfMatch.status()).isEqualTo(400);
        assertThat(badIfMatch.json().get("parameter").asString()).isEqualTo("If-Match");
        assertThat(versionRows()).as("nothing stored").isEqualTo(versions);
        assertThat(owner.get(plan).json().get("currentVersion").asInt()).isZero();
        assertThat(owner.post(plan + "/check", "").status()).as("no design yet").isEqualTo(409);

        Http.Response unknownPhase = owner.post(plan + "/phase", "{\"phase\":\"bouwen\"}");
        assertThat(unknownPhase.status()).isEqualTo(400);
        assertThat(unknownPhase.json().get("parameter").asString()).isEqualTo("phase");
        assertThat(owner.post(plan + "/phase", "{}").status()).isEqualTo(400);
        assertThat(owner.post(plan + "/phase", "{\"phase\":\"application\"}").json().get("parameter").asString()).isEqualTo("phase");
        assertThat(owner.get(plan).json().get("phase").asString()).isEqualTo("idea");

        assertThat(owner.get("/api/v1/plans/987654321").status()).isEqualTo(404);
        assertThat(owner.put("/api/v1/plans/987654321/design", save(0, 4)).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/plans/niet-een-nummer").status()).isEqualTo(400);
    }

    static byte[] multipart(String filename, String partType, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\nContent-Type: " + partType + "\r\n\r\n";
        byte[] start = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, out, 0, start.length);
        System.arraycopy(content, 0, out, start.length, content.length);
        System.arraycopy(end, 0, out, start.length + content.length, end.length);
        return out;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length + 16];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    Http.Response upload(Browser browser, String plan, String filename, String partType, byte[] content) {
        return browser.sendBytes("POST", plan + "/documents", multipart(filename, partType, content), "multipart/form-data; boundary=XyZ");
    }

    @Test
    void documentsAreTypedByTheirContentAndOnlyTheOwnerAndPlannersReadThem() {
        Browser owner = as("owner");
        long id = create(owner);
        String plan = "/api/v1/plans/" + id;
        byte[] pdf = "%PDF-1.7\n%demo\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Http.Response added = upload(owner, plan, "../../etc/teken<ing>.pdf", "image/png", pdf);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("contentType").asString()).as("sniffed, not what the browser said").isEqualTo("application/pdf");
        assertThat(added.json().get("filename").asString()).isEqualTo("teken_ing_.pdf");
        String document = plan + "/documents/" + added.json().get("id").asLong();
        assertThat(added.header("Location")).endsWith(document);

        assertThat(upload(owner, plan, "foto.png", "image/png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)).status()).isEqualTo(201);
        assertThat(upload(owner, plan, "foto.jpg", "image/jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0)).status()).isEqualTo(201);
        assertThat(upload(owner, plan, "model.glb", "model/gltf-binary", bytes('g', 'l', 'T', 'F', 2, 0, 0, 0, 20, 0, 0, 0)).status()).isEqualTo(201);
        Http.Response gltf1 = upload(owner, plan, "oud.glb", "model/gltf-binary", bytes('g', 'l', 'T', 'F', 1, 0, 0, 0, 20, 0, 0, 0));
        assertThat(gltf1.status()).isEqualTo(415);
        assertThat(gltf1.json().get("code").asString()).isEqualTo("unsupported-document");
        assertThat(upload(owner, plan, "script.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()).status()).isEqualTo(415);
        assertThat(upload(owner, plan, "leeg.pdf", "application/pdf", new byte[0]).status()).isEqualTo(400);
        Http.Response byPlanner = upload(as("planner"), plan, "advies.pdf", "application/pdf", pdf);
        assertThat(byPlanner.status()).as("the case manager adds an advice").isEqualTo(201);
        assertThat(byPlanner.json().get("addedBy").asString()).isEqualTo("municipality");
        assertThat(owner.get(plan).json().get("mayUpload").asBoolean()).isTrue();
        assertThat(as("planner").get(plan).json().get("mayUpload").asBoolean()).as("the web app shows planners the upload form").isTrue();
        assertThat(added.json().get("addedBy").asString()).isEqualTo("owner");
        assertThat(as("resident").sendBytes("POST", plan + "/documents", multipart("p.pdf", "application/pdf", pdf),
                "multipart/form-data; boundary=XyZ").status()).isEqualTo(404);
        assertThat(upload(as("other"), plan, "p.pdf", "application/pdf", pdf).status()).isEqualTo(404);
        assertThat(upload(as("anonymous"), plan, "p.pdf", "application/pdf", pdf).status()).isEqualTo(401);

        Http.Response download = owner.get(document);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"teken_ing_.pdf\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.text()).startsWith("%PDF-");
        assertThat(as("planner").get(document).status()).isEqualTo(200);
        var listed = as("planner").get(plan + "/documents").json();
        assertThat(listed.size()).isEqualTo(5);
        assertThat(listed.get(4).get("addedBy").asString()).as("the list says the municipality added it, not who").isEqualTo("municipality");
        assertThat(listed.get(4).toString()).doesNotContain("planner@");
        assertThat(as("other").get(document).status()).isEqualTo(404);
        assertThat(as("resident").get(plan + "/documents").status()).isEqualTo(404);
        assertThat(as("anonymous").get(document).status()).isEqualTo(401);
        assertThat(owner.get(plan + "/documents/987654321").status()).isEqualTo(404);

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1024];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        Http.Response refused = upload(owner, plan, "groot.pdf", "application/pdf", tooLarge);
        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(owner.get(plan + "/documents").json().size()).as("nothing stored").isEqualTo(5);
    }

    @Test
    void aFilenameIsCutToItsLastSafeSegment() {
        assertThat(Documents.safeFilename("C:\\Users\\x\\plan tekening (2).pdf", "application/pdf")).isEqualTo("plan tekening (2).pdf");
        assertThat(Documents.safeFilename("../../.htaccess", "image/png")).isEqualTo("htaccess.png");
        assertThat(Documents.safeFilename("\r\n", "image/jpeg")).isEqualTo("document.jpg");
        assertThat(Documents.safeFilename(null, "model/gltf-binary")).isEqualTo("document.glb");
        assertThat(Documents.safeFilename("x".repeat(300) + ".pdf", "application/pdf")).hasSize(100).endsWith(".pdf");
    }
}
