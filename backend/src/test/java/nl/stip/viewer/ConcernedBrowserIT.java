package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.DemoGarden;
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
import tools.jackson.databind.JsonNode;

/**
 * Who a plan concerns, in a real browser: the demo neighbour chooses a home next to a published plan (the building
 * selected on the map), confirms it with the code from the letter (in the demo also in the mail), opens the plan from
 * "Mijn woning", sees "Dit plan raakt u" and records an objection with a reason; the initiator then sees the tally and
 * the statement in the dossier's "Belanghebbenden" and downloads the statement PDF. Axe runs on each screen.
 */
class ConcernedBrowserIT extends IntegrationTest {

    static final String PASSWORD = "stip-demo-2026";
    static final String NEIGHBOUR = "bewoner@demo.stip.nl";
    static final Pattern CODE = Pattern.compile("\\b([A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4})\\b");

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetTheNeighboursHomeAndThePlans() {
        jdbc.sql("DELETE FROM plan WHERE title LIKE 'Browsertest buren%'").update();
        jdbc.sql("DELETE FROM resident_home WHERE email = ?").param(NEIGHBOUR).update();
    }

    @Test
    void theNeighbourConfirmsAHomeNearAPublishedPlanAndObjectsAndTheInitiatorSeesTheTallyAndTheStatement() throws IOException {
        String title = "Browsertest buren " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        long plan = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}").json().get("id").asLong();
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 3, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/plans/" + plan + "/publication", "{}").status()).isEqualTo(202);
        assertThat(new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD).post("/api/v1/plans/" + plan + "/publication/approve", "{}")
                .status()).isEqualTo(200);
        String pand = null;
        for (JsonNode party : owner.get("/api/v1/plans/" + plan + "/concerned").json().get("parties")) {
            if (party.get("type").asString().equals("building") && !party.get("id").asString().equals("0221100000311445")) {
                pand = party.get("id").asString();
                break;
            }
        }
        String point = jdbc.sql("SELECT ST_X(ST_PointOnSurface(footprint)) || ',' || ST_Y(ST_PointOnSurface(footprint)) FROM building "
                + "WHERE identificatie = ? AND current").param(pand).query(String.class).single();
        Coordinate home = CrsTransform.toWgs84(Double.parseDouble(point.split(",")[0]), Double.parseDouble(point.split(",")[1]));
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String camera = String.format(Locale.ROOT, "camera=%.6f,%.6f,250,0,-60&layers=buildings", at.x, at.y - 0.0015);
        // The neighbour's click on their house: the selection with the building, as a click on the map makes it.
        String clicked = String.format(Locale.ROOT, "/#%s&point=%.7f,%.7f&building=%s", camera, home.x, home.y, pand);
        Mailbox mailbox = new Mailbox(mail());
        int lettersBefore = (int) mailbox.mailsTo(NEIGHBOUR).stream().filter(m -> m.subject().contains("Brief met uw code")).count();
        String reason = "De serre neemt het licht uit mijn keuken.";

        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + clicked);
            login(page, NEIGHBOUR);
            page.locator("#home-toggle button").click();
            Locator panel = page.locator("#home");
            assertThat(panel.locator(".home-status")).containsText("U heeft nog geen woning gekozen.",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(panel.locator(".home-selected")).containsText(pand);
            Axe.assertNoSeriousViolations(page, "Mijn woning (no home)");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit gebouw is mijn woning")).click();
            assertThat(panel.locator(".home-status")).containsText("Nog niet bevestigd");
            assertThat(panel.locator(".home-status h3")).containsText("gebouw (pand) " + pand);

            Matcher code = CODE.matcher(mailbox.await(NEIGHBOUR, "Brief met uw code", lettersBefore + 1).text());
            assertThat(code.find()).isTrue();
            panel.getByLabel("Code (8 tekens)").fill("ZZZZ-ZZZZ");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevestig mijn woning")).click();
            assertThat(panel.locator(".home-message")).containsText("Deze code klopt niet.");
            Axe.assertNoSeriousViolations(page, "Mijn woning (code)");
            panel.getByLabel("Code (8 tekens)").fill(code.group(1));
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevestig mijn woning")).click();
            assertThat(panel.locator(".home-status")).hasAttribute("data-status", "confirmed");
            assertThat(panel.locator(".home-message")).containsText("Uw woning is bevestigd.");

            Locator row = panel.locator(".home-plans li[data-plan-id='" + plan + "']");
            assertThat(row).containsText(title);
            row.getByRole(AriaRole.BUTTON).click();
            Locator concerns = panel.locator(".concerns-you");
            assertThat(concerns).hasAttribute("data-concerned", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(concerns.locator("h3")).hasText("Dit plan raakt u");
            assertThat(concerns.locator(".concerns-you-place")).containsText("Uw woning ligt op");
            assertThat(concerns.locator(".concerns-you-place")).containsText("van het plan (zone 0 tot 25 meter)");
            Axe.assertNoSeriousViolations(page, "Dit plan raakt u");
            concerns.getByLabel("Ik maak bezwaar").check();
            concerns.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur mijn reactie")).click();
            assertThat(panel.locator(".home-message")).containsText("Schrijf waarom u bezwaar maakt");
            concerns.getByLabel("Uw reden (nodig bij bezwaar, hoogstens 2000 tekens)").fill(reason);
            concerns.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur mijn reactie")).click();
            assertThat(panel.locator(".home-message")).containsText("Uw reactie is opgeslagen.");
            assertThat(concerns.locator(".statement-own")).hasAttribute("data-kind", "objection");
            Files.write(Paths.get("target", "concerned-neighbour.png"), page.screenshot());
        }
        assertThat(jdbc.sql("SELECT kind || '|' || reason FROM concerned_statement WHERE plan_id = ? AND email = ?").params(plan, NEIGHBOUR)
                .query(String.class).single()).isEqualTo("objection|" + reason);

        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/#" + camera);
            login(page, "initiator@demo.stip.nl");
            page.locator("#my-plans-toggle button").click();
            Locator listRow = page.locator("#my-plans .my-plans-rows li").filter(new Locator.FilterOptions().setHasText(title));
            listRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open " + title)).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            Locator section = page.locator("#my-plans .plan-concerned");
            assertThat(section.locator("h3")).hasText("Belanghebbenden");
            assertThat(section.locator(".plan-concerned-tally li[data-ring='0-25']"))
                    .containsText("0 toestemming, 0 geen bezwaar, 1 bezwaar", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(section.locator(".plan-concerned-statements li[data-kind='objection']")).containsText(reason);
            // At least this neighbour (other tests' confirmed residents near the demo garden may count too: the context is shared).
            assertThat(section.locator(".plan-concerned-rings li[data-ring='0-25']")).containsText(Pattern.compile("\\b[1-9][0-9]* bevestigde bewoners"));
            waitFor(page, "Number(document.body.dataset.concernedParcels ?? -1) > 0", 30_000);
            Axe.assertNoSeriousViolations(page, "Belanghebbenden");
            Download download = page.waitForDownload(() -> section.locator(".plan-concerned-pdf").click());
            byte[] pdf = Files.readAllBytes(download.path());
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            reader.close();
            assertThat(text).contains("Verklaringen van belanghebbenden").contains(title).contains("Bezwaren (aantal): 1");
            Files.write(Paths.get("target", "concerned-initiator.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }
}
