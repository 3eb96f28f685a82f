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
import nl.stip.TestAccounts;
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
    static final String OWNER = "initiator@demo.stip.nl";
    static final String PLANNER = "planner@demo.stip.nl";
    static final String ADVISOR = "adviseur@demo.stip.nl";
    static final String DEMO_HOUSE = "0221100000311445";
    static final Pattern CODE = Pattern.compile("\\b([A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4})\\b");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    nl.stip.addresses.AddressQueries addressQueries;

    DemoGarden garden;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void findTheGarden() {
        garden = DemoGarden.find(jdbc);
    }

    @Autowired
    nl.stip.importing.ImportService imports;
    boolean importedAddresses;

    @AfterEach
    void removeImportedAddressObjects() {
        if (importedAddresses) {
            for (String table : List.of("bag_verblijfsobject_history", "bag_nummeraanduiding_history", "bag_openbare_ruimte_history",
                    "bag_woonplaats_history", "bag_verblijfsobject_pand", "bag_verblijfsobject_address")) {
                jdbc.sql("DELETE FROM " + table).update();
            }
            jdbc.sql("DELETE FROM address WHERE verblijfsobject IS NOT NULL").update();
        }
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

    String signUp(String prefix, String role) {
        return TestAccounts.signUp(port, mailbox(), prefix, role);
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
        // the demo municipality is loaded in one order into an empty database, so its parcel ids are stable
        assertThat(parcels).containsExactlyInAnyOrder(3581L, 3579L, 3584L, 3669L, 3630L, 3612L, 3602L, 3593L, 3526L, 3532L, 3535L, 3545L,
                3668L, 3539L, 3506L, 3523L, 3686L, 3717L, 3721L, 3713L, 3723L, 3710L, 3695L, 3728L, 3702L, 3716L, 3499L, 3454L, 3742L,
                3727L, 3558L, 3751L, 3709L, 3433L, 3496L, 3756L, 3418L, 3453L, 3442L, 3396L, 3768L, 3778L, 3428L, 3485L, 3764L, 3771L,
                3779L, 3787L, 3408L, 3386L, 3475L, 3786L, 3801L, 3361L, 3570L, 3427L, 3392L, 3815L, 3385L, 3371L, 3809L, 3450L, 3363L,
                3429L, 3377L, 3406L, 3484L, 3814L, 3828L, 3351L);
        assertThat(touching).containsExactlyInAnyOrder(3581L, 3579L, 3669L);
        assertThat(buildings).hasSize(90).startsWith(DEMO_HOUSE);
        // an independent check: the touching parcels share an edge with the garden's parcel, the others lie within 100 m
        assertThat(jdbc.sql("SELECT id FROM parcel WHERE id <> ? AND ST_DWithin(geom, (SELECT geom FROM parcel WHERE id = ?), 0.05) ORDER BY id")
                .params(garden.parcelId(), garden.parcelId()).query(Long.class).list()).containsExactlyInAnyOrder(3581L, 3579L, 3669L);
        JsonNode rings = set.get("rings");
        assertThat(rings).extracting(r -> r.get("ring").asString()).containsExactly("0-25", "25-50", "50-100");
        assertThat(rings.get(0).get("parcels").asInt() + rings.get(1).get("parcels").asInt() + rings.get(2).get("parcels").asInt()).isEqualTo(70);
        assertThat(rings.get(0).get("buildings").asInt() + rings.get(1).get("buildings").asInt() + rings.get(2).get("buildings").asInt()).isEqualTo(90);
        assertThat(parcels).doesNotContain(garden.parcelId());
        assertThat(buildings).contains(DEMO_HOUSE);
        assertThat(set.get("area").get("type").asString()).isEqualTo("Polygon");
    }

    // --- homes -----------------------------------------------------------------------------------------------------

    @Test
    void aHomeIsConfirmedOnceWithTheCodeFromTheLetterAndWrongCodesAreThrottled() throws IOException {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        String email = signUp("buur", "RESIDENT");
        Browser resident = login(email);
        assertThat(resident.get("/api/v1/me/home").json().get("status").asString()).isEqualTo("none");
        String code = chooseHome(resident, email, pand);
        JsonNode home = resident.get("/api/v1/me/home").json();
        assertThat(home.get("status").asString()).isEqualTo("unconfirmed");
        assertThat(home.get("pandId").asString()).isEqualTo(pand);
        assertThat(home.get("codeExpiresAt").isNull()).isFalse();

        // The planners' letters: one per unconfirmed home, with the pand (no address in the extract here), the code and the link.
        String letters = pdfText(login(PLANNER).bytes("/api/v1/concerned/letters"));
        assertThat(letters).contains("Aan de bewoner(s) van pand " + pand).contains(code).contains("/?home-code=" + code);
        assertThat(login(email).bytes("/api/v1/concerned/letters").status()).isEqualTo(403);
        assertThat(new Browser(port).bytes("/api/v1/concerned/letters").status()).isIn(401, 403);
        // Nobody else sees the person's home.
        assertThat(login(PLANNER).get("/api/v1/me/home").json().get("status").asString()).isNotEqualTo("unconfirmed");

        assertProblem(resident.post("/api/v1/me/home/confirm", "{\"code\":\"AAAA-BBBB\"}"), 400, "wrong-code");
        assertProblem(resident.post("/api/v1/me/home/confirm", "{\"code\":\"\"}"), 400, "code");
        assertThat(resident.get("/api/v1/me/home").json().get("status").asString()).isEqualTo("unconfirmed");
        Http.Response confirmed = resident.post("/api/v1/me/home/confirm", "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\"}");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("confirmed");
        assertThat(confirmed.json().get("confirmedVia").asString()).isEqualTo("letter-code");
        assertProblem(resident.post("/api/v1/me/home/confirm", "{\"code\":\"" + code + "\"}"), 410, "code-used");
        assertThat(pdfText(login(PLANNER).bytes("/api/v1/concerned/letters"))).doesNotContain(code);
        assertThat(auditOf(email)).extracting(AuditEntry::action).contains("home.confirmed");
        assertThat(auditOf(email).stream().filter(e -> e.action().equals("home.confirmed")).findFirst().orElseThrow().detail())
                .isEqualTo("by letter code").doesNotContain(pand);

        // Five wrong codes in a row: the sixth attempt waits, even with the right code.
        String other = signUp("gokker", "RESIDENT");
        Browser guesser = login(other);
        String right = chooseHome(guesser, other, pand);
        for (int i = 0; i < 5; i++) {
            assertProblem(guesser.post("/api/v1/me/home/confirm", "{\"code\":\"ZZZZ-ZZZ" + (i + 2) + "\"}"), 400, "wrong-code");
        }
        Http.Response waits = guesser.post("/api/v1/me/home/confirm", "{\"code\":\"" + right + "\"}");
        assertProblem(waits, 429, "code-attempts");
        assertThat(waits.header("Retry-After")).isNotBlank();
        assertThat(guesser.get("/api/v1/me/home").json().get("status").asString()).isEqualTo("unconfirmed");
    }

    @Test
    void aHomeIsChosenByAddressOrByPointAndBadChoicesAreRefused() {
        // the real address objects of the Doesburg extract (the demo has panden only); removed again after the test
        imports.run("lvbag", List.of("small-5vbo_0221VBO15092020-000001.xml", "small-num_0221NUM15092020-000001.xml",
                "small-4opr_0221OPR15092020-000001.xml", "small-1wpl_0221WPL15092020-000001.xml").stream()
                .map(f -> nl.stip.importing.GisSamples.path("bag-doesburg/" + f)).toList(), nl.stip.importing.ImportOptions.defaults(), null);
        importedAddresses = true;
        String email = signUp("adres", "RESIDENT");
        Browser resident = login(email);
        Map<String, Object> address = jdbc.sql("""
                SELECT a.identificatie, ST_X(a.geom) AS x, ST_Y(a.geom) AS y FROM address a
                WHERE EXISTS (SELECT 1 FROM bag_verblijfsobject_address l JOIN bag_verblijfsobject_pand p ON p.verblijfsobject = l.verblijfsobject
                              JOIN building b ON b.identificatie = p.pand AND b.current WHERE l.nummeraanduiding = a.identificatie)
                ORDER BY a.identificatie LIMIT 1""").query().singleRow();
        Http.Response byAddress = resident.put("/api/v1/me/home", "{\"addressId\":\"" + address.get("identificatie") + "\"}");
        assertThat(byAddress.status()).as(byAddress.text()).isEqualTo(200);
        assertThat(byAddress.json().get("addressId").asString()).isEqualTo(address.get("identificatie"));
        assertThat(byAddress.json().get("addressLabel").asString()).isNotBlank();
        String letter = mailbox().await(email, "Brief met uw code").text();
        assertThat(letter).contains("Aan de bewoner(s) van " + byAddress.json().get("addressLabel").asString());

        // An OIDC login with a verified address claim confirms the home at that address (what the login publishes).
        String oidcPerson = signUp("oidc", "RESIDENT");
        events.publishEvent(new nl.stip.accounts.VerifiedAddressPresented(oidcPerson, (String) address.get("identificatie")));
        JsonNode viaClaim = login(oidcPerson).get("/api/v1/me/home").json();
        assertThat(viaClaim.get("status").asString()).isEqualTo("confirmed");
        assertThat(viaClaim.get("confirmedVia").asString()).isEqualTo("oidc-claim");
        assertThat(viaClaim.get("addressId").asString()).isEqualTo(address.get("identificatie"));
        assertThat(auditOf(oidcPerson)).extracting(AuditEntry::detail).contains("by verified OIDC address claim");
        // a claim for an address the data do not have changes nothing
        events.publishEvent(new nl.stip.accounts.VerifiedAddressPresented(oidcPerson, "0221209999999999"));
        assertThat(login(oidcPerson).get("/api/v1/me/home").json().get("addressId").asString()).isEqualTo(address.get("identificatie"));

        Coordinate at = nl.stip.geo.CrsTransform.toWgs84(garden.centre().x, garden.centre().y);
        String house = jdbc.sql("SELECT ST_X(ST_PointOnSurface(footprint)) || ',' || ST_Y(ST_PointOnSurface(footprint)) FROM building "
                + "WHERE identificatie = ? AND current").param(DEMO_HOUSE).query(String.class).single();
        Coordinate inHouse = nl.stip.geo.CrsTransform.toWgs84(Double.parseDouble(house.split(",")[0]), Double.parseDouble(house.split(",")[1]));
        Http.Response byPoint = resident.put("/api/v1/me/home", "{\"point\":{\"lon\":" + inHouse.x + ",\"lat\":" + inHouse.y + "}}");
        assertThat(byPoint.status()).as(byPoint.text()).isEqualTo(200);
        assertThat(byPoint.json().get("pandId").asString()).isEqualTo(DEMO_HOUSE);

        // The concerned list shows the addresses the extract has: a plan in the garden next to pand 0221100000312938.
        Map<String, Object> spot = jdbc.sql("""
                WITH p AS (SELECT id, geom FROM parcel WHERE ST_Intersects(geom,
                             (SELECT ST_PointOnSurface(footprint) FROM building WHERE identificatie = '0221100000312938' AND current LIMIT 1))),
                b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
                g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).* FROM p, b)
                SELECT ST_X(g.center) AS x, ST_Y(g.center) AS y FROM g""").query().singleRow();
        Browser owner = login(OWNER);
        Http.Response made = owner.post("/api/v1/plans", "{\"title\":\"Schuur\",\"activity\":\"aanbouw\"}");
        long plan = made.json().get("id").asLong();
        created.add(plan);
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(((Number) spot.get("x")).doubleValue(), ((Number) spot.get("y")).doubleValue(), 1, 1)
                + ",\"baseHeight\":0,\"height\":2,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        JsonNode withAddresses = null;
        for (JsonNode party : owner.get("/api/v1/plans/" + plan + "/concerned").json().get("parties")) {
            if (party.get("id").asString().equals("0221100000312938")) {
                withAddresses = party;
            }
        }
        assertThat(withAddresses).as("pand 0221100000312938 in the set").isNotNull();
        assertThat(withAddresses.get("addresses")).extracting(JsonNode::asString).containsExactlyElementsOf(
                addressQueries.ofPand("0221100000312938").stream().map(nl.stip.addresses.AddressView::label).toList()).isNotEmpty();

        String before = resident.get("/api/v1/me/home").text();
        assertProblem(resident.put("/api/v1/me/home", "{\"point\":{\"lon\":" + at.x + ",\"lat\":" + at.y + "}}"), 400, "no-building-here");
        assertProblem(resident.put("/api/v1/me/home", "{}"), 400, "home");
        assertProblem(resident.put("/api/v1/me/home", "{\"pandId\":\"" + DEMO_HOUSE + "\",\"addressId\":\"0221200000000001\"}"), 400, "home");
        assertProblem(resident.put("/api/v1/me/home", "{\"addressId\":\"Kerkstraat 1\"}"), 400, "addressId");
        assertProblem(resident.put("/api/v1/me/home", "{\"addressId\":\"0221209999999999\"}"), 404, "unknown-address");
        assertProblem(resident.put("/api/v1/me/home", "{\"pandId\":\"0221100000000000\"}"), 404, "unknown-pand");
        assertProblem(resident.put("/api/v1/me/home", "{\"point\":{\"lon\":200,\"lat\":52}}"), 400, "point");
        assertProblem(resident.put("/api/v1/me/home", "{\"pandId\":\"" + DEMO_HOUSE + "\",\"extra\":1}"), 400, null);
        assertThat(resident.get("/api/v1/me/home").text()).isEqualTo(before);
        assertThat(new Browser(port).primed().put("/api/v1/me/home", "{\"pandId\":\"" + DEMO_HOUSE + "\"}").status()).isIn(401, 403);
    }

    // --- statements ------------------------------------------------------------------------------------------------

    @Test
    void aConfirmedResidentOfTheConcernedSetStatesOnAPublishedPlanOnceAndEveryOtherAttemptStoresNothing() throws IOException {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        Resident resident = confirmedResident("instemmer", pand);
        Browser r = resident.browser();
        String path = "/api/v1/plans/" + plan + "/statement";

        // Not published yet: the plan does not exist for the resident.
        long before = statements();
        assertProblem(r.put(path, "{\"kind\":\"consent\",\"version\":1}"), 404, null);
        assertThat(r.get("/api/v1/plans/" + plan + "/concerned/me").status()).isEqualTo(404);
        publish(owner, plan);

        JsonNode mine = r.get("/api/v1/plans/" + plan + "/concerned/me").json();
        assertThat(mine.get("concerned").asBoolean()).isTrue();
        assertThat(mine.get("mayState").asBoolean()).isTrue();
        assertThat(mine.get("ring").asString()).isEqualTo("0-25");
        assertThat(mine.get("direction").asString()).isIn("N", "NO", "O", "ZO", "Z", "ZW", "W", "NW");
        assertThat(mine.get("statement").isNull()).isTrue();

        assertProblem(r.put(path, "{\"kind\":\"objection\",\"version\":1}"), 400, "reason");
        assertProblem(r.put(path, "{\"kind\":\"objection\",\"reason\":\"   \",\"version\":1}"), 400, "reason");
        assertProblem(r.put(path, "{\"kind\":\"objection\",\"reason\":\"" + "x".repeat(2001) + "\",\"version\":1}"), 400, "reason");
        assertProblem(r.put(path, "{\"kind\":\"objection\",\"reason\":\"te hoog\\u0007\",\"version\":1}"), 400, "reason");
        assertProblem(r.put(path, "{\"kind\":\"maybe\",\"version\":1}"), 400, "kind");
        assertProblem(r.put(path, "{\"version\":1}"), 400, "kind");
        assertProblem(r.put(path, "{\"kind\":\"consent\"}"), 400, "version");
        assertProblem(r.put(path, "{\"kind\":\"consent\",\"version\":2}"), 400, "version");
        assertProblem(r.put(path, "{\"kind\":\"consent\",\"version\":0}"), 400, "version");
        assertProblem(r.put(path, "{\"kind\":\"consent\",\"version\":1,\"sneaky\":true}"), 400, null);
        assertProblem(r.put("/api/v1/plans/999999999/statement", "{\"kind\":\"consent\",\"version\":1}"), 404, null);
        assertThat(statements()).isEqualTo(before);

        // The owner does not state on their own plan; others without a confirmed home, or whose home is not concerned, neither.
        assertProblem(owner.put(path, "{\"kind\":\"consent\",\"version\":1}"), 403, "own-plan");
        String unconfirmed = signUp("onbevestigd", "RESIDENT");
        Browser u = login(unconfirmed);
        chooseHome(u, unconfirmed, pand);
        assertProblem(u.put(path, "{\"kind\":\"consent\",\"version\":1}"), 403, "no-confirmed-home");
        Resident far = confirmedResident("verweg", farPand());
        assertProblem(far.browser().put(path, "{\"kind\":\"consent\",\"version\":1}"), 403, "not-concerned");
        assertThat(far.browser().get("/api/v1/plans/" + plan + "/concerned/me").json().get("whyNot").asString()).isEqualTo("not-concerned");
        assertThat(statements()).isEqualTo(before);

        Http.Response objection = r.put(path, "{\"kind\":\"objection\",\"reason\":\"Het <b>licht</b> verdwijnt uit mijn tuin.\",\"version\":1}");
        assertThat(objection.status()).as(objection.text()).isEqualTo(200);
        assertThat(objection.json().get("reason").asString()).isEqualTo("Het <b>licht</b> verdwijnt uit mijn tuin.");
        assertThat(statements()).isEqualTo(before + 1);

        // A new version after publication: both the one seen at publication and the new one count, no later one.
        saveDesign(owner, plan, 1, 3.5);
        Http.Response changed = r.put(path, "{\"kind\":\"consent\",\"version\":2}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(r.put(path, "{\"kind\":\"consent\",\"version\":1}").status()).isEqualTo(200);
        assertProblem(r.put(path, "{\"kind\":\"consent\",\"version\":3}"), 400, "version");
        assertThat(statements()).isEqualTo(before + 1);
        JsonNode own = r.get("/api/v1/plans/" + plan + "/concerned/me").json().get("statement");
        assertThat(own.get("kind").asString()).isEqualTo("consent");
        assertThat(own.get("version").asInt()).isEqualTo(1);

        // The owner sees the statement with name and address; the printable statement lists the consent.
        JsonNode list = owner.get("/api/v1/plans/" + plan + "/statements").json();
        assertThat(list.get("statements")).hasSize(1);
        assertThat(list.get("statements").get(0).get("name").asString()).isEqualTo("instemmer");
        assertThat(list.get("statements").get(0).get("address").asString()).isEqualTo("pand " + pand);
        assertThat(list.get("tally").get(0).get("consent").asInt()).isEqualTo(1);
        String pdf = pdfText(owner.bytes("/api/v1/plans/" + plan + "/statements.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Verklaringen van belanghebbenden").contains("Serre achter het huis").contains("instemmer")
                .contains("pand " + pand).contains("Bezwaren (aantal): 0").contains("Toestemming");

        // Once the plan enters the application phase the statement stays as it is.
        jdbc.sql("UPDATE plan SET phase = 'application' WHERE id = ?").param(plan).update();
        assertProblem(r.put(path, "{\"kind\":\"objection\",\"reason\":\"Toch niet\",\"version\":2}"), 409, "statements-closed");
        assertThat(r.get("/api/v1/plans/" + plan + "/concerned/me").json().get("statement").get("kind").asString()).isEqualTo("consent");

        // The audit trail has who and what, never the reason.
        List<AuditEntry> entries = audit.entries(plan, 100);
        assertThat(entries).extracting(AuditEntry::action).contains("statement.objection", "statement.consent");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("licht"));
        assertThat(entries.stream().filter(e -> e.action().startsWith("statement.")).map(AuditEntry::actor)).containsOnly(resident.email());
    }

    @Test
    void aPlanWhoseDesignChangedBeforePublicationAcceptsOnlyVersionsThePublicSaw() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        saveDesign(owner, plan, 1, 3);
        publish(owner, plan);
        Resident resident = confirmedResident("versie", pand);
        String path = "/api/v1/plans/" + plan + "/statement";
        assertProblem(resident.browser().put(path, "{\"kind\":\"no-objection\",\"version\":1}"), 400, "version");
        assertThat(resident.browser().put(path, "{\"kind\":\"no-objection\",\"version\":2}").status()).isEqualTo(200);
    }

    @Test
    void thePublicSeesCountsPerRingAndTheTallyWithFewerThanFiveForSmallNumbers() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        assertThat(new Http(port).get("/api/v1/public/plans/" + plan + "/concerned").status()).isEqualTo(404);
        publish(owner, plan);
        Resident resident = confirmedResident("tegen", pand);
        assertThat(resident.browser().put("/api/v1/plans/" + plan + "/statement",
                "{\"kind\":\"objection\",\"reason\":\"Te dichtbij\",\"version\":1}").status()).isEqualTo(200);

        Http.Response open = new Http(port).get("/api/v1/public/plans/" + plan + "/concerned");
        assertThat(open.status()).isEqualTo(200);
        JsonNode rings = open.json().get("rings");
        assertThat(rings).extracting(r -> r.get("ring").asString()).containsExactly("0-25", "25-50", "50-100");
        assertThat(rings.get(2).get("buildings").asString()).isEqualTo("67");
        assertThat(rings.get(0).get("households").asString()).isEqualTo("< 5");
        assertThat(rings.get(0).get("confirmedResidents").asString()).isEqualTo("< 5");
        JsonNode tally = open.json().get("tally");
        assertThat(tally.get(0).get("objection").asString()).isEqualTo("< 5");
        assertThat(tally.get(0).get("consent").asString()).isEqualTo("< 5");
        // nothing in the public answer names a person, a pand or an address
        assertThat(open.text()).doesNotContain(resident.email()).doesNotContain(pand).doesNotContain("Te dichtbij").doesNotContain("tegen");
        // the owner sees the real figures
        assertThat(owner.get("/api/v1/plans/" + plan + "/statements").json().get("tally").get(0).get("objection").asInt()).isEqualTo(1);
    }

    // --- inviting the concerned --------------------------------------------------------------------------------------

    @Test
    void theOwnerInvitesEveryConcernedPartyByMailAndByLetter() throws IOException {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        assertProblem(owner.post("/api/v1/plans/" + plan + "/concerned/invitations", "{}"), 409, "not-published");
        publish(owner, plan);
        Resident resident = confirmedResident("uitgenodigd", pand);
        Http.Response invited = owner.post("/api/v1/plans/" + plan + "/concerned/invitations", "{}");
        assertThat(invited.status()).as(invited.text()).isEqualTo(200);
        assertThat(invited.json().get("emails").asInt()).isGreaterThanOrEqualTo(1);
        Mailbox.Mail mail = mailbox().await(resident.email(), "Een plan in uw buurt");
        assertThat(mail.text()).contains("\"Serre achter het huis\"").contains("/?plan=" + plan).contains("uitgenodigd");
        assertThat(ConcernedEvents.of(plan)).hasSize(1);
        assertThat(ConcernedEvents.of(plan).get(0).emails()).contains(resident.email());
        assertThat(ConcernedEvents.of(plan).get(0).invitedBy()).isEqualTo(OWNER);
        assertThat(audit.entries(plan, 50)).extracting(AuditEntry::action).contains("concerned.invited");

        // Letters: one per concerned pand without an address and without a confirmed resident (the extract has no addresses here).
        String letters = pdfText(owner.bytes("/api/v1/plans/" + plan + "/concerned/letters.pdf"));
        assertThat(letters).contains("Aan de bewoner(s) van pand " + DEMO_HOUSE).contains("/?plan=" + plan)
                .doesNotContain("Aan de bewoner(s) van pand " + pand + "\n");
        assertThat(letters.split("<page>", -1).length - 1).isEqualTo(invited.json().get("letters").asInt()).isEqualTo(89);
    }

    // --- who may do what -------------------------------------------------------------------------------------------

    @Test
    void everyRoleDoesWhatItMayAndNothingElse() {
        Browser owner = login(OWNER);
        long plan = createPlan(owner);
        String pand = neighbourPand(owner, plan);
        Browser coEditor = share(owner, plan, signUp("mede", "INITIATOR"), "co-editor");
        Browser advisor = share(owner, plan, ADVISOR, "advisor");
        Browser viewer = share(owner, plan, signUp("kijker", "RESIDENT"), "viewer");
        publish(owner, plan);
        Browser concerned = confirmedResident("betrokken", pand).browser();
        Browser other = login(signUp("ander", "RESIDENT"));
        Browser planner = login(PLANNER);
        Browser anonymous = anonymous();
        String p = "/api/v1/plans/" + plan;

        record Row(String what, java.util.function.Function<Browser, Integer> call, int... expected) {
        }
        List<Browser> roles = List.of(owner, coEditor, advisor, viewer, concerned, other, planner, anonymous);
        List<Row> rows = List.of(
                new Row("GET concerned", b -> b.get(p + "/concerned").status(), 200, 200, 403, 403, 404, 404, 200, 401),
                new Row("GET statements", b -> b.get(p + "/statements").status(), 200, 403, 403, 403, 404, 404, 200, 401),
                new Row("GET statements.pdf", b -> b.bytes(p + "/statements.pdf").status(), 200, 403, 403, 403, 404, 404, 200, 401),
                new Row("GET letters.pdf", b -> b.bytes(p + "/concerned/letters.pdf").status(), 200, 403, 403, 403, 404, 404, 200, 401),
                new Row("GET public counts", b -> b.get("/api/v1/public/plans/" + plan + "/concerned").status(), 200, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET concerned/me", b -> b.get(p + "/concerned/me").status(), 200, 200, 200, 200, 200, 200, 200, 401),
                new Row("GET home letters", b -> b.bytes("/api/v1/concerned/letters").status(), 403, 403, 403, 403, 403, 403, 200, 401),
                new Row("PUT statement", b -> b.put(p + "/statement", "{\"kind\":\"no-objection\",\"version\":1}").status(),
                        403, 403, 403, 403, 200, 403, 403, 401),
                new Row("POST invite", b -> b.post(p + "/concerned/invitations", "{}").status(), 200, 403, 403, 403, 404, 404, 403, 401));
        List<String> names = List.of("owner", "co-editor", "advisor", "viewer", "concerned resident", "other resident", "planner", "anonymous");
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (Row row : rows) {
            for (int i = 0; i < roles.size(); i++) {
                int status = row.call().apply(roles.get(i));
                int want = row.expected()[i];
                if (want == 401) {
                    soft.assertThat(status).as(row.what() + " by " + names.get(i)).isIn(401, 403);
                } else {
                    soft.assertThat(status).as(row.what() + " by " + names.get(i)).isEqualTo(want);
                }
            }
        }
        soft.assertAll();
        // Only the concerned resident's statement was stored.
        assertThat(jdbc.sql("SELECT count(*) FROM concerned_statement WHERE plan_id = ?").param(plan).query(Long.class).single()).isEqualTo(1);
    }
}
