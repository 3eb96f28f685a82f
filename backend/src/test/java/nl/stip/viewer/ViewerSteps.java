package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Steps the browser tests share: logging in through the account form, opening a plan's dossier from "Mijn plannen",
 * waiting for the viewer's data attributes, and forgetting what a test left in the demo (its plans, and the demo
 * neighbour's home and alerts), so no browser test depends on the order they run in.
 */
final class ViewerSteps {

    static final String PASSWORD = "stip-demo-2026";
    static final String NEIGHBOUR = "bewoner@demo.stip.nl";

    private ViewerSteps() {
    }

    /** Logs the anonymous page in as a demo account. */
    static void login(Page page, String email) {
        loginWith(page, email, PASSWORD);
    }

    /** Logs the anonymous page in with an e-mail address and password. */
    static void loginWith(Page page, String email, String password) {
        waitFor(page, "document.body.dataset.session === 'anonymous'", 120_000);
        page.evaluate("() => { document.getElementById('controls').open = false; }");
        page.locator("#account .account-open").click();
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.locator("#login-form button[type=submit]").click();
        waitFor(page, "document.body.dataset.session === 'user'", 30_000);
    }

    /** Opens the plan's dossier from "Mijn plannen"; returns the panel. */
    static Locator openPlan(Page page, String title) {
        page.locator("#my-plans-toggle button").click();
        Locator row = page.locator("#my-plans .my-plans-rows li").filter(new Locator.FilterOptions().setHasText(title));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open " + title)).click();
        waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
        assertThat(page.locator("#my-plans .plan-dossier")).isVisible();
        return page.locator("#my-plans");
    }

    static void waitFor(Page page, String condition, double timeoutMs) {
        page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    /** Deletes the plans whose title starts with {@code prefix} (published or not; their shares, statements and follows go with them). */
    static void deletePlans(JdbcClient jdbc, String prefix) {
        jdbc.sql("DELETE FROM plan WHERE title LIKE ?").param(prefix + "%").update();
    }

    /** Forgets the person's home, area subscriptions, preferences and notifications. */
    static void forgetResident(JdbcClient jdbc, String email) {
        jdbc.sql("DELETE FROM resident_home WHERE email = ?").param(email).update();
        for (String table : List.of("notification_subscription", "notification", "notification_preference", "notification_delivery",
                "notification_digest_item", "notification_digest_state", "notification_follow")) {
            jdbc.sql("DELETE FROM " + table + " WHERE email = ?").param(email).update();
        }
    }
}
