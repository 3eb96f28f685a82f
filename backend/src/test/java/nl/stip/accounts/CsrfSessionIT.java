package nl.stip.accounts;

import static nl.stip.accounts.AccountsIT.loginJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.stip.Browser;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token is the one the server keeps in the session: a cookie and header pair someone made up (a
 * double-submit cookie set from a sibling subdomain) is refused, and the token from before a login stops working at
 * the login. The normal flow (the web app echoing the XSRF-TOKEN cookie) is what every other test does.
 */
class CsrfSessionIT extends IntegrationTest {

    private int post(String path, String cookies, String csrfHeader, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Cookie", cookies).header("X-XSRF-TOKEN", csrfHeader)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aMadeUpCookieAndHeaderPairIsRefused() throws Exception {
        String login = loginJson("planner@demo.stip.nl", DemoAccounts.PASSWORD);
        assertThat(post("/api/v1/auth/login", "XSRF-TOKEN=zelf-verzonnen", "zelf-verzonnen", login))
                .as("without a session").isEqualTo(403);

        Browser browser = new Browser(port).primed();
        String session = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(post("/api/v1/auth/login", "JSESSIONID=" + session + "; XSRF-TOKEN=zelf-verzonnen", "zelf-verzonnen", login))
                .as("with a session whose token is another").isEqualTo(403);
        assertThat(post("/api/v1/auth/login", "JSESSIONID=" + session, browser.cookie("XSRF-TOKEN").orElseThrow(), login))
                .as("the session's own token, even without the cookie").isEqualTo(200);
    }

    @Test
    void theTokenFromBeforeTheLoginIsRefusedAfterIt() throws Exception {
        Browser browser = new Browser(port).primed();
        String before = browser.cookie("XSRF-TOKEN").orElseThrow();
        assertThat(browser.lastSetCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("SameSite=Strict").doesNotContain("HttpOnly"));
        browser.loggedInAs("bewoner@demo.stip.nl", DemoAccounts.PASSWORD);
        String after = browser.cookie("XSRF-TOKEN").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        String session = browser.cookie("JSESSIONID").orElseThrow();

        assertThat(post("/api/v1/auth/logout", "JSESSIONID=" + session + "; XSRF-TOKEN=" + before, before, ""))
                .as("the pre-login token").isEqualTo(403);
        assertThat(browser.get("/api/v1/auth/me").json().get("authenticated").booleanValue()).as("still logged in").isTrue();
        assertThat(post("/api/v1/auth/logout", "JSESSIONID=" + session + "; XSRF-TOKEN=" + after, after, "")).isEqualTo(204);
    }

    /**
     * A visitor's reads start no session (no JSESSIONID): otherwise every map request made a session, and an answer
     * sent with the session from before a login that arrived after it set a new, empty session's cookie over the
     * login's, logging the person out again (seen in the browser: a login link that logged in and out at once).
     */
    @Test
    void aVisitorsReadsStartNoSessionSoALateAnswerCannotUndoALogin() throws Exception {
        for (String path : java.util.List.of("/", "/api/v1/auth/me", "/api/v1/search/capabilities",
                "/api/v1/viewport/buildings?bbox=6.131,52.011,6.132,52.012", "/api/v1/me/notifications/unread-count")) {
            assertThat(sessionCookies(path, null)).as(path).isEmpty();
        }
        Browser browser = new Browser(port).primed();
        String before = browser.cookie("JSESSIONID").orElseThrow();
        browser.loggedInAs("bewoner@demo.stip.nl", DemoAccounts.PASSWORD);
        assertThat(sessionCookies("/api/v1/search/capabilities", "JSESSIONID=" + before))
                .as("a read with the pre-login session, answered after the login").isEmpty();
        assertThat(sessionCookies("/api/v1/auth/me", "JSESSIONID=" + before)).isEmpty();
        assertThat(browser.get("/api/v1/auth/me").json().get("authenticated").booleanValue()).as("still logged in").isTrue();
    }

    private java.util.List<String> sessionCookies(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
    }
}
