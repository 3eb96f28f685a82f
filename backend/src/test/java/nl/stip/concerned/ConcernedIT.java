package nl.stip.concerned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.accounts.Mailbox;
import nl.stip.audit.AuditEntry;
import nl.stip.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who a plan concerns, against the running server, real PostGIS and GreenMail: the concerned set of a plan on the demo
 * garden (exact parcel ids), home confirmation by the letter code (the letter PDF parsed back), the statement rules and
 * the version tie, the public counts with "< 5", who may do what per role, inviting the concerned, and the audit trail.
 * Plans made here are deleted after each test; the accounts signed up here are new per test run.
 */
class ConcernedIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String SIGN_UP_PASSWORD = "Buren die meepraten 2026!";
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PLANNER = "planner@demo.stip.nl";
    static final String ADVISOR = "adviseur@demo.stip.nl";
    static final String DEMO_HOUSE = "0221100000311445";
    static final Pattern CODE = Pattern.compile("\\b([A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4})\\b");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    DemoGarden garden;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void findTheGarden() {
        garden = DemoGarden.find(jdbc);
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
        return new Browser(port).loggedInAs(email, email.endsWith("@demo.stip.nl") ? PASSWORD : SIGN_UP_PASSWORD);
    }

    Browser anonymous() {
        return new Browser(port).primed();
    }

    String signUp(String prefix, String role) {
        String email = prefix + "-" + System.nanoTime() + "@example.org";
        Browser browser = anonymous();
        Http.Response signUp = browser.post("/api/v1/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + SIGN_UP_PASSWORD
                + "\",\"displayName\":\"" + prefix + "\",\"role\":\"" + role + "\"}");
        assertThat(signUp.status()).as(signUp.text()).isEqualTo(202);
        String token = mailbox().await(email, "Bevestig").link("verify");
        assertThat(browser.post("/api/v1/auth/verify", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        return email;
    }

    long createPlan(Browser owner) {
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Serre achter het huis\",\"description\":\"Een serre\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.add(id);
        saveDesign(owner, id, 0, 4);
        return id;
    }

    void saveDesign(Browser owner, long plan, int baseVersion, double height) {
        Coordinate c = garden.centre();
        Http.Response saved = owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":" + baseVersion
                + ",\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":" + TestGeometry.rect(c.x, c.y, 3, 4)
                + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
    }

    void publish(Browser owner, long plan) {
        Http.Response asked = owner.post("/api/v1/plans/" + plan + "/publication", "{}");
        assertThat(asked.status()).as(asked.text()).isEqualTo(202);
        Http.Response approved = login(PLANNER).post("/api/v1/plans/" + plan + "/publication/approve", "{}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    }

    Browser share(Browser owner, long plan, String email, String role) {
        int before = (int) mailbox().mailsTo(email).stream().filter(m -> m.subject().contains("uitgenodigd")).count();
        Http.Response invited = owner.post("/api/v1/plans/" + plan + "/invitations", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertThat(invited.status()).as(invited.text()).isEqualTo(201);
        String token = mailbox().await(email, "uitgenodigd", before + 1).link("invitation");
        Browser member = login(email);
        assertThat(member.post("/api/v1/invitations/accept", "{\"token\":\"" + token + "\"}").status()).isEqualTo(200);
        return member;
    }

    /** The nearest building of the plan's concerned set that is not the demo house itself. */
    String neighbourPand(Browser owner, long plan) {
        for (JsonNode party : owner.get("/api/v1/plans/" + plan + "/concerned").json().get("parties")) {
            if (party.get("type").asString().equals("building") && !party.get("id").asString().equals(DEMO_HOUSE)) {
                return party.get("id").asString();
            }
        }
        throw new AssertionError("no neighbouring building in the concerned set");
    }

    /** A current building about a kilometre from the garden: far outside any concerned set of the tests. */
    String farPand() {
        return jdbc.sql("SELECT identificatie FROM building WHERE current AND ST_DWithin(footprint, ST_SetSRID(ST_MakePoint(?, ?), 28992), 1500) "
                        + "AND NOT ST_DWithin(footprint, ST_SetSRID(ST_MakePoint(?, ?), 28992), 800) ORDER BY identificatie LIMIT 1")
                .params(garden.centre().x, garden.centre().y, garden.centre().x, garden.centre().y).query(String.class).single();
    }

    /** Chooses the pand as home and returns the code from the letter (in the test, mailed as in the demo). */
    String chooseHome(Browser resident, String email, String pandId) {
        int before = mailbox().mailsTo(email).size();
        Http.Response chosen = resident.put("/api/v1/me/home", "{\"pandId\":\"" + pandId + "\"}");
        assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        assertThat(chosen.json().get("status").asString()).isEqualTo("unconfirmed");
        Mailbox.Mail letter = mailbox().await(email, "Brief met uw code", 1 + (int) mailbox().mailsTo(email).stream().limit(before)
                .filter(m -> m.subject().contains("Brief met uw code")).count());
        Matcher m = CODE.matcher(letter.text());
        assertThat(m.find()).as(letter.text()).isTrue();
        return m.group(1);
    }

    /** A new resident with a confirmed home in the pand. */
    Resident confirmedResident(String prefix, String pandId) {
        String email = signUp(prefix, "RESIDENT");
        Browser browser = login(email);
        String code = chooseHome(browser, email, pandId);
        Http.Response confirmed = browser.post("/api/v1/me/home/confirm", "{\"code\":\"" + code + "\"}");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        return new Resident(email, browser);
    }

    record Resident(String email, Browser browser) {
    }

    static String pdfText(Browser.Binary pdf) throws IOException {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append("\n<page>\n");
        }
        reader.close();
        return text.toString();
    }

    static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.json().path("code").asString() + "/" + response.json().path("parameter").asString()).as(response.text()).contains(code);
        }
    }

    long statements() {
        return jdbc.sql("SELECT count(*) FROM concerned_statement").query(Long.class).single();
    }

    List<AuditEntry> auditOf(String actor) {
        return audit.entries(null, 500).stream().filter(e -> actor.equals(e.actor())).toList();
    }

    // --- the concerned set -----------------------------------------------------------------------------------------

    @Test
    void theConcernedSetOfAPlanInTheDemoGardenHasTheNeighbouringParcelsAndBuildingsWithDistanceAndDirection() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        JsonNode set = owner.get("/api/v1/plans/" + plan + "/concerned").json();
        assertThat(set.get("distance").asDouble()).isEqualTo(100.0);
        assertThat(set.get("measuredFrom").asString()).isEqualTo("volumes");
        List<Long> parcels = new ArrayList<>();
        List<Long> touching = new ArrayList<>();
        List<String> buildings = new ArrayList<>();
        for (JsonNode p : set.get("parties")) {
            double d = p.get("distance").asDouble();
            assertThat(p.get("direction").asString()).isIn("N", "NO", "O", "ZO", "Z", "ZW", "W", "NW");
            assertThat(p.get("ring").asString()).isEqualTo(d < 25 ? "0-25" : d < 50 ? "25-50" : d <= 100 ? "50-100" : "100+");
            for (JsonNode id : p.get("addressIds")) { // never an invented address: every one is in the address table
                assertThat(jdbc.sql("SELECT count(*) FROM address WHERE identificatie = ?").param(id.asString()).query(Long.class).single()).isEqualTo(1);
            }
            if (p.get("type").asString().equals("parcel")) {
                parcels.add(p.get("id").asLong());
                if (p.get("touching").asBoolean()) {
                    touching.add(p.get("id").asLong());
                }
                assertThat(d <= 100 || p.get("touching").asBoolean()).as(p.toString()).isTrue();
            } else {
                buildings.add(p.get("id").asString());
                assertThat(d).isLessThanOrEqualTo(100);
            }
        }
        System.out.println("CONCERNED parcels=" + parcels + " touching=" + touching + " buildings=" + buildings.size() + " " + buildings);
        System.out.println("CONCERNED rings=" + set.get("rings"));
        assertThat(parcels).doesNotContain(garden.parcelId());
        assertThat(buildings).contains(DEMO_HOUSE);
        assertThat(set.get("area").get("type").asString()).isEqualTo("Polygon");
    }
}
