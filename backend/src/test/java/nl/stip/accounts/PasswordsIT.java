package nl.stip.accounts;

import static nl.stip.accounts.AccountsIT.assertField;
import static nl.stip.accounts.AccountsIT.loginJson;
import static nl.stip.accounts.AccountsIT.newEmail;
import static nl.stip.accounts.AccountsIT.signUpJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password rules (long passwords hashed whole, weak and common ones refused), what a completed reset ends (every
 * session and every other link of the account), and how many mails anyone can send to an address.
 */
class PasswordsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final Mailbox mailbox = new Mailbox(mail());

    @ParameterizedTest
    @ValueSource(strings = {"            ", "aaaaaaaaaaaa", "abababababab", "wachtwoord123", "123456789012", "qwertyuiopas",
            "Wachtwoord 123", "QWERTY123456", "stip-demo-2026"})
    void refusesBlankRepeatedAndCommonPasswords(String password) {
        Browser browser = new Browser(port).primed();
        String email = newEmail("weak");
        assertField(browser.post("/api/v1/auth/signup", signUpJson(email, password, "RESIDENT")), "password");
        assertThat(mailbox.mailsTo(email)).isEmpty();
    }

    /** 73 and 200 bytes of ASCII, and 60 two-byte characters (120 bytes): bcrypt would read only the first 72 bytes. */
    @ParameterizedTest
    @ValueSource(strings = {"73", "200", "multibyte"})
    void acceptsPasswordsLongerThan72BytesAndUsesAllOfThem(String kind) {
        String password = switch (kind) {
            case "73" -> "lange-wachtwoordzin-".repeat(4).substring(0, 73);
            case "200" -> "lange-wachtwoordzin-".repeat(10);
            default -> "éàü".repeat(20);
        };
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String email = newEmail("long");
        Browser browser = new Browser(port).primed();
        Http.Response signUp = browser.post("/api/v1/auth/signup", signUpJson(email, password, "RESIDENT"));
        assertThat(signUp.status()).as(signUp.text()).isEqualTo(202);
        String token = mailbox.await(email, "Bevestig").link("verify");
        assertThat(browser.post("/api/v1/auth/verify", AccountsIT.verifyJson(token)).status()).isEqualTo(204);

        String samePrefix = new String(password.getBytes(StandardCharsets.UTF_8), 0, 72, StandardCharsets.UTF_8) + "ander-einde";
        assertThat(browser.post("/api/v1/auth/login", loginJson(email, samePrefix)).status())
                .as("a password that differs only after byte 72 is another password").isEqualTo(401);
        Http.Response login = browser.post("/api/v1/auth/login", loginJson(email, password));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
    }

    @Test
    void refusesMoreThan200Characters() {
        Browser browser = new Browser(port).primed();
        assertField(browser.post("/api/v1/auth/signup", signUpJson(newEmail("toolong"), "lange-wachtwoordzin-".repeat(10) + "x", "RESIDENT")), "password");
    }

    @Test
    void anOldBcryptHashStillMatchesAndIsUpgradedOnLogin() {
        String email = newEmail("legacy");
        String password = "een-oud-bcrypt-wachtwoord";
        new AccountStore(jdbc).create(email, "Oud Account", "{bcrypt}" + new BCryptPasswordEncoder().encode(password), Role.RESIDENT, true);
        Browser browser = new Browser(port).primed();
        assertThat(browser.post("/api/v1/auth/login", loginJson(email, "x".repeat(100))).status())
                .as("a long password against a bcrypt hash is a wrong password, not a 500").isEqualTo(401);
        assertThat(browser.post("/api/v1/auth/login", loginJson(email, password)).status()).isEqualTo(200);
        assertThat(hash(email)).startsWith("{argon2}");
        assertThat(new Browser(port).primed().post("/api/v1/auth/login", loginJson(email, password)).status()).isEqualTo(200);
    }

    @Test
    void aCompletedResetEndsEverySessionAndEveryOtherLinkOfTheAccount() {
        String email = AccountsIT.verifiedAccount(port, mailbox, "INITIATOR");
        Browser phone = new Browser(port).loggedInAs(email, AccountsIT.PASSWORD);
        Browser laptop = new Browser(port).loggedInAs(email, AccountsIT.PASSWORD);
        assertThat(phone.get("/api/v1/plans").status()).isEqualTo(200);
        assertThat(laptop.get("/api/v1/plans").status()).isEqualTo(200);

        Browser reset = new Browser(port).primed();
        assertThat(reset.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String first = mailbox.await(email, "Nieuw wachtwoord").link("password-reset");
        assertThat(reset.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String second = mailbox.await(email, "Nieuw wachtwoord", 2).link("password-reset");
        assertThat(reset.post("/api/v1/auth/login-link", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String loginLink = mailbox.await(email, "Inloggen").link("login");

        String newPassword = "een-heel-nieuw-wachtwoord";
        assertThat(reset.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + second + "\",\"newPassword\":\"" + newPassword + "\"}").status()).isEqualTo(204);

        for (Browser session : new Browser[] {phone, laptop}) {
            Http.Response plans = session.get("/api/v1/plans");
            assertThat(plans.status()).as("the session ended with the password change").isEqualTo(401);
            assertThat(session.get("/api/v1/auth/me").json().get("authenticated").booleanValue()).isFalse();
        }
        assertField(reset.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + first + "\",\"newPassword\":\"nog-een-ander-wachtwoord\"}"), "token");
        assertThat(reset.post("/api/v1/auth/login-link/confirm", "{\"token\":\"" + loginLink + "\"}").status())
                .as("an earlier login link stops working too").isEqualTo(400);
        Browser again = new Browser(port).loggedInAs(email, newPassword);
        assertThat(again.get("/api/v1/plans").status()).as("a login after the reset works").isEqualTo(200);
    }

    @Test
    void resetAndAlreadyRegisteredMailsReachAnAddressAtMostThreeTimesAnHour() {
        String email = AccountsIT.verifiedAccount(port, mailbox, "RESIDENT");
        Browser browser = new Browser(port).primed();
        for (int i = 0; i < 6; i++) {
            Http.Response reset = browser.post("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}");
            assertThat(reset.status()).isEqualTo(202);
            assertThat(reset.text()).isEmpty();
            Http.Response signUp = browser.post("/api/v1/auth/signup", signUpJson(email, "een-ander-lang-wachtwoord", "INITIATOR"));
            assertThat(signUp.status()).isEqualTo(202);
            assertThat(signUp.text()).isEmpty();
        }
        // Mail leaves in order through one queue: once a later mail has arrived, every earlier one has.
        assertThat(browser.post("/api/v1/auth/login-link", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        mailbox.await(email, "Inloggen");
        assertThat(mailbox.mailsTo(email).stream().filter(m -> m.subject().contains("Nieuw wachtwoord"))).hasSize(3);
        assertThat(mailbox.mailsTo(email).stream().filter(m -> m.subject().contains("al een account"))).hasSize(3);
    }

    private String hash(String email) {
        return jdbc.sql("SELECT password_hash FROM account WHERE email = ?").param(email).query(String.class).single();
    }
}
