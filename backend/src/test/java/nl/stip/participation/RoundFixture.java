package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.stip.Browser;
import nl.stip.TestAccounts;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.accounts.Mailbox;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the participation tests share: the demo accounts, new accounts signed up through the API, a published plan in
 * the demo garden, rounds made and opened through the API. The plans and rounds made here are deleted after each test.
 */
public abstract class RoundFixture extends IntegrationTest {

    protected static final String PASSWORD = "stip-demo-2026";
    protected static final String OWNER = "initiator@demo.stip.nl";
    protected static final String PLANNER = "planner@demo.stip.nl";
    protected static final String ADVISOR = "adviseur@demo.stip.nl";
    protected static final String RESIDENT = "bewoner@demo.stip.nl";
    protected static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b([A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4})\\b");
    protected static final String DEMO_HOUSE = "0221100000311445";

    @Autowired
    protected JdbcClient jdbc;

    protected Coordinate garden;
    protected final List<Long> plans = new ArrayList<>();

    @BeforeEach
    void findTheGarden() {
        garden = DemoGarden.find(jdbc).centre();
    }

    @AfterEach
    void deleteThePlansAndRounds() {
        String ids = plans.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("DELETE FROM participation_round WHERE plan_id = ANY(?::bigint[])").param(ids).update();
        jdbc.sql("DELETE FROM plan WHERE id = ANY(?::bigint[])").param(ids).update();
    }

    protected Browser login(String email) {
        return TestAccounts.login(port, email);
    }

    protected Browser anonymous() {
        return new Browser(port).primed();
    }

    protected Mailbox mailbox() {
        return new Mailbox(mail());
    }

    /** A new verified account, signed up through the API and the mail as a person would. */
    protected String signUp(String prefix, String role) {
        return TestAccounts.signUp(port, mailbox(), prefix, role);
    }

    /** A plan of the demo initiator with a design in the garden, published with the planner's approval. */
    protected long publishedPlan() {
        long id = plan();
        publish(id);
        return id;
    }

    protected long plan() {
        Browser owner = login(OWNER);
        Http.Response response = owner.post("/api/v1/plans", "{\"title\":\"Serre in de tuin\",\"description\":\"Een serre\",\"activity\":\"aanbouw\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        plans.add(id);
        Http.Response saved = owner.put("/api/v1/plans/" + id + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        return id;
    }

    protected void publish(long plan) {
        Http.Response asked = login(OWNER).post("/api/v1/plans/" + plan + "/publication", "{}");
        assertThat(asked.status()).as(asked.text()).isIn(200, 202);
        if (asked.status() == 202) {
            Http.Response approved = login(PLANNER).post("/api/v1/plans/" + plan + "/publication/approve", "{}");
            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        }
    }

    protected static String roundBody(String moderation, String audience) {
        return roundBody(moderation, audience, false, false, false);
    }

    /** A round's body; {@code allowVariants}: participants may make variants of the plan. */
    protected static String roundBody(String moderation, String audience, boolean allowVariants) {
        return roundBody(moderation, audience, allowVariants, false, false);
    }

    /** A round's body with votes and/or budget on (the voting tests). */
    protected static String roundBody(String moderation, String audience, boolean votes, boolean budget) {
        return roundBody(moderation, audience, false, votes, budget);
    }

    protected static String roundBody(String moderation, String audience, boolean variants, boolean votes, boolean budget) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"title\":\"Wat vindt u van de serre?\",\"description\":\"Praat mee\",\"startsAt\":\"" + now + "\",\"endsAt\":\""
                + now.plus(14, ChronoUnit.DAYS) + "\",\"questions\":[{\"kind\":\"scale\",\"text\":\"Hoe vindt u het plan?\"},"
                + "{\"kind\":\"choice\",\"text\":\"Welke kleur?\",\"options\":[\"wit\",\"grijs\"]},{\"kind\":\"open\",\"text\":\"Nog iets?\"}],"
                + "\"interactions\":{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":" + variants + ",\"votes\":" + votes + ",\"budget\":" + budget + "},"
                + "\"moderation\":\"" + moderation + "\",\"audience\":\"" + audience + "\",\"replyDepth\":1}";
    }

    protected long draftRound(long plan, String moderation, String audience) {
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", roundBody(moderation, audience));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    protected long openRound(long plan, String moderation, String audience) {
        return open(draftRound(plan, moderation, audience));
    }

    /** An open round with variants on or off. */
    protected long openRound(long plan, String moderation, String audience, boolean allowVariants) {
        return open(created(plan, roundBody(moderation, audience, allowVariants)));
    }

    /** An open round with votes and/or budget on. */
    protected long openRound(long plan, String moderation, String audience, boolean votes, boolean budget) {
        return open(created(plan, roundBody(moderation, audience, votes, budget)));
    }

    private long created(long plan, String body) {
        Http.Response created = login(PLANNER).post("/api/v1/plans/" + plan + "/rounds", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    protected long open(long round) {
        Http.Response opened = login(PLANNER).post("/api/v1/rounds/" + round + "/open", "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return round;
    }

    /** A point in the garden, a metre from the design's centre, 2 m above ground, as the API takes it. */
    protected String place(double dx, double dy, double height) {
        Coordinate c = CrsTransform.toWgs84(garden.x + dx, garden.y + dy);
        return String.format(Locale.ROOT, "{\"lon\":%.9f,\"lat\":%.9f,\"height\":%s}", c.x, c.y, height);
    }

    protected String reaction(String text) {
        return "{\"stance\":\"concern\",\"theme\":\"sunlight\",\"text\":\"" + text + "\",\"place\":" + place(1, 1, 2) + ",\"volumeIndex\":0}";
    }

    /** Blocks a participant in a round (the test double of the moderation's blocks). */
    protected static void block(long roundId, String email) {
        TestBlocks.block(roundId, email);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A new resident whose home (a building next to the plan) is confirmed with the letter's code. */
    protected Browser concernedResident(long plan) {
        return login(concernedResidentEmail(plan));
    }

    /** The e-mail address of a new resident whose home (a building next to the plan) is confirmed with the letter's code. */
    protected String concernedResidentEmail(long plan) {
        String pand = null;
        for (tools.jackson.databind.JsonNode party : login(OWNER).get("/api/v1/plans/" + plan + "/concerned").json().get("parties")) {
            if (party.get("type").asString().equals("building") && !party.get("id").asString().equals(DEMO_HOUSE)) {
                pand = party.get("id").asString();
                break;
            }
        }
        assertThat(pand).as("a neighbouring building in the concerned set").isNotNull();
        String email = signUp("buur", "RESIDENT");
        Browser resident = login(email);
        Http.Response chosen = resident.put("/api/v1/me/home", "{\"pandId\":\"" + pand + "\"}");
        assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        java.util.regex.Matcher m = CODE.matcher(mailbox().await(email, "Brief met uw code").text());
        assertThat(m.find()).isTrue();
        Http.Response confirmed = resident.post("/api/v1/me/home/confirm", "{\"code\":\"" + m.group(1) + "\"}");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        return email;
    }
}
