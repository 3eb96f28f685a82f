package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planner's moderation screen live in a real browser: with the "Gemeld" tab open and empty, a report made
 * elsewhere shows up in the list without a reload. A report is no change of the round (no seq), so only the moderation
 * queue's live topic can bring it.
 */
class ModerationQueueLiveBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest moderatie live";
    static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    @Test
    void aReportShowsUpInThePlannersQueueWithoutAReload() {
        String title = TITLE + " " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        long plan = ViewerSteps.publishedExtension(port, garden, title, 4, 4, 4);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Http.Response made = planner.post("/api/v1/plans/" + plan + "/rounds", "{\"title\":\"Live moderatie\",\"startsAt\":\"" + now.minusSeconds(60)
                + "\",\"endsAt\":\"" + now.plus(7, ChronoUnit.DAYS) + "\",\"moderation\":\"post\",\"audience\":\"accounts\",\"replyDepth\":1}");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        long round = made.json().get("id").asLong();
        assertThat(planner.post("/api/v1/rounds/" + round + "/open", "{}").status()).isEqualTo(200);
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String offensive = "Die buurman is een oplichter";
        Http.Response posted = new Browser(port).loggedInAs("bewoner@demo.stip.nl", PASSWORD).post("/api/v1/rounds/" + round + "/reactions",
                String.format(Locale.ROOT, "{\"stance\":\"concern\",\"theme\":\"other\",\"text\":\"%s\",\"place\":{\"lon\":%.7f,\"lat\":%.7f,\"height\":1}}",
                        offensive, at.x, at.y));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        long reaction = posted.json().get("id").asLong();
        Set<String> foreign = new ConcurrentSkipListSet<>();

        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/?round=" + round + "#" + RoundLiveBrowserIT.cameraAt(at));
            login(page, "planner@demo.stip.nl");
            waitFor(page, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live'", 60_000);
            Locator queue = page.locator("#round .round-moderation");
            queue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gemeld")).click();
            assertThat(queue).containsText("Er is niets te beoordelen.", LIVE);
            page.evaluate("() => { window.__notReloaded = true; }");

            Http.Response reported = new Browser(port).loggedInAs("adviseur@demo.stip.nl", PASSWORD)
                    .post("/api/v1/contributions/" + reaction + "/reports", "{\"reason\":\"Beschuldiging\"}");
            assertThat(reported.status()).as(reported.text()).isEqualTo(204);

            Locator item = queue.locator(".moderation-item[data-contribution-id='" + reaction + "']");
            assertThat(item).containsText(offensive, LIVE);
            assertThat(item).containsText("1 melding(en)");
            assertThat(page.evaluate("() => window.__notReloaded === true")).as("the page was not reloaded").isEqualTo(true);
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
