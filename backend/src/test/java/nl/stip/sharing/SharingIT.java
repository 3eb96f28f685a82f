package nl.stip.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.stip.Browser;
import nl.stip.TestAccounts;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.accounts.Mailbox;
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
 * Sharing a plan against the running server, real PostGIS and GreenMail: the invitation life cycle (mail, landing,
 * single use, expiry, revocation), who may do what per role (owner, co-editor, advisor, viewer, other resident,
 * planner, anonymous), private comments, publication with the planner's approval and the public API, the audit
 * trail and bad input. The plans made here are deleted after each test (their invitations and members with them).
 */
class SharingIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    /** For the accounts the tests sign up: sign-up refuses the published demo password as a common one. */
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PLANNER = "planner@demo.stip.nl";
    static final String ADVISOR = "adviseur@demo.stip.nl";
    static final String RESIDENT = "bewoner@demo.stip.nl";
    private static String coEditor;
    private static String otherResident;

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

    // --- helpers -------------------------------------------------------------------------------------------------

    Mailbox mailbox() {
        return new Mailbox(mail());
    }

    Browser login(String email) {
        return TestAccounts.login(port, email);
    }

    Browser anonymous() {
        return new Browser(port).primed();
    }

    /** A new verified account, signed up through the API and the mail as a person would. */
    String signUp(String prefix, String role) {
        return TestAccounts.signUp(port, mailbox(), prefix, role);
    }

    synchronized String coEditor() {
        if (coEditor == null) {
            coEditor = signUp("mede-bewerker", "INITIATOR");
        }
        return coEditor;
    }

    synchronized String otherResident() {
        if (otherResident == null) {
            otherResident = signUp("andere-bewoner", "RESIDENT");
        }
        return otherResident;
    }

    long createPlan(Browser owner, boolean withDesign) {
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Aanbouw achter het huis\",\"description\":\"Een serre\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        if (withDesign) {
            Http.Response saved = owner.put("/api/v1/plans/" + id + "/design", design(0, 4));
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        }
        return id;
    }

    String design(int baseVersion, double height) {
        return "{\"baseVersion\":" + baseVersion + ",\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}}";
    }

    /** Invites the address and returns the token from the mail it got. */
    String invite(Browser owner, long plan, String email, String role) {
        int before = (int) mailbox().mailsTo(email).stream().filter(m -> m.subject().contains("uitgenodigd")).count();
        Http.Response invited = owner.post("/api/v1/plans/" + plan + "/invitations", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        assertThat(invited.json().get("status").asString()).isEqualTo("pending");
        return mailbox().await(email, "uitgenodigd", before + 1).link("invitation");
    }

    /** Invites and accepts: the person then has the role on the plan. */
    Browser share(Browser owner, long plan, String email, String role) {
        String token = invite(owner, plan, email, role);
        Browser member = login(email);
        Http.Response accepted = member.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("role").asString()).isEqualTo(role);
        return member;
    }

    static Http.Response upload(Browser browser, long plan) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tekening.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] content = "%PDF-1.7\n%tekening\n".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return browser.sendBytes("POST", "/api/v1/plans/" + plan + "/documents", body, "multipart/form-data; boundary=XyZ");
    }

    String anchor(double eastMetres, double northMetres) {
        Coordinate at = CrsTransform.toWgs84(garden.x + eastMetres, garden.y + northMetres);
        return String.format(Locale.ROOT, "{\"lon\":%.9f,\"lat\":%.9f,\"height\":2.5}", at.x, at.y);
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static void assertProblem(Http.Response response, int status, String parameter) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (parameter != null) {
            assertThat(response.json().path("parameter").asString()).as(response.text()).isEqualTo(parameter);
        }
    }

    // --- the invitation life cycle -------------------------------------------------------------------------------

    @Test
    void anInvitationIsAcceptedOnceByThePersonItWasSentToAndTheOwnerSeesAndRevokesIt() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, true);
        String token = invite(owner, plan, coEditor(), "co-editor");
        Mailbox.Mail mail = mailbox().await(coEditor(), "uitgenodigd");
        assertThat(mail.text()).contains(OWNER).contains("\"Aanbouw achter het huis\"").contains("mede-bewerker")
                .contains("/?invitation=" + token).contains("7 dagen");

        // Opening the link (a GET of the landing, as a mail scanner would) spends nothing.
        assertThat(new Http(port).get("/?invitation=" + token).status()).isEqualTo(200);
        JsonNode pending = owner.get("/api/v1/plans/" + plan + "/invitations").json();
        assertThat(pending.get("invitations").get(0).get("status").asString()).isEqualTo("pending");
        assertThat(pending.get("members")).isEmpty();

        // Someone else who got hold of the link cannot use it; an anonymous visitor must log in first.
        Http.Response stranger = login(otherResident()).post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertProblem(stranger, 403, "token");
        assertThat(stranger.json().get("code").asString()).isEqualTo("invitation-other-account");
        assertThat(anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}").status()).isIn(401, 403);
        assertThat(login(coEditor()).get("/api/v1/plans/" + plan).status()).as("not yet a member").isEqualTo(404);

        Browser member = login(coEditor());
        Http.Response accepted = member.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("planId").asLong()).isEqualTo(plan);
        assertThat(member.get("/api/v1/plans/" + plan).json().get("role").asString()).isEqualTo("co-editor");
        assertThat(SharingEvents.of(PlanShared.class, plan)).extracting(PlanShared::person, PlanShared::role, PlanShared::invitedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(coEditor(), "co-editor", OWNER));

        Http.Response reused = member.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}");
        assertProblem(reused, 410, "token");
        assertThat(reused.json().get("code").asString()).isEqualTo("invitation-used");

        JsonNode sharing = owner.get("/api/v1/plans/" + plan + "/invitations").json();
        JsonNode invitation = sharing.get("invitations").get(0);
        assertThat(invitation.get("status").asString()).isEqualTo("accepted");
        assertThat(sharing.get("members").get(0).get("email").asString()).isEqualTo(coEditor());

        // The owner revokes the accepted invitation: the role is gone and the plan is invisible again.
        assertThat(owner.send("DELETE", "/api/v1/plans/" + plan + "/invitations/" + invitation.get("id").asLong(), null).status()).isEqualTo(204);
        assertThat(member.get("/api/v1/plans/" + plan).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/plans/" + plan + "/invitations").json().get("invitations").get(0).get("status").asString()).isEqualTo("revoked");

        List<String> actions = login(PLANNER).get("/api/v1/audit?plan=" + plan).json().valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("invitation.revoked", "invitation.accepted", "invitation.sent");
    }

    @Test
    void revokedExpiredAndUnknownLinksAreRefusedAndStoreNothing() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, false);
        Browser member = login(coEditor());

        String revoked = invite(owner, plan, coEditor(), "viewer");
        long revokedId = owner.get("/api/v1/plans/" + plan + "/invitations").json().get("invitations").get(0).get("id").asLong();
        assertThat(owner.send("DELETE", "/api/v1/plans/" + plan + "/invitations/" + revokedId, null).status()).isEqualTo(204);
        Http.Response afterRevoke = member.post("/api/v1/invitations/accept", "{\"token\":\"" + revoked + "\"}");
        assertProblem(afterRevoke, 410, "token");
        assertThat(afterRevoke.json().get("code").asString()).isEqualTo("invitation-revoked");

        String expired = invite(owner, plan, coEditor(), "advisor");
        jdbc.sql("UPDATE plan_invitation SET expires_at = now() - interval '1 minute' WHERE plan_id = ? AND revoked_at IS NULL").param(plan).update();
        Http.Response late = member.post("/api/v1/invitations/accept", "{\"token\":\"" + expired + "\"}");
        assertProblem(late, 410, "token");
        assertThat(late.json().get("code").asString()).isEqualTo("invitation-expired");
        assertThat(owner.get("/api/v1/plans/" + plan + "/invitations").json().get("invitations").get(0).get("status").asString()).isEqualTo("expired");

        Http.Response unknown = member.post("/api/v1/invitations/accept", "{\"token\":\"bestaat-niet\"}");
        assertProblem(unknown, 400, "token");
        assertThat(unknown.json().get("code").asString()).isEqualTo("invalid-invitation");
        assertProblem(member.post("/api/v1/invitations/accept", "{}"), 400, "token");

        assertThat(member.get("/api/v1/plans/" + plan).status()).as("no role was given").isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_member WHERE plan_id = ?").param(plan).query(Long.class).single()).isZero();
        // A renewed invitation replaces the pending one: one link at a time per address.
        invite(owner, plan, coEditor(), "viewer");
        invite(owner, plan, coEditor(), "advisor");
        assertThat(owner.get("/api/v1/plans/" + plan + "/invitations").json().get("invitations").valueStream()
                .filter(i -> i.get("status").asString().equals("pending")).count()).isEqualTo(1);
    }

    @Test
    void badInvitationsNameTheFieldAndStoreNothing() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, false);
        long invitations = count("plan_invitation");
        long audit = count("audit_entry");
        String path = "/api/v1/plans/" + plan + "/invitations";
        assertProblem(owner.post(path, "{\"email\":\"iemand@example.org\",\"role\":\"eigenaar\"}"), 400, "role");
        assertProblem(owner.post(path, "{\"email\":\"iemand@example.org\"}"), 400, "role");
        assertProblem(owner.post(path, "{\"email\":\"" + OWNER.toUpperCase(Locale.ROOT) + "\",\"role\":\"viewer\"}"), 400, "email");
        assertProblem(owner.post(path, "{\"email\":\"geen-adres\",\"role\":\"viewer\"}"), 400, "email");
        assertProblem(owner.post(path, "{\"email\":\"a@b.nl\\nBcc: x@y.nl\",\"role\":\"viewer\"}"), 400, "email");
        assertProblem(owner.post(path, "{\"role\":\"viewer\"}"), 400, "email");
        assertThat(count("plan_invitation")).isEqualTo(invitations);
        assertThat(count("audit_entry")).isEqualTo(audit);

        share(owner, plan, coEditor(), "viewer");
        assertProblem(owner.post(path, "{\"email\":\"" + coEditor() + "\",\"role\":\"advisor\"}"), 400, "email");
        assertProblem(owner.put("/api/v1/plans/" + plan + "/members/" + coEditor(), "{\"role\":\"baas\"}"), 400, "role");
        Http.Response changed = owner.put("/api/v1/plans/" + plan + "/members/" + coEditor(), "{\"role\":\"advisor\"}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(login(coEditor()).get("/api/v1/plans/" + plan).json().get("role").asString()).isEqualTo("advisor");
        JsonNode entry = login(PLANNER).get("/api/v1/audit?plan=" + plan).json().get(0);
        assertThat(entry.get("action").asString()).isEqualTo("member.role-changed");
        assertThat(entry.get("detail").asString()).isEqualTo("viewer -> advisor");
        assertThat(entry.get("actor").asString()).isEqualTo(OWNER);
        assertProblem(login(PLANNER).get("/api/v1/audit?plan=abc"), 400, "plan");
    }

    // --- who may do what ------------------------------------------------------------------------------------------

    @Test
    void everyRoleMayDoWhatTheMatrixSays() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, true);
        Map<String, Browser> as = new LinkedHashMap<>();
        as.put("owner", owner);
        as.put("co-editor", share(owner, plan, coEditor(), "co-editor"));
        as.put("advisor", share(owner, plan, ADVISOR, "advisor"));
        as.put("viewer", share(owner, plan, RESIDENT, "viewer"));
        as.put("other", login(otherResident()));
        as.put("planner", login(PLANNER));
        as.put("anonymous", anonymous());
        Browser planner = as.get("planner");
        String p = "/api/v1/plans/" + plan;
        int anon = anonymous().get(p).status(); // what the security chain answers someone not logged in
        assertThat(anon).isIn(401, 403);

        // role → expected status per act, in the order of ACTS
        String[] acts = {"GET plan", "PUT design", "upload", "GET documents", "re-check", "move next", "invite", "GET invitations",
                "GET members", "GET comments", "POST comment", "GET publication", "approve", "request publication", "GET audit",
                "GET public plan"};
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("owner", new int[]{200, 201, 201, 200, 200, 200, 201, 200, 200, 200, 201, 200, 403, 202, 403, 404});
        expected.put("co-editor", new int[]{200, 201, 201, 200, 200, 403, 403, 403, 200, 200, 201, 200, 403, 403, 403, 404});
        expected.put("advisor", new int[]{200, 403, 403, 200, 200, 403, 403, 403, 200, 200, 201, 200, 403, 403, 403, 404});
        expected.put("viewer", new int[]{200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 404});
        expected.put("other", new int[]{404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403, 404});
        expected.put("planner", new int[]{200, 403, 201, 200, 200, 200, 403, 403, 200, 200, 201, 200, 409, 403, 200, 404});
        expected.put("anonymous", new int[]{anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, anon, 404});

        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, int[]> row : expected.entrySet()) {
            String role = row.getKey();
            Browser b = as.get(role);
            int version = owner.get(p).json().get("currentVersion").asInt();
            int[] want = row.getValue();
            int[] got = {
                    b.get(p).status(),
                    b.put(p + "/design", design(version, 3.9)).status(),
                    upload(b, plan).status(),
                    b.get(p + "/documents").status(),
                    b.post(p + "/check", "").status(),
                    b.post(p + "/phase", "{\"phase\":\"exploring\"}").status(),
                    b.post(p + "/invitations", "{\"email\":\"buur-" + role + "@example.org\",\"role\":\"viewer\"}").status(),
                    b.get(p + "/invitations").status(),
                    b.get(p + "/members").status(),
                    b.get(p + "/comments").status(),
                    b.post(p + "/comments", "{\"text\":\"Let op de erfgrens (" + role + ")\"}").status(),
                    b.get(p + "/publication").status(),
                    b.post(p + "/publication/approve", "").status(),
                    b.post(p + "/publication", "{}").status(),
                    b.get("/api/v1/audit?plan=" + plan).status(),
                    b.get("/api/v1/public/plans/" + plan).status(),
            };
            if (got[5] == 200) {
                assertThat(planner.post(p + "/phase", "{\"phase\":\"idea\"}").status()).as("back to idea").isEqualTo(200);
            }
            if (got[13] == 202) {
                assertThat(owner.send("DELETE", p + "/publication", null).status()).as("withdraw again").isEqualTo(200);
            }
            for (int i = 0; i < acts.length; i++) {
                soft.assertThat(got[i]).as(role + ": " + acts[i]).isEqualTo(want[i]);
            }
        }
        // "Gedeeld met mij": each sees the plan next to their own, with their role; the other resident does not.
        for (String role : List.of("owner", "co-editor", "advisor", "viewer", "planner")) {
            JsonNode listed = as.get(role).get("/api/v1/plans").json().valueStream().filter(x -> x.get("id").asLong() == plan).findFirst().orElse(null);
            soft.assertThat(listed).as(role + " lists the plan").isNotNull();
            if (listed != null) {
                soft.assertThat(listed.get("role").asString()).as(role + "'s role").isEqualTo(role);
            }
        }
        soft.assertThat(as.get("other").get("/api/v1/plans").json().valueStream().noneMatch(x -> x.get("id").asLong() == plan)).isTrue();
        JsonNode coEditorView = as.get("co-editor").get(p).json();
        soft.assertThat(coEditorView.get("mayEditDesign").asBoolean()).isTrue();
        soft.assertThat(coEditorView.get("mayMovePhase").asBoolean()).isFalse();
        soft.assertThat(as.get("viewer").get(p).json().get("mayUpload").asBoolean()).isFalse();
        soft.assertThat(owner.get(p + "/documents").json().valueStream().map(d -> d.get("addedBy").asString()).distinct().toList())
                .containsExactlyInAnyOrder("owner", "co-editor", "municipality");
        soft.assertAll();
    }

    @Test
    void aCoEditorDrawsUntilTheApplicationButNeverMovesThePhaseAndAddsDocumentsAfterwards() {
        Browser owner = login(OWNER);
        Browser planner = login(PLANNER);
        long plan = createPlan(owner, true);
        String p = "/api/v1/plans/" + plan;
        Browser coEditing = share(owner, plan, coEditor(), "co-editor");
        Http.Response saved = coEditing.put(p + "/design", design(1, 3.5));
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        assertThat(saved.json().get("savedBy").asString()).isEqualTo(coEditor());
        assertThat(coEditing.post(p + "/phase", "{\"phase\":\"exploring\"}").json().get("code").asString()).isEqualTo("not-owner");
        for (String phase : List.of("exploring", "aligning", "participation", "application")) {
            assertThat(owner.post(p + "/phase", "{\"phase\":\"" + phase + "\"}").status()).isEqualTo(200);
        }
        Http.Response frozen = coEditing.put(p + "/design", design(2, 3));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("code").asString()).isEqualTo("design-frozen");
        assertThat(coEditing.get(p).json().get("mayEditDesign").asBoolean()).isFalse();
        assertThat(upload(coEditing, plan).status()).as("a missing drawing after submission").isEqualTo(201);
        assertThat(coEditing.post(p + "/invitations", "{\"email\":\"x@example.org\",\"role\":\"viewer\"}").json().get("code").asString())
                .as("a co-editor does not change who is invited").isEqualTo("not-owner");
        assertThat(coEditing.send("DELETE", p + "/publication", null).status()).isEqualTo(403);
        assertThat(planner.post(p + "/phase", "{\"phase\":\"aligning\"}").status()).isEqualTo(200);
        assertThat(coEditing.put(p + "/design", design(2, 3)).status()).as("open again once sent back").isEqualTo(201);
    }

    @Test
    void theInvitationMailIsPlainTextWithTheTitleOnOneLine() {
        Browser owner = login(OWNER);
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Serre\\nBcc: iedereen@example.org\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long plan = response.json().get("id").asLong();
        created.add(plan);
        String address = "gast-" + System.nanoTime() + "@example.org";
        invite(owner, plan, address, "advisor");
        Mailbox.Mail mail = mailbox().await(address, "uitgenodigd");
        assertThat(mail.subject()).isEqualTo("U bent uitgenodigd voor een plan in Stip");
        assertThat(mail.text()).contains("\"Serre Bcc: iedereen@example.org\"").contains("als adviseur");
        assertThat(mailbox().mailsTo("iedereen@example.org")).isEmpty();
    }

    // --- comments --------------------------------------------------------------------------------------------------

    @Test
    void advisorCommentsArePrivateToTheCircleAndBadOnesAreRefused() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, true);
        Browser advisor = share(owner, plan, ADVISOR, "advisor");
        Browser viewer = share(owner, plan, RESIDENT, "viewer");
        String path = "/api/v1/plans/" + plan + "/comments";
        long comments = count("plan_comment");

        assertProblem(advisor.post(path, "{\"text\":\"" + "x".repeat(2001) + "\"}"), 400, "text");
        assertProblem(advisor.post(path, "{\"text\":\"   \"}"), 400, "text");
        assertProblem(advisor.post(path, "{\"text\":\"nul\\u0000byte\"}"), 400, "text");
        assertProblem(advisor.post(path, "{\"text\":\"Te hoog\",\"version\":7}"), 400, "version");
        assertProblem(advisor.post(path, "{\"text\":\"Ver weg\",\"anchor\":" + anchor(500, 0) + "}"), 400, "anchor");
        assertProblem(advisor.post(path, "{\"text\":\"Parijs\",\"anchor\":{\"lon\":2.35,\"lat\":48.85}}"), 400, "anchor");
        assertProblem(advisor.post(path, "{\"text\":\"Zonder lengte\",\"anchor\":{\"lat\":52.0}}"), 400, "anchor.lon");
        assertProblem(advisor.post(path, "{\"text\":\"In de lucht\",\"anchor\":{\"lon\":6.13,\"lat\":52.01,\"height\":5000}}"), 400, "anchor.height");
        assertThat(count("plan_comment")).as("nothing stored").isEqualTo(comments);

        String secret = "De dakrand ligt 20 cm over de grens; vraag de buren.";
        Http.Response made = advisor.post(path, "{\"text\":\"" + secret + "\",\"version\":1,\"anchor\":" + anchor(1, 1) + "}");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().get("authorRole").asString()).isEqualTo("advisor");
        assertThat(made.json().get("anchor").get("height").asDouble()).isEqualTo(2.5);
        assertThat(advisor.post(path, "{\"text\":\"" + "é".repeat(2000) + "\"}").status()).as("2000 characters fit").isEqualTo(201);

        assertThat(owner.get(path).json().get(0).get("text").asString()).isEqualTo(secret);
        assertThat(login(PLANNER).get(path + "?version=1").json()).hasSize(1);
        Http.Response refused = viewer.get(path);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("viewer-role");
        assertThat(login(otherResident()).get(path).status()).isEqualTo(404);
        assertThat(anonymous().get(path).status()).isIn(401, 403);

        String audit = login(PLANNER).get("/api/v1/audit?plan=" + plan).text();
        assertThat(audit).contains("comment.added").doesNotContain("dakrand");
    }

    // --- publication ------------------------------------------------------------------------------------------------

    @Test
    void aPlanIsPublishedOnceAPlannerApprovesAndThenAnyoneReadsItWithoutTheOwnersAddress() {
        Browser owner = login(OWNER);
        Browser planner = login(PLANNER);
        Http http = new Http(port);
        long plan = createPlan(owner, true);
        String p = "/api/v1/plans/" + plan;
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String around = String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", at.x - 0.001, at.y - 0.001, at.x + 0.001, at.y + 0.001);

        assertThat(owner.get(p + "/publication").json().get("state").asString()).isEqualTo("private");
        assertProblem(owner.post(p + "/publication", "{\"displayName\":\"" + "a".repeat(81) + "\"}"), 400, "displayName");
        Http.Response requested = owner.post(p + "/publication", "{\"displayName\":\"Familie Jansen\"}");
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        assertThat(requested.json().get("state").asString()).isEqualTo("requested");
        assertThat(requested.json().get("approvalRequired").asBoolean()).isTrue();
        assertThat(owner.post(p + "/publication", "{}").json().get("code").asString()).isEqualTo("already-requested");
        assertThat(http.get("/api/v1/public/plans/" + plan).status()).as("not public before approval").isEqualTo(404);
        assertThat(planner.get("/api/v1/publication-requests").json().valueStream().anyMatch(r -> r.get("planId").asLong() == plan)).isTrue();
        assertThat(planner.get(p + "/publication").json().get("mayDecide").asBoolean()).isTrue();

        assertProblem(planner.post(p + "/publication/reject", "{}"), 400, "reason");
        Http.Response rejected = planner.post(p + "/publication/reject", "{\"reason\":\"Eerst het ontwerp laten passen.\"}");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        JsonNode ownerSees = owner.get(p + "/publication").json();
        assertThat(ownerSees.get("state").asString()).isEqualTo("rejected");
        assertThat(ownerSees.get("reason").asString()).isEqualTo("Eerst het ontwerp laten passen.");
        assertThat(ownerSees.get("mayRequest").asBoolean()).isTrue();
        assertThat(SharingEvents.of(PlanPublished.class, plan)).isEmpty();

        assertThat(owner.post(p + "/publication", "{\"displayName\":\"Familie Jansen\"}").status()).isEqualTo(202);
        Http.Response approved = planner.post(p + "/publication/approve", "");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("published");
        assertThat(SharingEvents.of(PlanPublished.class, plan)).singleElement()
                .satisfies(e -> assertThat(e.approvedBy()).isEqualTo(PLANNER));

        Http.Response detail = http.get("/api/v1/public/plans/" + plan);
        assertThat(detail.status()).as(detail.text()).isEqualTo(200);
        JsonNode pub = detail.json();
        assertThat(pub.get("title").asString()).isEqualTo("Aanbouw achter het huis");
        assertThat(pub.get("description").asString()).isEqualTo("Een serre");
        assertThat(pub.get("phase").asString()).isEqualTo("idea");
        assertThat(pub.get("initiator").asString()).isEqualTo("Familie Jansen");
        assertThat(pub.get("check").has("compliant")).isTrue();
        assertThat(pub.get("volumes").get(0).get("footprint").get("type").asString()).isEqualTo("Polygon");
        assertThat(pub.get("volumes").get(0).get("height").asDouble()).isEqualTo(4.0);
        assertThat(detail.text()).doesNotContain(OWNER).doesNotContain("@");
        assertThat(http.get("/api/v1/public/plans?bbox=" + around).json().valueStream().anyMatch(x -> x.get("id").asLong() == plan)).isTrue();
        assertThat(http.get("/api/v1/public/plans?bbox=5.0,51.0,5.1,51.1").json().valueStream().noneMatch(x -> x.get("id").asLong() == plan)).isTrue();
        assertProblem(http.get("/api/v1/public/plans?bbox=6.1,52.0,6.0"), 400, "bbox");
        assertProblem(http.get("/api/v1/public/plans?bbox=6.2,52.0,6.1,52.1"), 400, "bbox");

        // Unpublishing (no participation round exists yet to hold it public) makes it private again.
        assertThat(login(coEditor()).post("/api/v1/invitations/accept", "{\"token\":\"x\"}").status()).isEqualTo(400);
        Http.Response unpublished = owner.send("DELETE", p + "/publication", null);
        assertThat(unpublished.status()).as(unpublished.text()).isEqualTo(200);
        assertThat(unpublished.json().get("state").asString()).isEqualTo("private");
        assertThat(http.get("/api/v1/public/plans/" + plan).status()).isEqualTo(404);
        assertThat(SharingEvents.of(PlanUnpublished.class, plan)).hasSize(1);

        List<String> actions = planner.get("/api/v1/audit?plan=" + plan).json().valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("publication.unpublished", "publication.approved", "publication.requested",
                "publication.rejected", "publication.requested");
        assertThat(owner.get("/api/v1/audit?plan=" + plan).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit?plan=" + plan).status()).isIn(401, 403);
    }

    @Test
    void aPlanWithoutADesignCannotBePublishedAndWhatWasNotAskedForIsNotDecided() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner, false);
        Http.Response none = owner.post("/api/v1/plans/" + plan + "/publication", "{}");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("code").asString()).isEqualTo("no-design");
        Http.Response nothing = owner.send("DELETE", "/api/v1/plans/" + plan + "/publication", null);
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.json().get("code").asString()).isEqualTo("not-published");
        Http.Response notRequested = login(PLANNER).post("/api/v1/plans/" + plan + "/publication/approve", "");
        assertThat(notRequested.status()).isEqualTo(409);
        assertThat(notRequested.json().get("code").asString()).isEqualTo("not-requested");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_publication WHERE plan_id = ?").param(plan).query(Long.class).single()).isZero();
    }
}
