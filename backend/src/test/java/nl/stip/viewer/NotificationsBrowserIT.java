package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
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
import nl.stip.TestGeometry;
import nl.stip.accounts.Mailbox;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alerts in a real browser: the demo resident chooses an area around a point on the map in "Meldingen" (and sees how
 * many plans were published there in the last year), a plan near it is published (the initiator asks, the planner
 * approves, through the API), the bell then says there is one unread notification, the resident opens it, and the
 * plan shows in 3D. Axe on the settings and on the list.
 */
class NotificationsBrowserIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String RESIDENT = "bewoner@demo.stip.nl";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        ViewerSteps.deletePlans(jdbc, "Browsertest melding");
        forget();
    }

    void forget() {
        for (String table : List.of("notification_subscription", "notification", "notification_preference", "notification_delivery",
                "notification_digest_item", "notification_digest_state", "notification_follow")) {
            jdbc.sql("DELETE FROM " + table + " WHERE email = ?").param(RESIDENT).update();
        }
    }

    @Test
    void theResidentIsToldOfAPlanNearTheirAreaSeesTheBellOpensItAndSeesThePlanIn3d() throws IOException {
        forget();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Coordinate at = CrsTransform.toWgs84(garden.x + 40, garden.y);
        String view = String.format(Locale.ROOT, "/#camera=%.6f,%.6f,600,0,-50&point=%.7f,%.7f&layers=buildings", at.x, at.y - 0.004, at.x, at.y);
        String title = "Browsertest melding " + System.nanoTime();

        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + view);
            login(page, RESIDENT);
            Locator bell = page.locator("#alerts-toggle button");
            assertThat(bell).hasAttribute("aria-label", "Meldingen, geen ongelezen");

            bell.click();
            page.locator("#alerts").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Instellingen")).click();
            Locator settings = page.locator("#alerts");
            settings.getByLabel("Het punt dat ik op de kaart koos").check();
            settings.getByLabel("Straal in meters (50 tot 5000)").fill("300");
            settings.getByLabel("Straal in meters (50 tot 5000)").press("Tab");
            assertThat(settings.locator(".alerts-preview")).containsText("in het afgelopen jaar",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            settings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Volg dit gebied")).click();
            assertThat(settings.locator(".alerts-areas li")).containsText("Cirkel van 300 meter rond een punt");
            assertThat(settings.getByLabel("Een nieuw plan in mijn gebied")).hasValue("email");
            Axe.assertNoSeriousViolations(page, "alerts settings");
            Files.write(Paths.get("target", "alerts-settings.png"), page.screenshot());

            publishPlanNear(garden, title);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE email = ? AND title LIKE ?")
                    .params(RESIDENT, "%" + title).query(Long.class).single() == 1);

            page.reload();
            waitFor(page, "document.body.dataset.session === 'user'", 120_000);
            assertThat(bell).hasAttribute("aria-label", "Meldingen 1 ongelezen", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(bell.locator(".alerts-badge")).hasText("1");
            bell.click();
            Locator item = page.locator("#alerts .alerts-list li").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(item).containsText("Nieuw plan in uw buurt: " + title);
            Axe.assertNoSeriousViolations(page, "alerts list");
            Files.write(Paths.get("target", "alerts-list.png"), page.screenshot());

            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk in 3D: Nieuw plan in uw buurt: " + title)).click();
            waitFor(page, "document.body.dataset.alertsUnread === '0' && document.body.dataset.alerts === 'closed'", 20_000);
            waitFor(page, "Number(document.body.dataset.publicPlans ?? 0) >= 1 && document.body.dataset.layerBuildings === 'ready'", 120_000);
            assertThat(bell).hasAttribute("aria-label", "Meldingen, geen ongelezen");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*camera=.*"));
            Files.write(Paths.get("target", "alerts-plan-in-3d.png"), page.screenshot());
        }
        new Mailbox(mail()).await(RESIDENT, title);
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    private void publishPlanNear(Coordinate garden, String title) {
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/plans/" + plan + "/publication", "{}").status()).isEqualTo(202);
        Http.Response approved = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD).post("/api/v1/plans/" + plan + "/publication/approve", "{}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    }
}
