package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.IntegrationTest;
import nl.stip.accounts.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account screens in a real browser (Debian's Chromium, nothing leaves 127.0.0.1): a new user signs up through
 * the form, opens the verification link from the mail (GreenMail, real SMTP), logs in, then resets the password
 * through "Wachtwoord vergeten?" and the link in the next mail. And the planners' "Verzonden berichten".
 * Waits on {@code <body data-account-view>} and {@code data-session}, never on time.
 */
class AccountBrowserIT extends IntegrationTest {

    private static final String PASSWORD = "mijn lange wachtwoordzin";
    private static final String NEW_PASSWORD = "een heel nieuwe wachtwoordzin";

    private final Mailbox mailbox = new Mailbox(mail());
    private final Set<String> problems = new ConcurrentSkipListSet<>();
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = Chromium.localOnlyContext(900, 700, problems);
        page = context.newPage();
        page.onPageError(error -> problems.add("page error: " + error));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aNewUserSignsUpVerifiesLogsInAndResetsThePassword() {
        String email = "anna-" + System.nanoTime() + "@example.org";
        page.navigate(url("/"));
        awaitSession("anonymous");

        page.locator("#account .account-open").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
        awaitView("signup");
        Locator dialog = page.locator("#account-dialog");
        assertThat(dialog.getByLabel("Uw naam")).isFocused();
        dialog.getByLabel("Uw naam").fill("Anna de Vries");
        dialog.getByLabel("E-mailadres").fill(email);
        dialog.getByLabel("Wachtwoord").fill("te kort");
        Locator lengthRule = dialog.locator(".password-rules li").first();
        assertThat(lengthRule).hasAttribute("data-ok", "false");
        dialog.getByText("Ik wil plannen in mijn buurt volgen").click();
        dialog.locator("button[type=submit]").click();
        assertThat(dialog.locator("#signup-password-error")).hasText("Het wachtwoord is te kort. Gebruik minstens 12 tekens.");
        assertThat(dialog.getByLabel("Wachtwoord")).isFocused();
        assertThat(dialog.getByLabel("Wachtwoord")).hasAttribute("aria-invalid", "true");
        screenshot("account-signup-error.png");

        dialog.getByLabel("Wachtwoord").fill(PASSWORD);
        assertThat(lengthRule).hasAttribute("data-ok", "true");
        dialog.locator("button[type=submit]").click();
        awaitView("signup-sent");
        assertThat(dialog).containsText("Kijk in uw mail");
        assertThat(dialog).containsText(email);
        assertThat(dialog).containsText("Verzonden berichten");

        String verifyToken = mailbox.await(email, "Bevestig").link("verify");
        page.navigate(url("/?verify=" + verifyToken)); // the mail's link, on this test server
        awaitView("verified");
        assertThat(dialog).containsText("Uw e-mailadres is bevestigd — u kunt nu inloggen.");
        screenshot("account-verified.png");
        page.waitForFunction("() => !location.search.includes('verify=')");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inloggen")).click();
        awaitView("closed");
        logIn(email, PASSWORD);
        assertThat(page.locator("#account")).containsText("Ingelogd als Anna de Vries");
        assertThat(page.locator("#account .account-outbox")).isHidden();

        page.navigate(url("/api/v1/auth/verify?token=" + verifyToken)); // an old-style link, used already
        awaitView("verify-failed");
        assertThat(dialog).containsText("Deze link werkt niet meer");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stuur een nieuwe link"))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten")).click();
        awaitView("closed");

        page.locator("#account .account-logout").click();
        awaitSession("anonymous");
        page.locator("#account .account-open").click();
        page.getByLabel("E-mailadres").first().fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord vergeten?")).click();
        awaitView("reset-request");
        assertThat(dialog.getByLabel("E-mailadres")).hasValue(email);
        dialog.locator("button[type=submit]").click();
        awaitView("reset-sent");
        assertThat(dialog).containsText("Kijk in uw mail");

        String resetToken = mailbox.await(email, "Nieuw wachtwoord").link("password-reset");
        page.navigate(url("/?password-reset=" + resetToken));
        awaitView("reset-new");
        assertThat(dialog.getByLabel("Nieuw wachtwoord")).isFocused();
        dialog.getByLabel("Nieuw wachtwoord").fill(NEW_PASSWORD);
        dialog.locator("button[type=submit]").click();
        awaitView("reset-done");
        assertThat(dialog).containsText("Uw wachtwoord is veranderd");
        page.waitForFunction("() => !location.search.includes('password-reset')");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Inloggen")).click();
        logIn(email, NEW_PASSWORD);
        assertThat(page.locator("#account")).containsText("Ingelogd als Anna de Vries");

        page.navigate(url("/?password-reset=" + resetToken));
        awaitView("reset-new");
        dialog.getByLabel("Nieuw wachtwoord").fill("nog een ander wachtwoord");
        dialog.locator("button[type=submit]").click();
        awaitView("reset-invalid");
        assertThat(dialog).containsText("Deze link werkt niet meer");
        assertThat(problems).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void aPlannerReadsTheOutboxAndAResidentDoesNotSeeIt() {
        page.navigate(url("/"));
        awaitSession("anonymous");
        page.locator("#account .account-open").click();
        logIn("bewoner@demo.stip.nl", "stip-demo-2026");
        assertThat(page.locator("#account .account-outbox")).isHidden();
        page.locator("#account .account-logout").click();
        awaitSession("anonymous");

        page.locator("#account .account-open").click();
        logIn("planner@demo.stip.nl", "stip-demo-2026");
        Locator open = page.locator("#account .account-outbox");
        assertThat(open).hasText("Verzonden berichten");
        open.click();
        awaitView("outbox");
        Locator outbox = page.locator("#account-dialog .outbox");
        assertThat(outbox).hasAttribute("data-status", "ok");
        assertThat(outbox.locator("h2")).isFocused();

        // The tests send mail through SMTP (GreenMail), so the page must say that new mail does not land here;
        // what it lists is what the API holds (other tests may have kept mails through the outbox mailer).
        assertThat(outbox.locator(".outbox-delivery")).hasAttribute("data-delivery", "smtp");
        assertThat(outbox).containsText("via een mailserver");
        int kept = new Browser(port).loggedInAs("planner@demo.stip.nl", "stip-demo-2026").get("/api/v1/outbox").json().size();
        assertThat(outbox).hasAttribute("data-count", String.valueOf(kept));
        assertThat(outbox.locator(".outbox-mail")).hasCount(kept);
        if (kept == 0) {
            assertThat(outbox).containsText("Er zijn geen berichten.");
        }
        outbox.locator(".outbox-text a").all().forEach(link ->
                assertThat(link.getAttribute("href")).isEqualTo(link.textContent()).startsWith("http"));

        screenshot("account-outbox.png");
        page.keyboard().press("Escape");
        awaitView("closed");
        assertThat(open).isFocused();
        assertThat(problems).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void anOwnerHeldUpByFailedLoginsGetsInWithAMailedLink() {
        String email = "owner-" + System.nanoTime() + "@example.org";
        Browser api = new Browser(port).primed();
        assertThat(api.post("/api/v1/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Olga Eigenaar\",\"role\":\"RESIDENT\"}").status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/verify", "{\"token\":\"" + mailbox.await(email, "Bevestig").link("verify") + "\"}").status()).isEqualTo(204);
        // This browser's own client address (127.0.0.1 is a trusted proxy in the tests), so no other test is held up.
        context.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "2001:db8::b" + (System.nanoTime() % 100000)));

        page.navigate(url("/"));
        awaitSession("anonymous");
        page.locator("#account .account-open").click();
        Locator form = page.locator("#login-form");
        Locator message = form.locator(".login-message");
        for (int i = 0; i < 6; i++) {
            form.getByLabel("E-mailadres").fill(email);
            form.getByLabel("Wachtwoord").fill("verkeerd wachtwoord " + i);
            form.locator("button[type=submit]").click();
            assertThat(message).not().hasText("Bezig met inloggen…");
        }
        assertThat(message).containsText("log in met een link per e-mail");
        Locator offer = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stuur mij een link om in te loggen"));
        offer.click();
        awaitView("login-link-request");
        Locator dialog = page.locator("#account-dialog");
        assertThat(dialog.getByLabel("E-mailadres")).hasValue(email);
        dialog.locator("button[type=submit]").click();
        awaitView("login-link-sent");
        assertThat(dialog).containsText("15 minuten");

        String token = mailbox.await(email, "Inloggen").link("login");
        page.navigate(url("/?login=" + token));
        awaitSession("user");
        awaitView("closed");
        assertThat(page.locator("#account")).containsText("Ingelogd als Olga Eigenaar");
        page.waitForFunction("() => !location.search.includes('login=')");
        assertThat(page.locator("#account .account-logout")).isVisible();
        assertThat(problems).as("requests to other hosts, and page errors").isEmpty();
    }

    private void screenshot(String name) {
        try {
            Files.write(Paths.get("target", name), page.screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void logIn(String email, String password) {
        Locator form = page.locator("#login-form");
        assertThat(form).isVisible();
        form.getByLabel("E-mailadres").fill(email);
        form.getByLabel("Wachtwoord").fill(password);
        form.locator("button[type=submit]").click();
        awaitSession("user");
    }

    /** Waits for the account screen; on failure says which screen shows instead and what it says. */
    private void awaitView(String view) {
        try {
            page.waitForFunction("v => document.body.dataset.accountView === v", view, new Page.WaitForFunctionOptions().setTimeout(30_000));
        } catch (TimeoutError e) {
            throw new AssertionError("expected account screen '" + view + "' but it is '"
                    + page.evaluate("() => document.body.dataset.accountView") + "' showing: "
                    + page.evaluate("() => document.getElementById('account-dialog')?.innerText"), e);
        }
    }

    private void awaitSession(String status) {
        try {
            page.waitForFunction("s => document.body.dataset.session === s", status, new Page.WaitForFunctionOptions().setTimeout(60_000));
        } catch (TimeoutError e) {
            throw new AssertionError("expected session '" + status + "' but it is '"
                    + page.evaluate("() => document.body.dataset.session") + "' at " + page.url() + "; screen '"
                    + page.evaluate("() => document.body.dataset.accountView") + "' showing: "
                    + page.evaluate("() => document.getElementById('account-dialog')?.innerText") + "; problems: " + problems, e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
