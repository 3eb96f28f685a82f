package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
 * Sharing in a real browser: the demo initiator invites the demo advisor from the dossier's "Delen" and asks to
 * publish; the advisor, logged in, opens the link from the (GreenMail) mail, takes the invitation on the landing and
 * comments privately; the planner approves the publication; an anonymous visitor then sees the plan's volume among the
 * buildings. The plan itself is made through the API, as the drawing has its own browser test.
 */
class SharingBrowserIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void deleteThePlans() {
        ViewerSteps.deletePlans(jdbc, "Browsertest delen");
    }

    @Test
    void theInitiatorSharesWithTheAdvisorWhoCommentsAndAPublishedPlanShowsToEveryone() throws IOException {
        String title = "Browsertest delen " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Browser api = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        Http.Response created = api.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        long plan = created.json().get("id").asLong();
        assertThat(api.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String view = String.format(Locale.ROOT, "/#camera=%.6f,%.6f,200,0,-60&layers=buildings", at.x, at.y - 0.0012);
        Mailbox mailbox = new Mailbox(mail());
        int mailsBefore = (int) mailbox.mailsTo("adviseur@demo.stip.nl").stream().filter(m -> m.subject().contains("uitgenodigd")).count();

        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext owner = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = owner.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + view);
            login(page, "initiator@demo.stip.nl");
            Locator panel = openPlan(page, title);
            Locator sharing = panel.locator(".plan-sharing");
            assertThat(sharing).containsText("U heeft nog niemand uitgenodigd.");
            sharing.getByLabel("E-mailadres").fill("adviseur@demo.stip.nl");
            sharing.getByLabel("Rol").selectOption("advisor");
            sharing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodigen")).click();
            Locator invitation = sharing.locator(".plan-invitations li[data-status='pending']");
            assertThat(invitation).containsText("adviseur@demo.stip.nl", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(invitation).containsText("Adviseur");
            assertThat(panel.locator(".plan-sharing-message")).containsText("Uitnodiging verstuurd naar adviseur@demo.stip.nl");

            Locator publication = panel.locator(".plan-publication");
            assertThat(publication).hasAttribute("data-state", "private");
            publication.getByLabel("Naam die anderen zien (mag leeg blijven)").fill("Familie Jansen");
            publication.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vraag om te publiceren")).click();
            assertThat(publication).hasAttribute("data-state", "requested");
            assertThat(publication.locator(".plan-publication-state")).containsText("De gemeente beslist.");
            Files.write(Paths.get("target", "sharing-owner.png"), page.screenshot());
        }

        String token = mailbox.await("adviseur@demo.stip.nl", "uitgenodigd", mailsBefore + 1).link("invitation");
        String comment = "Let op: de goot komt over de erfgrens.";
        try (BrowserContext advisor = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = advisor.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + view);
            login(page, "adviseur@demo.stip.nl");
            page.navigate("http://127.0.0.1:" + port + "/?invitation=" + token + view.substring(1));
            waitFor(page, "document.body.dataset.invitation === 'ready' && document.body.dataset.session === 'user'", 60_000);
            Locator dialog = page.locator("#invitation-dialog");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitnodiging aannemen")).click();
            assertThat(dialog).containsText("Gelukt. U doet nu mee aan \"" + title + "\" als adviseur.");
            assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*invitation=.*"));
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open het plan")).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            Locator panel = page.locator("#my-plans");
            assertThat(panel.locator(".plan-role")).hasText("Uw rol bij dit plan: adviseur");
            assertThat(panel.locator(".plan-sharing")).isHidden();
            Locator comments = panel.locator(".plan-comments");
            assertThat(comments).containsText("Er zijn nog geen opmerkingen.");
            comments.getByLabel("Uw opmerking").fill(comment);
            comments.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opmerking plaatsen")).click();
            assertThat(comments.locator(".plan-comment-rows li")).containsText(comment);
            assertThat(comments.locator(".plan-comment-rows li")).containsText("adviseur@demo.stip.nl (adviseur)");
            Files.write(Paths.get("target", "sharing-advisor.png"), page.screenshot());
        }

        try (BrowserContext planner = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = planner.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + view);
            login(page, "planner@demo.stip.nl");
            Locator panel = openPlan(page, title);
            assertThat(panel.locator(".plan-comments .plan-comment-rows li")).containsText(comment);
            Locator publication = panel.locator(".plan-publication");
            assertThat(publication).hasAttribute("data-state", "requested");
            publication.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
            assertThat(publication).hasAttribute("data-state", "published");
            assertThat(publication.locator(".plan-publication-state")).containsText("Dit plan is openbaar sinds");
        }

        try (BrowserContext visitor = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = visitor.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + view);
            waitFor(page, "document.body.dataset.session === 'anonymous' && Number(document.body.dataset.publicPlans ?? 0) >= 1"
                    + " && document.body.dataset.layerBuildings === 'ready' && document.body.dataset.firstRender !== undefined", 180_000);
            page.evaluate("() => { document.getElementById('controls').open = false; }");
            Files.write(Paths.get("target", "sharing-public-plan.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }
}
