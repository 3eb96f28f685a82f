package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.IntegrationTest;
import nl.stip.TestGeometry;
import nl.stip.geo.CrsTransform;
import nl.stip.importing.GisSamples;
import nl.stip.importing.ImportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13's journey in a real browser (nothing leaves 127.0.0.1): a municipality's real IMRO2012 plan (the centre of
 * Nijkerk) goes in with one command; a click in one of its bouwvlakken reads the bestemming, the bouwvlak and the
 * heights with the plan and artikel cited; an extension drawn half outside the bouwvlak shows the part outside in red;
 * the rule layer shows the bestemmingen in their standard colours in the legend; the national questions of an STTR
 * file come with the drawn design's answer filled in.
 */
class ImroJourneyBrowserIT extends IntegrationTest {

    private static final Path NIJKERK = GisSamples.fixture("imro/NL.IMRO.0267.BP0174-0001.gml");
    /** Inside bouwvlak NL.IMRO.9e7fc5db0e8e4080be7c6d067ccef883 of the Nijkerk plan (ImroImportIT). */
    private static final double IN_BOUWVLAK_X = 161522;
    private static final double IN_BOUWVLAK_Y = 470779;

    @Autowired
    ImportCommand command;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeThePlan() {
        jdbc.sql("DELETE FROM rule_plan WHERE identificatie = 'NL.IMRO.0267.BP0174-0001'").update();
    }

    @Test
    void aNewUserImportsARealPlanReadsItAtAPlaceAndSeesTheExtensionOutsideTheBouwvlakInRed() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(new String[] {"imro", NIJKERK.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

        Set<String> problems = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 800, problems)) {
            Page page = context.newPage();
            page.onPageError(error -> problems.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOn(IN_BOUWVLAK_X, IN_BOUWVLAK_Y) + "&layers=ruleAreas");
            page.waitForFunction("() => document.body.dataset.layerRuleAreas === 'ready' && document.body.dataset.map === 'ready'", null,
                    new Page.WaitForFunctionOptions().setTimeout(180_000));
            assertThat(page.locator("#legend .legend-functions")).containsText("Wonen", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(page.locator("#legend .legend-functions")).containsText("Tuin");
            page.evaluate("() => { document.getElementById('controls').open = false; }");

            // A click in the middle of the map: the camera looks at the point inside the bouwvlak.
            Locator map = page.locator("#map canvas");
            var box = map.boundingBox();
            map.click(new Locator.ClickOptions().setPosition(box.width / 2, box.height / 2));
            Locator panel = page.locator("#panel");
            LocatorAssertions.ContainsTextOptions slow = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
            assertThat(panel).containsText("Wonen — bouwvlak, max. 10 m hoog, goot 7 m", slow);
            assertThat(panel).containsText("Consolidatieplan Binnenstad Nijkerk");
            assertThat(panel).containsText("artikel 16");
            Files.writeString(Paths.get("target", "imro-lookup-panel.txt"), panel.innerText());

            // An extension of 10 × 4 m at the bouwvlak's west end: part of it lies outside, drawn in red.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            page.waitForFunction("() => document.body.dataset.plan === 'drawing'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            String ring = TestGeometry.rect(161505, 470774, 10, 4).replaceAll(".*\\[\\[(\\[.*\\])\\]\\].*", "[$1]");
            Locator plan = page.locator("#plan");
            plan.locator(".plan-typing summary").click();
            page.locator("#plan-corners").fill(ring);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruik deze hoeken")).click();
            Locator bouwvlak = plan.locator("[data-rule='binnen-bouwvlak']");
            try {
                assertThat(bouwvlak).containsText("buiten het bouwvlak", slow);
                assertThat(bouwvlak).hasAttribute("data-status", "attention");
                page.waitForFunction("() => Number(document.body.dataset.planRedParts) >= 1", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            } finally {
                Files.writeString(Paths.get("target", "imro-plan-panel.txt"), plan.innerText());
                Files.write(Paths.get("target", "imro-extension-outside-bouwvlak.png"), page.screenshot());
            }

            // Back in "Stip op de kaart" with the plan still drawn: the national questions (Amsterdam's STTR file in
            // the test context) take the drawn design's height, marked as filled in from the design and editable.
            plan.locator(".panel-back").click();
            page.evaluate("() => document.querySelectorAll('#panel details').forEach(d => { d.open = true; })");
            Locator bouwen = panel.locator("li.procedure", new Locator.LocatorOptions().setHasText("Conclusie Bouwen"));
            bouwen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beantwoord de vragen")).click();
            Locator higher = bouwen.locator("[data-question]", new Locator.LocatorOptions().setHasText("Wordt de aanbouw hoger dan 5 m?"));
            try {
                assertThat(higher.locator(".prefilled")).containsText("ingevuld uit uw ontwerp", slow);
                assertThat(higher.getByLabel("Nee")).isChecked();
            } finally {
                Files.writeString(Paths.get("target", "imro-questions-panel.txt"), panel.innerText());
            }
        }
        assertThat(problems).as("requests to other hosts, and page errors").isEmpty();
    }

    /** The camera 90 m up, south of the point, looking north at 60° down at it. */
    private static String cameraOn(double x, double y) {
        Coordinate at = CrsTransform.toWgs84(x, y);
        double height = 90;
        double back = height / Math.tan(Math.toRadians(60)) / 111_320.0;
        return String.format(Locale.ROOT, "#camera=%.7f,%.7f,%.1f,0,-60", at.x, at.y - back, height);
    }
}
