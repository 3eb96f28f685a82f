package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.NEIGHBOUR;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.openPlan;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;

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
 * Issue 10's "done when" in one go, in a real browser with axe on the screens: the demo neighbour confirms a home next
 * to the demo garden with the letter code and follows the area around it; the demo initiator shares a plan there with
 * the demo advisor, who comments privately, and asks to publish it; the planner approves; the neighbour then finds the
 * alert behind the bell (and in the mail), opens the plan in 3D, sees "Dit plan raakt u" and objects with a reason; the
 * initiator sees the tally and the statement. Every step through the viewer; only the plan's design is made through
 * the API (the drawing has its own browser test).
 */
class NeighbourJourneyBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest reis";
    static final String DEMO_HOUSE = "0221100000311445";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlanAndTheNeighbour() {
        ViewerSteps.deletePlans(jdbc, TITLE);
        ViewerSteps.forgetResident(jdbc, NEIGHBOUR);
    }

    @Test
    void theNeighbourHearsOfAPlanNextDoorOpensItIn3dAndObjectsAndTheInitiatorSeesIt() throws IOException {
        String title = TITLE + " " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Browser api = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        Http.Response created = api.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        assertThat(api.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);

        // The neighbour's home: the building nearest the plan other than the demo house itself.
        String pand = jdbc.sql("SELECT identificatie FROM building WHERE current AND identificatie <> ? "
                + "ORDER BY footprint <-> ST_SetSRID(ST_MakePoint(?, ?), 28992) LIMIT 1").params(DEMO_HOUSE, garden.x, garden.y).query(String.class).single();
        String point = jdbc.sql("SELECT ST_X(ST_PointOnSurface(footprint)) || ',' || ST_Y(ST_PointOnSurface(footprint)) FROM building "
                + "WHERE identificatie = ? AND current").param(pand).query(String.class).single();
        Coordinate home = CrsTransform.toWgs84(Double.parseDouble(point.split(",")[0]), Double.parseDouble(point.split(",")[1]));
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String camera = String.format(Locale.ROOT, "camera=%.6f,%.6f,250,0,-60&layers=buildings", at.x, at.y - 0.0015);
        String base = "http://127.0.0.1:" + port;
        Mailbox mailbox = new Mailbox(mail());
        int lettersBefore = (int) mailbox.mailsTo(NEIGHBOUR).stream().filter(m -> m.subject().contains("Brief met uw code")).count();
        int invitationsBefore = (int) mailbox.mailsTo("adviseur@demo.stip.nl").stream().filter(m -> m.subject().contains("uitgenodigd")).count();
        String comment = "Let op: de goot komt over de erfgrens.";
        String reason = "De aanbouw neemt het licht uit mijn tuin.";
        Set<String> foreign = new ConcurrentSkipListSet<>();

        // 1. The neighbour clicks their house, makes it their home, confirms it with the letter's code, follows the area.
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + String.format(Locale.ROOT, "/#%s&point=%.7f,%.7f&building=%s", camera, home.x, home.y, pand));
            login(page, NEIGHBOUR);
            page.locator("#home-toggle button").click();
            Locator panel = page.locator("#home");
            assertThat(panel.locator(".home-selected")).containsText(pand, new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit gebouw is mijn woning")).click();
            assertThat(panel.locator(".home-status")).containsText("Nog niet bevestigd");
            Matcher code = ConcernedBrowserIT.CODE.matcher(mailbox.await(NEIGHBOUR, "Brief met uw code", lettersBefore + 1).text());
            assertThat(code.find()).isTrue();
            panel.getByLabel("Code (8 tekens)").fill(code.group(1));
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevestig mijn woning")).click();
            assertThat(panel.locator(".home-status")).hasAttribute("data-status", "confirmed");
            Axe.assertNoSeriousViolations(page, "Mijn woning (confirmed)");

            Locator bell = page.locator("#alerts-toggle button");
            assertThat(bell).hasAttribute("aria-label", "Meldingen, geen ongelezen");
            bell.click();
            Locator alerts = page.locator("#alerts");
            alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Instellingen")).click();
            alerts.getByLabel("Mijn woning (bevestigd adres)").check();
            alerts.getByLabel("Straal in meters (50 tot 5000)").fill("300");
            alerts.getByLabel("Straal in meters (50 tot 5000)").press("Tab");
            assertThat(alerts.locator(".alerts-preview")).containsText("in het afgelopen jaar", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Volg dit gebied")).click();
            assertThat(alerts.locator(".alerts-areas li")).containsText("Cirkel van 300 meter rond mijn woning");
            assertThat(alerts.getByLabel("Een nieuw plan in mijn gebied")).hasValue("email");
            Axe.assertNoSeriousViolations(page, "alerts settings");
        }

        // 2. The initiator invites the advisor from the dossier and asks to publish.
        String view = "/#" + camera;
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + view);
            login(page, "initiator@demo.stip.nl");
            Locator panel = openPlan(page, title);
            Locator sharing = panel.locator(".plan-sharing");
            sharing.getByLabel("E-mailadres").fill("adviseur@demo.stip.nl");
            sharing.getByLabel("Rol").selectOption("advisor");
            sharing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodigen")).click();
            assertThat(sharing.locator(".plan-invitations li[data-status='pending']")).containsText("adviseur@demo.stip.nl",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            Locator publication = panel.locator(".plan-publication");
            publication.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vraag om te publiceren")).click();
            assertThat(publication).hasAttribute("data-state", "requested");
            Axe.assertNoSeriousViolations(page, "dossier with sharing");
        }

        // 3. The advisor takes the invitation from the mail and comments privately.
        String token = mailbox.await("adviseur@demo.stip.nl", "uitgenodigd", invitationsBefore + 1).link("invitation");
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + view);
            login(page, "adviseur@demo.stip.nl");
            page.navigate(base + "/?invitation=" + token + view.substring(1));
            waitFor(page, "document.body.dataset.invitation === 'ready' && document.body.dataset.session === 'user'", 60_000);
            Locator dialog = page.locator("#invitation-dialog");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodiging aannemen")).click();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open het plan")).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            Locator comments = page.locator("#my-plans .plan-comments");
            comments.getByLabel("Uw opmerking").fill(comment);
            comments.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opmerking plaatsen")).click();
            assertThat(comments.locator(".plan-comment-rows li")).containsText(comment);
        }

        // 4. The planner sees the comment and approves the publication.
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + view);
            login(page, "planner@demo.stip.nl");
            Locator panel = openPlan(page, title);
            assertThat(panel.locator(".plan-comments .plan-comment-rows li")).containsText(comment);
            Locator publication = panel.locator(".plan-publication");
            publication.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
            assertThat(publication).hasAttribute("data-state", "published");
        }

        // 5. The neighbour: the bell, the plan in 3D, "Dit plan raakt u", an objection with a reason.
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + "/#" + camera);
            login(page, NEIGHBOUR);
            Locator bell = page.locator("#alerts-toggle button");
            assertThat(bell).hasAttribute("aria-label", "Meldingen 1 ongelezen", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            bell.click();
            Locator item = page.locator("#alerts .alerts-list li").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(item).containsText("Nieuw plan in uw buurt: " + title);
            Axe.assertNoSeriousViolations(page, "alerts list");
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk in 3D: Nieuw plan in uw buurt: " + title)).click();
            waitFor(page, "document.body.dataset.alertsUnread === '0' && Number(document.body.dataset.publicPlans ?? 0) >= 1"
                    + " && document.body.dataset.layerBuildings === 'ready'", 120_000);
            Files.write(Paths.get("target", "journey-plan-in-3d.png"), page.screenshot());

            // The alert opened "Dit plan raakt u" in "Mijn woning" (the neighbour may not open the dossier).
            Locator panel = page.locator("#home");
            Locator concerns = panel.locator(".concerns-you[data-plan-id='" + plan + "']");
            assertThat(concerns.locator(".concerns-you-plan")).hasText(title, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(concerns).hasAttribute("data-concerned", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(concerns.locator("h3")).hasText("Dit plan raakt u");
            Axe.assertNoSeriousViolations(page, "Dit plan raakt u");
            concerns.getByLabel("Ik maak bezwaar").check();
            concerns.getByLabel("Uw reden (nodig bij bezwaar, hoogstens 2000 tekens)").fill(reason);
            concerns.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur mijn reactie")).click();
            assertThat(panel.locator(".home-message")).containsText("Uw reactie is opgeslagen.");
            assertThat(concerns.locator(".statement-own")).hasAttribute("data-kind", "objection");
        }
        assertThat(mailbox.await(NEIGHBOUR, title).text()).contains(title);

        // 6. The initiator sees the tally and the statement.
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(base + view);
            login(page, "initiator@demo.stip.nl");
            openPlan(page, title);
            Locator section = page.locator("#my-plans .plan-concerned");
            assertThat(section.locator(".plan-concerned-tally")).containsText("1 bezwaar", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(section.locator(".plan-concerned-statements li[data-kind='objection']")).containsText(reason);
            Axe.assertNoSeriousViolations(page, "Belanghebbenden");
            Files.write(Paths.get("target", "journey-initiator.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }
}
