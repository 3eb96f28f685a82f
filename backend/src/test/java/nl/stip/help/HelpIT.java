package nl.stip.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;
import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.accounts.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Ik snap het niet": anyone may send a question with the link of the view; the planners find it in their inbox and
 * in their mail; nobody else reads it; bad input is refused naming the field, and nothing is stored.
 */
class HelpIT extends IntegrationTest {

    static final String VIEW = publicUrl() + "/#lon=6.1350682&lat=52.0137594&h=350&sel=6.1350682,52.0137594";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    /** Earlier anonymous questions of this test JVM (all from 127.0.0.1) leave the hour window, before and after. */
    @BeforeEach
    @AfterEach
    void forgetRecentAnonymousQuestions() {
        jdbc.sql("UPDATE help_question SET asked_at = asked_at - interval '2 hours' WHERE client_key IS NOT NULL").update();
    }

    private Browser as(String who) {
        return who.equals("anonymous") ? new Browser(port).primed()
                : new Browser(port).loggedInAs(who + "@demo.stip.nl", "stip-demo-2026");
    }

    static String ask(String question, String link, String panel, String email) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("question", question);
        body.put("link", link);
        body.put("panel", panel);
        if (email != null) {
            body.put("email", email);
        }
        return JSON.writeValueAsString(body);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM help_question").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "anonymous, GET,  /api/v1/help, 401",
            "bewoner,   GET,  /api/v1/help, 403",
            "initiator, GET,  /api/v1/help, 403",
            "adviseur,  GET,  /api/v1/help, 403",
            "planner,   GET,  /api/v1/help, 200",
            "anonymous, POST, /api/v1/help/1/handled, 401",
            "bewoner,   POST, /api/v1/help/1/handled, 403",
            "initiator, POST, /api/v1/help/1/handled, 403",
            "adviseur,  POST, /api/v1/help/1/handled, 403"})
    void onlyPlannersReadTheInbox(String who, String method, String path, int status) {
        Browser browser = as(who);
        Http.Response response = method.equals("GET") ? browser.get(path) : browser.post(path, "{}");
        assertThat(response.status()).as(who + " " + method + " " + path + ": " + response.text()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).doesNotContain("Waar staat");
        }
    }

    @ParameterizedTest(name = "{0} may ask")
    @CsvSource({"anonymous", "bewoner", "initiator", "planner"})
    void everyRoleMayAskAndThePlannerSeesWhoAsked(String who) {
        String question = "Vraag van " + who + " " + System.nanoTime() + ": wat betekent bouwvlak?";
        Http.Response asked = as(who).post("/api/v1/help", ask(question, VIEW, "lookup", null));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        assertThat(asked.json().path("id").asLong()).isPositive();

        JsonNode newest = as("planner").get("/api/v1/help").json().get(0);
        assertThat(newest.path("question").asString()).isEqualTo(question);
        assertThat(newest.path("link").asString()).isEqualTo(VIEW);
        assertThat(newest.path("panel").asString()).isEqualTo("lookup");
        assertThat(newest.path("handled").asBoolean()).isFalse();
        if (who.equals("anonymous")) {
            assertThat(newest.path("askedBy").isNull()).isTrue();
        } else {
            assertThat(newest.path("askedBy").asString()).isEqualTo(who + "@demo.stip.nl");
            assertThat(newest.path("contactEmail").asString()).isEqualTo(who + "@demo.stip.nl");
        }
    }

    @Test
    void theQuestionIsMailedToThePlannersAsPlainTextWithTheLink() throws Exception {
        String question = "<b>Ik snap het niet</b> " + System.nanoTime() + "\nWaarom is mijn aanbouw te hoog?";
        Http.Response asked = as("anonymous").post("/api/v1/help", ask(question, VIEW, "plan", " Ans@Voorbeeld.nl "));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);

        Mailbox.Mail mail = new Mailbox(mail()).await("planner@demo.stip.nl", "Plan tekenen", count("Plan tekenen") + 1);
        assertThat(mail.subject()).isEqualTo("Vraag via Stip (Plan tekenen): ik snap het niet");
        assertThat(mail.text()).contains(question.replace("\n", "\r\n")).contains(VIEW).contains("antwoord naar ans@voorbeeld.nl");
        MimeMessage received = Arrays.stream(mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getContent().toString().contains(question.substring(0, 30));
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(received.getContentType()).startsWith("text/plain");

        JsonNode newest = as("planner").get("/api/v1/help").json().get(0);
        assertThat(newest.path("contactEmail").asString()).isEqualTo("ans@voorbeeld.nl");
        assertThat(newest.path("panel").asString()).isEqualTo("plan");
    }

    private int count(String subjectPart) {
        return (int) new Mailbox(mail()).mailsTo("planner@demo.stip.nl").stream().filter(m -> m.subject().contains(subjectPart)).count();
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badInput() {
        String ok = "Wat betekent dit?";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("empty question", ask("", VIEW, "lookup", null), "question"),
                org.junit.jupiter.params.provider.Arguments.of("blank question", ask("   \n ", VIEW, "lookup", null), "question"),
                org.junit.jupiter.params.provider.Arguments.of("no question", "{\"link\":\"" + VIEW + "\",\"panel\":\"lookup\"}", "question"),
                org.junit.jupiter.params.provider.Arguments.of("oversized question", ask("a".repeat(2001), VIEW, "lookup", null), "question"),
                org.junit.jupiter.params.provider.Arguments.of("NUL in question", ask("Wat\u0000is dit?", VIEW, "lookup", null), "question"),
                org.junit.jupiter.params.provider.Arguments.of("foreign link", ask(ok, "https://evil.example/#lon=6.1", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("other port", ask(ok, "http://localhost:8081/#lon=6.1", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("other path", ask(ok, publicUrl() + "/swagger-ui.html", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("query with a token", ask(ok, publicUrl() + "/?verify=abc", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("user info", ask(ok, publicUrl().replace("://", "://evil@") + "/", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("javascript link", ask(ok, "javascript:alert(1)", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("oversized link", ask(ok, VIEW + "&x=" + "1".repeat(2000), "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("NUL in link", ask(ok, VIEW + "\u0000", "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("no link", ask(ok, null, "lookup", null), "link"),
                org.junit.jupiter.params.provider.Arguments.of("unknown panel", ask(ok, VIEW, "admin", null), "panel"),
                org.junit.jupiter.params.provider.Arguments.of("bad e-mail", ask(ok, VIEW, "lookup", "niet-een-adres"), "email"),
                org.junit.jupiter.params.provider.Arguments.of("e-mail with a line break", ask(ok, VIEW, "lookup", "a@b.nl\r\nBcc: x@y.nl"), "email"),
                org.junit.jupiter.params.provider.Arguments.of("no body", "", "body"));
    }

    @ParameterizedTest(name = "{0} -> 400 {2}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String what, String body, String field) {
        long before = stored();
        Http.Response response = as("anonymous").post("/api/v1/help", body);
        assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asString()).as(response.text()).isEqualTo(field);
        assertThat(response.text()).doesNotContain("nl.stip").doesNotContain("Exception");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsAskFiveTimesAnHourThenWaitWithRetryAfter() {
        Browser visitor = as("anonymous");
        for (int i = 1; i <= 5; i++) {
            assertThat(visitor.post("/api/v1/help", ask("Vraag " + i, VIEW, "search", null)).status()).isEqualTo(201);
        }
        long before = stored();
        Http.Response sixth = visitor.post("/api/v1/help", ask("Vraag 6", VIEW, "search", null));
        assertThat(sixth.status()).as(sixth.text()).isEqualTo(429);
        assertThat(sixth.json().path("code").asString()).isEqualTo("too-many-questions");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(stored()).isEqualTo(before);
        // Another anonymous session from the same address is the same client; a logged-in person is not limited by it.
        assertThat(as("anonymous").post("/api/v1/help", ask("Vraag 7", VIEW, "search", null)).status()).isEqualTo(429);
        assertThat(as("bewoner").post("/api/v1/help", ask("Vraag met account", VIEW, "search", null)).status()).isEqualTo(201);
    }

    @Test
    void aPlannerMarksAQuestionHandled() {
        Http.Response asked = as("bewoner").post("/api/v1/help", ask("Wie beslist over mijn buurman?", VIEW, "dossier", null));
        long id = asked.json().path("id").asLong();
        Browser planner = as("planner");
        Http.Response handled = planner.post("/api/v1/help/" + id + "/handled", "{}");
        assertThat(handled.status()).as(handled.text()).isEqualTo(200);
        assertThat(handled.json().path("handled").asBoolean()).isTrue();
        assertThat(handled.json().path("handledBy").asString()).isEqualTo("planner@demo.stip.nl");
        JsonNode listed = null;
        for (JsonNode q : planner.get("/api/v1/help").json()) {
            if (q.path("id").asLong() == id) {
                listed = q;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("handled").asBoolean()).isTrue();
        assertThat(planner.post("/api/v1/help/999999999/handled", "{}").status()).isEqualTo(404);
    }
}
