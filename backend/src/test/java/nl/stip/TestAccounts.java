package nl.stip;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.accounts.Mailbox;

/**
 * The accounts integration tests act as: the demo accounts (one published password) and new verified accounts,
 * signed up through the API and the mail as a person would. One place, so every test signs up the same way.
 */
public final class TestAccounts {

    /** The demo accounts' password (refused at sign-up). */
    public static final String DEMO_PASSWORD = "stip-demo-2026";
    /** The password of every account a test signs up. */
    public static final String SIGN_UP_PASSWORD = "Meedoen in de buurt 2026!";

    private TestAccounts() {
    }

    /** A browser logged in as a demo account or an account a test signed up. */
    public static Browser login(int port, String email) {
        return new Browser(port).loggedInAs(email, email.endsWith("@demo.stip.nl") ? DEMO_PASSWORD : SIGN_UP_PASSWORD);
    }

    /** A new verified account with the role, its display name the prefix; answers its e-mail address. */
    public static String signUp(int port, Mailbox mailbox, String prefix, String role) {
        String email = prefix + "-" + System.nanoTime() + "@example.org";
        Browser browser = new Browser(port).primed();
        Http.Response signUp = browser.post("/api/v1/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + SIGN_UP_PASSWORD
                + "\",\"displayName\":\"" + prefix + "\",\"role\":\"" + role + "\"}");
        assertThat(signUp.status()).as(signUp.text()).isEqualTo(202);
        String token = mailbox.await(email, "Bevestig").link("verify");
        assertThat(browser.post("/api/v1/auth/verify", "{\"token\":\"" + token + "\"}").status()).isEqualTo(204);
        return email;
    }
}
