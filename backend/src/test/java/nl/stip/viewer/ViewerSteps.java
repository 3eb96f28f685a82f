package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.TestGeometry;
import org.locationtech.jts.geom.Coordinate;
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

    /**
     * A plan by the demo initiator: one flat volume of {@code width} × {@code depth} m, {@code height} m high, centred on
     * {@code at} (RD New), published and approved by the demo planner; answers its id.
     */
    static long publishedExtension(int port, Coordinate at, String title, double width, double depth, double height) {
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        Http.Response design = owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(at.x, at.y, width, depth) + ",\"baseHeight\":0,\"height\":" + height + ",\"roof\":{\"type\":\"flat\"}}]}}");
        assertThat(design.status()).as(design.text()).isEqualTo(201);
        assertThat(owner.post("/api/v1/plans/" + plan + "/publication", "{}").status()).isEqualTo(202);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        assertThat(planner.post("/api/v1/plans/" + plan + "/publication/approve", "{}").status()).isEqualTo(200);
        return plan;
    }

    /**
     * A draft round by {@code planner} on the plan, from a minute ago for a week, post-moderation, open to every account,
     * replies one deep; {@code questions} and {@code interactions} as the API takes them (JSON). Answers its id.
     */
    static long draftRound(Browser planner, long plan, String title, String questions, String interactions) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Http.Response round = planner.post("/api/v1/plans/" + plan + "/rounds", "{\"title\":\"" + title + "\",\"startsAt\":\""
                + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plus(7, ChronoUnit.DAYS) + "\",\"questions\":" + questions + ","
                + "\"interactions\":" + interactions + ",\"moderation\":\"post\",\"audience\":\"accounts\",\"replyDepth\":1}");
        assertThat(round.status()).as(round.text()).isEqualTo(201);
        return round.json().get("id").asLong();
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
