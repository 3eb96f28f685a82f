package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.stip.DemoGarden;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Bekijk de bezonning" in a real browser against the real study: an example extension in the garden of demo house
 * 0221100000311445 raised to 12 m, the panel lists the neighbours that lose sun with the day's sentence and the norm, the
 * Bezonning layer draws the facade strips and norm points, the time slider moves the shadow map's clock (Dutch time),
 * another day redraws, and a changed design forgets the study.
 */
class SunlightBrowserIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStudyOfADrawnExtensionShowsInThePanelAndOnTheMapAndTheSliderMovesTheShadows() throws Exception {
        Set<String> problems = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.strictContext(1280, 900, problems)) {
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOnTheGarden());
            ViewerSteps.waitFor(page, "document.body.dataset.layerBuildings === 'ready'", 180_000);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            Locator plan = page.locator("#plan");
            plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            page.getByLabel("Hoogte in meters (hoogste punt)").fill("12");
            LocatorAssertions.HasAttributeOptions slow = new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
            assertThat(plan.locator(".plan-headline")).hasAttribute("data-compliant", java.util.regex.Pattern.compile("true|false"), slow);

            Locator section = plan.locator("section.sunlight");
            assertThat(section).containsText("Bezonning");
            section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk de bezonning")).click();
            ViewerSteps.waitFor(page, "document.body.dataset.sunlight === 'ready'", 60_000);

            Locator first = section.locator(".sunlight-buildings li").first();
            assertThat(first).containsText("Gebouw 0221");
            assertThat(first).containsText(java.util.regex.Pattern.compile("Op 21 maart \\d+,\\d+ uur zon; met dit plan \\d+,\\d+ uur"));
            assertThat(first).containsText("TNO-norm");
            assertThat(section).containsText("Berekend met geschatte hoogtes.");
            assertThat(section).containsText("Er is geen wettelijke norm");
            assertThat(page.locator("body")).hasAttribute("data-sunlight-day", "2026-03-21");
            ViewerSteps.waitFor(page, "Number(document.body.dataset.sunlightNormPoints) >= 1", 30_000);
            int neighbours = section.locator(".sunlight-buildings li").count();
            assertThat(Integer.parseInt(page.locator("body").getAttribute("data-sunlight-norm-points"))).isEqualTo(neighbours);
            assertThat(page.locator("body")).hasAttribute("data-shadows", "on");
            assertThat(page.locator("body")).hasAttribute("data-sunlight-time", "13:00");
            // 13:00 on 21 March is CET: 12:00 UTC on the map's clock.
            assertThat(page.locator("body")).hasAttribute("data-shadow-time", "2026-03-21T12:00:00Z");

            // The slider: 08:30 in the morning.
            page.locator("#sunlight-time").evaluate("(el) => { el.value = '510'; el.dispatchEvent(new Event('input', { bubbles: true })); }");
            assertThat(page.locator("body")).hasAttribute("data-sunlight-time", "08:30");
            assertThat(page.locator("body")).hasAttribute("data-shadow-time", "2026-03-21T07:30:00Z");
            assertThat(page.locator("#sunlight-clock")).hasText("08:30");

            // Another day: 21 June is summer time, so 08:30 is 06:30 UTC.
            page.locator("#sunlight-day").selectOption("2026-06-21");
            assertThat(page.locator("body")).hasAttribute("data-sunlight-day", "2026-06-21");
            assertThat(page.locator("body")).hasAttribute("data-shadow-time", "2026-06-21T06:30:00Z");
            Files.write(Paths.get("target", "sunlight-12m.png"), page.screenshot());

            // A lower design is another plan: the study of the 12 m one is gone, and so are its strips and shadows.
            page.getByLabel("Hoogte in meters (hoogste punt)").fill("6");
            assertThat(page.locator("body")).hasAttribute("data-sunlight", "idle", slow);
            assertThat(page.locator("body")).hasAttribute("data-sunlight-norm-points", "0");
            assertThat(page.locator("body")).hasAttribute("data-shadows", "off");
            assertThat(section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk de bezonning"))).isVisible();
        }
        assertThat(problems).as("console errors, page errors or requests leaving 127.0.0.1").isEmpty();
    }

    private String cameraOnTheGarden() {
        DemoGarden garden = DemoGarden.find(jdbc);
        Coordinate at = CrsTransform.toWgs84(garden.centre().x, garden.centre().y);
        double height = 90;
        double back = height / Math.tan(Math.toRadians(60)) / 111_320.0;
        return String.format(Locale.ROOT, "#camera=%.7f,%.7f,%.1f,0,-60&layers=buildings", at.x, at.y - back, height);
    }
}
