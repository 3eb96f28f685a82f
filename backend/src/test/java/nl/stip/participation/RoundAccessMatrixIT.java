package nl.stip.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.Browser;
import nl.stip.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what in which round, cell by cell: each role (visitor, a confirmed resident the plan concerns, another
 * resident, the plan's owner, a planner, an advisor outside the plan) × each read and write × a round open to all
 * accounts, one for the concerned only, a draft and a closed round. The whole table is compared at once, so any cell
 * that changes fails the test and shows where.
 */
class RoundAccessMatrixIT extends RoundFixture {

    static final Pattern CODE = Pattern.compile("\\b([A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4})\\b");
    static final String DEMO_HOUSE = "0221100000311445";
    static final List<String> ROLES = List.of("anonymous", "concerned", "other", "owner", "planner", "advisor");

    record Target(long round, long reaction, long question) {
    }

    @Test
    void every_role_reads_and_writes_exactly_what_the_round_allows() {
        long plan = publishedPlan();
        Map<String, Browser> as = new LinkedHashMap<>();
        as.put("anonymous", anonymous());
        as.put("concerned", concernedResident(plan));
        as.put("other", login(RESIDENT));
        as.put("owner", login(OWNER));
        as.put("planner", login(PLANNER));
        as.put("advisor", login(ADVISOR));

        Target open = target(openRound(plan, "post", "accounts"));
        Target restricted = target(openRound(plan, "post", "concerned"));
        Target closed = target(openRound(plan, "post", "accounts"));
        assertThat(login(PLANNER).post("/api/v1/rounds/" + closed.round() + "/close", "{}").status()).isEqualTo(200);
        long draft = draftRound(plan, "post", "accounts");
        long draftQuestion = login(PLANNER).get("/api/v1/rounds/" + draft).json().get("questions").get(0).get("id").asLong();

        assertThat(table(as, open)).as("round open to all accounts").isEqualTo("""
                round      200 200 200 200 200 200
                state      200 200 200 200 200 200
                changes    200 200 200 200 200 200
                react      401 201 201 201 201 201
                reply      401 201 201 201 201 201
                agree      401 204 204 204 204 204
                withdraw   401 204 204 204 204 204
                answer     401 204 204 204 204 204
                initiator  401 403 403 201 403 403
                """);
        assertThat(table(as, restricted)).as("round for the concerned only").isEqualTo("""
                round      200 200 200 200 200 200
                state      401 200 403 200 200 403
                changes    401 200 403 200 200 403
                react      401 201 403 201 201 403
                reply      401 201 403 201 201 403
                agree      401 204 403 204 204 403
                withdraw   401 204 403 204 204 403
                answer     401 204 403 204 204 403
                initiator  401 403 403 201 403 403
                """);
        assertThat(table(as, closed)).as("closed round").isEqualTo("""
                round      200 200 200 200 200 200
                state      200 200 200 200 200 200
                changes    200 200 200 200 200 200
                react      401 409 409 409 409 409
                reply      401 409 409 409 409 409
                agree      401 409 409 409 409 409
                withdraw   401 409 409 409 409 409
                answer     401 409 409 409 409 409
                initiator  401 409 409 409 409 409
                """);
        StringBuilder drafts = new StringBuilder();
        row(drafts, "round", as, (who, b) -> b.get("/api/v1/rounds/" + draft).status());
        row(drafts, "state", as, (who, b) -> b.get("/api/v1/rounds/" + draft + "/state").status());
        row(drafts, "react", as, (who, b) -> b.post("/api/v1/rounds/" + draft + "/reactions", reaction("In een concept")).status());
        row(drafts, "answer", as, (who, b) -> b.put("/api/v1/rounds/" + draft + "/questions/" + draftQuestion + "/answer", "{\"value\":3}").status());
        row(drafts, "edit", as, (who, b) -> b.send("PATCH", "/api/v1/rounds/" + draft, "{\"title\":\"Nieuwe titel " + who + "\",\"version\":"
                + login(PLANNER).get("/api/v1/rounds/" + draft).json().get("version").asLong() + "}").status());
        row(drafts, "create", as, (who, b) -> b.post("/api/v1/plans/" + plan + "/rounds", roundBody("post", "accounts")).status());
        row(drafts, "open", as, (who, b) -> who.equals("planner") ? -1 : b.post("/api/v1/rounds/" + draft + "/open", "{}").status());
        row(drafts, "close", as, (who, b) -> b.post("/api/v1/rounds/" + open.round() + "/close", "{}").status());
        assertThat(drafts.toString()).as("a draft round, and the life cycle").isEqualTo("""
                round      404 404 404 200 200 404
                state      404 404 404 200 200 404
                react      401 404 404 409 409 404
                answer     401 404 404 409 409 404
                edit       401 403 403 403 200 403
                create     401 403 403 201 201 403
                open       401 403 403 403 -1 403
                close      401 403 403 403 200 403
                """);
        // The initiator's round is a proposal; only a planner's is not.
        JsonNode rounds = login(PLANNER).get("/api/v1/plans/" + plan + "/rounds").json();
        assertThat(rounds.findValues("proposed").stream().filter(JsonNode::asBoolean).count()).isEqualTo(1);
        // A visitor sees neither drafts nor proposals in the lists.
        assertThat(anonymous().get("/api/v1/rounds?plan=" + plan).json().findValues("state").stream().map(JsonNode::asString).toList())
                .containsOnly("open", "closed");
    }

    @Test
    void a_blocked_participant_may_read_but_not_write() {
        long plan = publishedPlan();
        Target open = target(openRound(plan, "post", "accounts"));
        String email = signUp("geblokkeerd", "RESIDENT");
        Browser blocked = login(email);
        TestBlocks.block(open.round(), email);
        assertThat(blocked.get("/api/v1/rounds/" + open.round() + "/state").status()).isEqualTo(200);
        Http.Response refused = blocked.post("/api/v1/rounds/" + open.round() + "/reactions", reaction("Toch nog"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("blocked");
        assertThat(blocked.post("/api/v1/contributions/" + open.reaction() + "/replies", "{\"text\":\"Toch\"}").status()).isEqualTo(403);
        assertThat(blocked.send("PUT", "/api/v1/contributions/" + open.reaction() + "/agreement", null).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM round_contribution WHERE author_email = ?", email)).isZero();
    }

    String table(Map<String, Browser> as, Target t) {
        StringBuilder out = new StringBuilder();
        row(out, "round", as, (who, b) -> b.get("/api/v1/rounds/" + t.round()).status());
        row(out, "state", as, (who, b) -> b.get("/api/v1/rounds/" + t.round() + "/state").status());
        row(out, "changes", as, (who, b) -> b.get("/api/v1/rounds/" + t.round() + "/changes?after=0").status());
        row(out, "react", as, (who, b) -> b.post("/api/v1/rounds/" + t.round() + "/reactions", reaction("Reactie van " + who)).status());
        row(out, "reply", as, (who, b) -> b.post("/api/v1/contributions/" + t.reaction() + "/replies", "{\"text\":\"Antwoord van " + who + "\"}").status());
        row(out, "agree", as, (who, b) -> b.send("PUT", "/api/v1/contributions/" + t.reaction() + "/agreement", null).status());
        row(out, "withdraw", as, (who, b) -> b.send("DELETE", "/api/v1/contributions/" + t.reaction() + "/agreement", null).status());
        row(out, "answer", as, (who, b) -> b.put("/api/v1/rounds/" + t.round() + "/questions/" + t.question() + "/answer", "{\"value\":4}").status());
        row(out, "initiator", as, (who, b) -> b.post("/api/v1/contributions/" + t.reaction() + "/initiator-answer", "{\"text\":\"Dank u\"}").status());
        return out.toString();
    }

    static void row(StringBuilder out, String action, Map<String, Browser> as, BiFunction<String, Browser, Integer> status) {
        out.append(String.format("%-10s", action));
        as.forEach((who, browser) -> out.append(' ').append(status.apply(who, browser)));
        out.append('\n');
    }

    /** The round with a published reaction of the planner to reply to and agree with, and its scale question. */
    Target target(long round) {
        Http.Response posted = login(PLANNER).post("/api/v1/rounds/" + round + "/reactions", reaction("Reactie van de gemeente"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        long question = login(PLANNER).get("/api/v1/rounds/" + round).json().get("questions").get(0).get("id").asLong();
        return new Target(round, posted.json().get("id").asLong(), question);
    }

    /** A new resident whose home (a building next to the plan) is confirmed with the letter's code. */
    Browser concernedResident(long plan) {
        String pand = null;
        for (JsonNode party : login(OWNER).get("/api/v1/plans/" + plan + "/concerned").json().get("parties")) {
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
        Matcher m = CODE.matcher(mailbox().await(email, "Brief met uw code").text());
        assertThat(m.find()).isTrue();
        Http.Response confirmed = resident.post("/api/v1/me/home/confirm", "{\"code\":\"" + m.group(1) + "\"}");
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        return resident;
    }
}
