package nl.stip.accounts;

import static nl.stip.accounts.AccountsIT.loginJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login throttling cannot be used against the owner: failures count per client address and per account with
 * exponential back-off (429 with Retry-After), and an owner held up by others' failures gets in with a mailed
 * one-time link. Each test picks its own client addresses through X-Forwarded-For (127.0.0.1 is a trusted proxy in
 * the test context).
 */
class LoginThrottleIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final Mailbox mailbox = new Mailbox(mail());

    /** A client address no other test (or earlier run on the same database) uses. */
    private static String newClient() {
        return "2001:db8::" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Http.Response logIn(Browser browser, String client, String email, String password) {
        return browser.send("POST", "/api/v1/auth/login", loginJson(email, password), "X-Forwarded-For", client);
    }

    private String owner() {
        return AccountsIT.verifiedAccount(port, mailbox, "INITIATOR");
    }

    private static void assertThrottled(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("too-many-attempts");
        assertThat(response.json().path("hint").asString()).as("the way in meanwhile").isEqualTo("login-link");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
        assertThat(response.json().path("retryAfter").asLong()).isEqualTo(Long.parseLong(response.header("Retry-After")));
    }

    @Test
    void anAttackersFailuresFromOneAddressDoNotStopTheOwnerElsewhere() {
        String email = owner();
        String attacker = newClient();
        Browser attackerBrowser = new Browser(port).primed();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(attackerBrowser, attacker, email, "fout-wachtwoord-" + i).status()).isEqualTo(401);
        }
        Http.Response blocked = logIn(attackerBrowser, attacker, email, AccountsIT.PASSWORD);
        assertThrottled(blocked);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).as("the first wait is a minute").isBetween(1L, 60L);

        Http.Response owner = logIn(new Browser(port).primed(), newClient(), email, AccountsIT.PASSWORD);
        assertThat(owner.status()).as("the owner on another client address: " + owner.text()).isEqualTo(200);
        assertThrottled(logIn(attackerBrowser, attacker, email, AccountsIT.PASSWORD));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        String email = owner();
        String client = newClient();
        Browser browser = new Browser(port).primed();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(browser, client, email, "fout-wachtwoord-" + i).status()).isEqualTo(401);
        }
        assertThat(Long.parseLong(logIn(browser, client, email, "nog-een-gok-123").header("Retry-After"))).isBetween(1L, 60L);

        passTime(client, 61);
        assertThat(logIn(browser, client, email, "zesde-gok-1234").status()).as("the minute has passed").isEqualTo(401);
        Http.Response second = logIn(browser, client, email, "zevende-gok-123");
        assertThrottled(second);
        assertThat(Long.parseLong(second.header("Retry-After"))).as("then two minutes").isBetween(61L, 120L);

        passTime(client, 121);
        assertThat(logIn(browser, client, email, "zevende-gok-123").status()).isEqualTo(401);
        assertThat(Long.parseLong(logIn(browser, client, email, "achtste-gok-12").header("Retry-After"))).as("then four").isBetween(121L, 240L);
        assertThat(LoginThrottle.backOff(12, 5)).as("at most 15 minutes").hasMinutes(15);
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsSlowed() {
        String email = owner();
        String sprayer = newClient();
        Browser browser = new Browser(port).primed();
        for (int i = 0; i < LoginThrottle.FREE_PER_CLIENT; i++) {
            assertThat(logIn(browser, sprayer, AccountsIT.newEmail("sprayed"), "Welkom2026!!x").status()).isEqualTo(401);
        }
        assertThrottled(logIn(browser, sprayer, AccountsIT.newEmail("sprayed"), "Welkom2026!!x"));
        assertThrottled(logIn(browser, sprayer, email, AccountsIT.PASSWORD));
        assertThat(logIn(new Browser(port).primed(), newClient(), email, AccountsIT.PASSWORD).status())
                .as("the owner elsewhere is not held up").isEqualTo(200);
    }

    @Test
    void anOwnerHeldUpByGuessesFromManyAddressesLogsInWithAMailedLink() {
        String email = owner();
        Browser attacker = new Browser(port).primed();
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(logIn(attacker, newClient(), email, "gok-nummer-" + i).status()).isEqualTo(401);
        }
        Browser owner = new Browser(port).primed();
        String ownerClient = newClient();
        Http.Response held = logIn(owner, ownerClient, email, AccountsIT.PASSWORD);
        assertThrottled(held);
        assertThat(held.json().path("detail").asString()).contains("login link");

        Http.Response asked = owner.send("POST", "/api/v1/auth/login-link", "{\"email\":\"" + email.toUpperCase() + "\"}", "X-Forwarded-For", ownerClient);
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.text()).isEmpty();
        Mailbox.Mail mail = mailbox.await(email, "Inloggen");
        assertThat(mail.text()).contains("/?login=", "15 minuten");
        String token = mail.link("login");

        Http.Response in = owner.post("/api/v1/auth/login-link/confirm", "{\"token\":\"" + token + "\"}");
        assertThat(in.status()).as(in.text()).isEqualTo(200);
        assertThat(in.json().path("email").asString()).isEqualTo(email);
        assertThat(in.json().get("authenticated").booleanValue()).isTrue();
        assertThat(owner.get("/api/v1/auth/me").json().path("email").asString()).isEqualTo(email);
        assertThat(owner.get("/api/v1/plans").status()).isEqualTo(200);

        Http.Response again = new Browser(port).primed().post("/api/v1/auth/login-link/confirm", "{\"token\":\"" + token + "\"}");
        assertThat(again.status()).as("a link works once").isEqualTo(400);
        assertThat(again.json().path("code").asString()).isEqualTo("invalid-token");
        assertThat(new Browser(port).primed().postWithoutCsrf("/api/v1/auth/login-link", "{\"email\":\"" + email + "\"}").status()).isEqualTo(403);
    }

    @Test
    void aLoginLinkIsAnsweredAlikeForEveryAddressAndMailedAtMostThreeTimesAnHour() {
        String email = owner();
        Browser browser = new Browser(port).primed();
        String unknown = AccountsIT.newEmail("nobody");
        Http.Response none = browser.post("/api/v1/auth/login-link", "{\"email\":\"" + unknown + "\"}");
        for (int i = 0; i < 5; i++) {
            Http.Response response = browser.post("/api/v1/auth/login-link", "{\"email\":\"" + email + "\"}");
            assertThat(response.status()).isEqualTo(202);
            assertThat(response.text()).as("no account enumeration").isEqualTo(none.text());
        }
        assertThat(none.status()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT count(*) FROM account_token t JOIN account a ON a.id = t.account_id WHERE a.email = ? AND t.purpose = 'LOGIN'")
                .param(email).query(Integer.class).single()).as("three links within the hour, then none").isEqualTo(3);
        mailbox.await(email, "Inloggen", 3);
        assertThat(mailbox.mailsTo(unknown)).isEmpty();

        Http.Response bad = browser.post("/api/v1/auth/login-link/confirm", "{\"token\":\"niet-een-echte-link-token\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("code").asString()).isEqualTo("invalid-token");
        assertThat(browser.post("/api/v1/auth/login-link/confirm", "{}").status()).isEqualTo(400);
    }

    /** Moves a client's failures back in time, as if the seconds had passed. */
    private void passTime(String client, int seconds) {
        jdbc.sql("UPDATE login_failure SET failed_at = failed_at - make_interval(secs => ?) WHERE client = ?")
                .params(seconds, client).update();
    }
}
