package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.openPlan;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planner's round screens in a real browser: in a published plan's dossier the planner fills in a new round
 * (title, period, questions, interactions, moderation, audience, reply depth), opens it, looks at it in the round
 * panel (life cycle, questions, moderation queue) and closes it; what the form sent is what the round holds. Axe on
 * the form and the panel; no page error, no request leaves 127.0.0.1.
 */
class RoundPlannerBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest planner ronde";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    @Test
    void thePlannerCreatesOpensAndClosesARoundOnAPublishedPlan() {
        String title = TITLE + " " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        Http.Response created = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}");
        long plan = created.json().get("id").asLong();
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 4, 4) + ",\"baseHeight\":0,\"height\":4,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/plans/" + plan + "/publication", "{}").status()).isEqualTo(202);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        assertThat(planner.post("/api/v1/plans/" + plan + "/publication/approve", "{}").status()).isEqualTo(200);
        Coordinate at = CrsTransform.toWgs84(garden.x, garden.y);
        String camera = String.format(Locale.ROOT, "camera=%.6f,%.6f,250,0,-60&layers=buildings", at.x, at.y - 0.0015);
        Set<String> foreign = new ConcurrentSkipListSet<>();

        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/#" + camera);
            login(page, "planner@demo.stip.nl");
            Locator dossier = openPlan(page, title);
            Locator rounds = dossier.locator(".plan-rounds");
            assertThat(rounds.locator(".plan-rounds-list")).containsText("Dit plan heeft nog geen inspraakronde.",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(rounds.locator("#plan-rounds-new-title")).hasText("Nieuwe inspraakronde");
            rounds.getByLabel("Titel", new Locator.GetByLabelOptions().setExact(true)).fill("Tweede mening over de aanbouw");
            rounds.getByLabel("Uitleg (mag leeg)").fill("Zeg wat u ervan vindt.");
            rounds.getByLabel("Vragen", new Locator.GetByLabelOptions().setExact(false)).fill("schaal: Past het in de straat?\nkeuze: Welke kant? | voor | achter");
            rounds.getByLabel("Vooraf: eerst goedkeuren, dan online").check();
            rounds.getByLabel("Op reacties reageren").uncheck();
            Axe.assertNoSeriousViolations(page, "dossier with the new round form");
            rounds.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Maak de ronde aan")).click();
            assertThat(rounds.locator(".plan-rounds-message")).containsText("De ronde is aangemaakt");
            Locator row = rounds.locator(".plan-rounds-rows li").filter(new Locator.FilterOptions().setHasText("Tweede mening over de aanbouw"));
            assertThat(row).hasAttribute("data-state", "draft");
            long round = Long.parseLong(row.getAttribute("data-round-id"));
            Http.Response stored = planner.get("/api/v1/rounds/" + round);
            assertThat(stored.json().get("moderation").asString()).isEqualTo("pre");
            assertThat(stored.json().get("interactions").get("replies").asBoolean()).isFalse();
            assertThat(stored.json().get("questions").size()).isEqualTo(2);
            assertThat(stored.json().get("questions").get(1).get("options").size()).isEqualTo(2);

            // A start that has passed cannot be planned: the planner reads why and what to do instead.
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open vanzelf bij het begin")).click();
            assertThat(rounds.locator(".plan-rounds-message")).containsText("Het begin van deze ronde is al voorbij");
            assertThat(row.locator(".plan-rounds-scheduled")).hasCount(0);
            // A round starting later opens by itself once planned; taking that off again leaves it waiting for the planner.
            rounds.getByLabel("Titel", new Locator.GetByLabelOptions().setExact(true)).fill("Later in het jaar");
            rounds.getByLabel("Begint op").fill("2030-01-07T10:00");
            rounds.getByLabel("Eindigt op").fill("2030-01-21T17:00");
            rounds.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Maak de ronde aan")).click();
            Locator later = rounds.locator(".plan-rounds-rows li").filter(new Locator.FilterOptions().setHasText("Later in het jaar"));
            assertThat(later).hasAttribute("data-state", "draft");
            long laterId = Long.parseLong(later.getAttribute("data-round-id"));
            later.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open vanzelf bij het begin")).click();
            assertThat(later.locator(".plan-rounds-scheduled")).containsText("Gaat vanzelf open op");
            assertThat(planner.get("/api/v1/rounds/" + laterId).json().get("scheduled").asBoolean()).isTrue();
            later.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet vanzelf openen")).click();
            assertThat(later.locator(".plan-rounds-scheduled")).hasCount(0);
            assertThat(rounds.locator(".plan-rounds-message")).containsText("gaat niet meer vanzelf open");
            assertThat(planner.get("/api/v1/rounds/" + laterId).json().get("scheduled").asBoolean()).isFalse();

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open de ronde")).click();
            assertThat(row.locator(".plan-rounds-open")).hasCount(0);
            assertThat(rounds.locator(".plan-rounds-rows li[data-round-id='" + round + "']")).hasAttribute("data-state", "open");
            rounds.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk ronde: Tweede mening over de aanbouw")).click();
            waitFor(page, "document.body.dataset.round === 'ok' && document.body.dataset.panel === 'round'", 30_000);
            Locator panel = page.locator("#round");
            assertThat(panel.locator(".round-state")).containsText("Open: u kunt meedoen");
            assertThat(panel.locator(".round-rules")).containsText("eerst bekeken door de gemeente");
            assertThat(panel.locator(".round-question")).hasCount(2);
            assertThat(panel.locator(".round-moderation")).isVisible();
            Axe.assertNoSeriousViolations(page, "round panel (planner)");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluit de ronde")).click();
            assertThat(panel.locator(".round-state")).containsText("Gesloten", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(panel.locator(".round-not-open")).hasText("Deze ronde is niet open. U kunt nu niet reageren.");
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
