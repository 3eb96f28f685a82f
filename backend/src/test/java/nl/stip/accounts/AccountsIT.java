package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-up, verification, login, logout and password reset against the running server, with mail through real SMTP. */
class AccountsIT extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String PASSWORD = "lange-zin-als-wachtwoord";

    @Autowired
    JdbcClient jdbc;

    private final Mailbox mailbox = new Mailbox(mail());

    static String newEmail(String who) {
        return who + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    static String signUpJson(String email, String password, String role) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"Anna de Vries\",\"role\":\"" + role + "\"}";
    }

    static String loginJson(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** Signs up and verifies through the mail; the e-mail address. */
    String verifiedAccount(String role) {
        return verifiedAccount(port, mailbox, role);
    }

    /** Signs up (password {@link #PASSWORD}) and verifies through the mail; the e-mail address. */
    static String verifiedAccount(int port, Mailbox mailbox, String role) {
        String email = newEmail(role.toLowerCase());
        Browser browser = new Browser(port).primed();
        assertThat(browser.post("/api/v1/auth/signup", signUpJson(email, PASSWORD, role)).status()).isEqualTo(202);
        String token = mailbox.await(email, "Bevestig").link("verify");
        assertThat(browser.post("/api/v1/auth/verify", verifyJson(token)).status()).isEqualTo(204);
        return email;
    }

    @Test
    void signUpVerifyLogInAndLogOut() {
        String email = newEmail("Anna");
        Browser browser = new Browser(port).primed();

        Http.Response signUp = browser.post("/api/v1/auth/signup", signUpJson(email.toUpperCase(), PASSWORD, "INITIATOR"));
        assertThat(signUp.status()).isEqualTo(202);
        String lowerCase = email.toLowerCase();
        Mailbox.Mail mail = mailbox.await(lowerCase, "Bevestig");
        assertThat(mail.text()).contains("Anna de Vries", "/?verify=", "24 uur");
        String token = mail.link("verify");

        Http.Response early = browser.post("/api/v1/auth/login", loginJson(lowerCase, PASSWORD));
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.json().path("code").asString()).isEqualTo("not-verified");
        assertThat(early.json().path("detail").asString()).contains("not verified");

        // A mail scanner opening the link (or an old-style link) only lands on the web app: nothing is used up yet.
        Http.Response scanned = new Browser(port).get("/api/v1/auth/verify?token=" + token);
        assertThat(scanned.status()).isEqualTo(303);
        assertThat(scanned.header("Location")).isEqualTo("/?verify=" + token);
        assertThat(browser.post("/api/v1/auth/login", loginJson(lowerCase, PASSWORD)).status()).as("a GET verifies nothing").isEqualTo(403);

        assertThat(browser.post("/api/v1/auth/verify", verifyJson(token)).status()).isEqualTo(204);
        Http.Response again = browser.post("/api/v1/auth/verify", verifyJson(token));
        assertThat(again.status()).as("a link works once").isEqualTo(400);
        assertThat(again.json().path("code").asString()).isEqualTo("invalid-token");

        Http.Response login = browser.post("/api/v1/auth/login", loginJson(email, PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("email").asString()).isEqualTo(lowerCase);
        assertThat(login.json().path("displayName").asString()).isEqualTo("Anna de Vries");
        assertThat(login.json().path("roles").get(0).asString()).isEqualTo("INITIATOR");
        assertThat(login.text()).doesNotContain(PASSWORD).doesNotContain("bcrypt");
        assertThat(browser.lastSetCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(browser.lastSetCookies()).as("the web app must read the new CSRF token")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").doesNotContain("HttpOnly"));

        Http.Response me = browser.get("/api/v1/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("authenticated").booleanValue()).isTrue();
        assertThat(me.json().path("roles").get(0).asString()).isEqualTo("INITIATOR");
        assertThat(login.json().get("authenticated").booleanValue()).isTrue();

        assertThat(browser.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        Http.Response after = browser.get("/api/v1/auth/me");
        assertThat(after.status()).as("no error for a visitor who is not logged in").isEqualTo(200);
        assertThat(after.json().get("authenticated").booleanValue()).isFalse();
        assertThat(after.json().has("email")).isFalse();
    }

    @Test
    void loginStartsANewSession() {
        String email = verifiedAccount("RESIDENT");
        Browser browser = new Browser(port).loggedInAs(email, PASSWORD);
        String first = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(browser.post("/api/v1/auth/login", loginJson(email, PASSWORD)).status()).isEqualTo(200);
        assertThat(browser.cookie("JSESSIONID").orElseThrow()).as("session fixation protection").isNotEqualTo(first);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
    }

    @Test
    void storesPasswordsOnlyHashed() {
        String email = verifiedAccount("RESIDENT");
        String stored = jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(email).query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        String tokenHashes = jdbc.sql("SELECT string_agg(token_hash, ',') FROM account_token t JOIN account a ON a.id = t.account_id WHERE a.email = ?")
                .param(email).query(String.class).single();
        assertThat(tokenHashes).hasSize(64);
    }

    @Test
    void aBadOrMissingVerifyTokenLeadsBackToTheViewerWithoutVerifying() {
        Browser browser = new Browser(port).primed();
        for (String query : new String[] {"?token=short", "", "?token=" + "x".repeat(300), "?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E"}) {
            Http.Response response = browser.get("/api/v1/auth/verify" + query);
            assertThat(response.status()).as(query).isEqualTo(303);
            assertThat(response.header("Location")).as(query).isEqualTo("/?account=verify-failed");
        }
        for (String body : new String[] {verifyJson("not-a-real-token-at-all"), "{}", verifyJson("x".repeat(300))}) {
            Http.Response response = browser.post("/api/v1/auth/verify", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().path("code").asString()).isEqualTo("invalid-token");
        }
        assertThat(browser.postWithoutCsrf("/api/v1/auth/verify", verifyJson("not-a-real-token-at-all")).status()).isEqualTo(403);
    }

    static String verifyJson(String token) {
        return "{\"token\":\"" + token + "\"}";
    }

    @Test
    void resendsTheVerificationLinkAtMostThreeTimesAnHourAndOnlyToUnverifiedSignUps() {
        String email = newEmail("resend");
        Browser browser = new Browser(port).primed();
        assertThat(browser.post("/api/v1/auth/signup", signUpJson(email, PASSWORD, "RESIDENT")).status()).isEqualTo(202);
        String first = mailbox.await(email, "Bevestig").link("verify");

        assertThat(browser.post("/api/v1/auth/verify/resend", "{\"email\":\"" + email.toUpperCase() + "\"}").status()).isEqualTo(202);
        assertThat(verifyTokens(email)).isEqualTo(2);
        String second = mailbox.await(email, "Bevestig", 2).link("verify");
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.post("/api/v1/auth/verify/resend", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        assertThat(verifyTokens(email)).isEqualTo(3);
        Http.Response throttled = browser.post("/api/v1/auth/verify/resend", "{\"email\":\"" + email + "\"}");
        assertThat(throttled.status()).as("the same answer, but nothing is sent").isEqualTo(202);
        assertThat(throttled.text()).isEmpty();
        assertThat(verifyTokens(email)).as("the fourth link within the hour is not issued").isEqualTo(3);

        assertThat(browser.post("/api/v1/auth/verify", verifyJson(second)).status()).isEqualTo(204);
        assertThat(browser.post("/api/v1/auth/verify/resend", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        assertThat(verifyTokens(email)).as("a verified account gets no new link").isEqualTo(3);

        String unknown = newEmail("nobody");
        Http.Response noAccount = browser.post("/api/v1/auth/verify/resend", "{\"email\":\"" + unknown + "\"}");
        assertThat(noAccount.status()).isEqualTo(202);
        assertThat(noAccount.text()).as("no account enumeration").isEqualTo(throttled.text());
        assertThat(mailbox.mailsTo(unknown)).isEmpty();
        assertThat(browser.postWithoutCsrf("/api/v1/auth/verify/resend", "{\"email\":\"" + email + "\"}").status()).isEqualTo(403);
    }

    private int verifyTokens(String email) {
        return jdbc.sql("SELECT count(*) FROM account_token t JOIN account a ON a.id = t.account_id WHERE a.email = ? AND t.purpose = 'VERIFY'")
                .param(email).query(Integer.class).single();
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() {
        String email = verifiedAccount("RESIDENT");
        Browser browser = new Browser(port).primed();
        Http.Response wrongPassword = browser.post("/api/v1/auth/login", loginJson(email, "niet-het-goede-wachtwoord"));
        Http.Response unknown = browser.post("/api/v1/auth/login", loginJson(newEmail("nobody"), PASSWORD));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.text()).isEqualTo(unknown.text());
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
    }

    @Test
    void duplicateSignUpLooksTheSameButMailsTheOwner() {
        String email = verifiedAccount("RESIDENT");
        Browser browser = new Browser(port).primed();
        Http.Response again = browser.post("/api/v1/auth/signup", signUpJson(email, "een-ander-wachtwoord", "INITIATOR"));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text()).isEmpty();
        assertThat(mailbox.await(email, "al een account").text()).contains("Wachtwoord vergeten");
        assertThat(jdbc.sql("SELECT role FROM account WHERE email = ?").param(email).query(String.class).single()).isEqualTo("RESIDENT");
    }

    @Test
    void rejectsWeakPasswordsAndBadInputNamingTheField() {
        Browser browser = new Browser(port).primed();
        String email = newEmail("weak");
        assertField(browser.post("/api/v1/auth/signup", signUpJson(email, "kort", "RESIDENT")), "password");
        assertField(browser.post("/api/v1/auth/signup", signUpJson(email, email, "RESIDENT")), "password");
        assertField(browser.post("/api/v1/auth/signup", signUpJson("geen-adres", PASSWORD, "RESIDENT")), "email");
        assertField(browser.post("/api/v1/auth/signup", signUpJson(email, PASSWORD, "PLANNER")), "role");
        assertField(browser.post("/api/v1/auth/signup", signUpJson(email, PASSWORD, "KONING")), "role");
        assertThat(mailbox.mailsTo(email)).isEmpty();
    }

    @Test
    void answersBadJsonWithProblemDetails() {
        Browser browser = new Browser(port).primed();
        for (String body : new String[] {"{not json", "{\"email\": [1, 2], \"password\": {}}", ""}) {
            Http.Response response = browser.post("/api/v1/auth/login", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
        }
    }

    @Test
    void resetsAPasswordOnceWithTheMailedToken() {
        String email = verifiedAccount("INITIATOR");
        Browser browser = new Browser(port).primed();
        assertThat(browser.post("/api/v1/auth/password-reset", "{\"email\":\"" + newEmail("unknown") + "\"}").status()).isEqualTo(202);
        assertThat(browser.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String token = mailbox.await(email, "Nieuw wachtwoord").link("password-reset");

        assertField(browser.post("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"newPassword\":\"kort\"}"), "newPassword");
        String newPassword = "een-nieuw-lang-wachtwoord";
        String confirm = "{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}";
        assertThat(browser.post("/api/v1/auth/password-reset/confirm", confirm).status()).isEqualTo(204);
        assertField(browser.post("/api/v1/auth/password-reset/confirm", confirm), "token");

        assertThat(browser.post("/api/v1/auth/login", loginJson(email, PASSWORD)).status()).isEqualTo(401);
        assertThat(browser.post("/api/v1/auth/login", loginJson(email, newPassword)).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutCsrfTokenIsRefusedAndKeepsTheSession() {
        String email = verifiedAccount("RESIDENT");
        Browser browser = new Browser(port).loggedInAs(email, PASSWORD);
        Http.Response refused = browser.postWithoutCsrf("/api/v1/auth/logout", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        Browser browser = new Browser(port).primed();
        assertThat(browser.postWithoutCsrf("/api/v1/auth/login", loginJson("planner@demo.stip.nl", DemoAccounts.PASSWORD)).status()).isEqualTo(403);
    }

    static void assertField(Http.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("parameter").asString()).isEqualTo(field);
    }
}
