package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.DemoGarden;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Plan tekenen" in a real browser (Debian's Chromium, software WebGL, nothing leaves 127.0.0.1): four corners clicked on
 * the ground in the garden of the demo house (pand 0221100000311445, 'wonen', at most 10 m), then 4 m passes the
 * maximum height; dragging the height handle up past 10 m fails it with the part above 10 m drawn in red, and a pitched
 * roof is then drawn as a roof. Slow rendering: waits on data attributes.
 */
class PlanDrawingBrowserIT extends IntegrationTest {

    /** Inside the demo house (LookupIT, CheckIT). */
    private static final double HOUSE_X = 205834.72;
    private static final double HOUSE_Y = 446338.68;

    @Autowired
    JdbcClient jdbc;

    @Test
    void drawsAPlanInTheGardenAndShowsThePartAboveTheHeightLimitInRed() throws IOException {
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(800, 600, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOnTheGarden());
            page.waitForFunction("() => document.body.dataset.layerBuildings === 'ready'", null, new Page.WaitForFunctionOptions().setTimeout(180_000));
            page.evaluate("() => { document.getElementById('controls').open = false; }");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            page.waitForFunction("() => document.body.dataset.plan === 'drawing' && document.body.dataset.planCorners === '0'", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            Locator map = page.locator("#map canvas");
            double[][] corners = {{-15, 20}, {15, 20}, {15, -20}, {-15, -20}}; // around the centre: a 3 m × 4 m-ish rectangle
            for (int i = 0; i < corners.length; i++) {
                var box = map.boundingBox();
                map.click(new Locator.ClickOptions().setPosition(box.width / 2 + corners[i][0], box.height / 2 + corners[i][1]));
                page.waitForFunction("n => document.body.dataset.planCorners === String(n)", i + 1, new Page.WaitForFunctionOptions().setTimeout(30_000));
                page.waitForTimeout(700); // not a double-click
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar")).click();
            page.waitForFunction("() => document.body.dataset.plan === 'closed'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));

            Locator panel = page.locator("#plan");
            Locator height = page.getByLabel("Hoogte in meters (hoogste punt)");
            Locator heightVerdict = panel.locator("[data-rule='max-hoogte']");
            LocatorAssertions.HasAttributeOptions slow = new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
            height.fill("4");
            assertThat(heightVerdict).hasAttribute("data-status", "pass", slow);
            assertThat(heightVerdict).containsText("4 m (grens 10 m)");
            assertThat(panel.locator(".plan-headline")).isVisible();
            assertThat(panel).containsText("Vergunning");

            // Drag the first corner a little further out: the outline changes and is checked again.
            String before = page.locator("#plan-corners").inputValue();
            var box = map.boundingBox();
            double fromX = box.x + box.width / 2 + corners[0][0];
            double fromY = box.y + box.height / 2 + corners[0][1];
            page.mouse().move(fromX, fromY);
            page.mouse().down();
            page.mouse().move(fromX - 8, fromY + 6, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
            page.mouse().up();
            page.waitForFunction("old => document.getElementById('plan-corners').value !== old", before,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(page.locator("#plan-corners").inputValue().split("\n")).hasSize(4);
            assertThat(heightVerdict).hasAttribute("data-status", "pass", slow);

            // Drag the height handle (the grip above the roof) up with the mouse, past the 10 m limit; the camera stays put.
            page.waitForFunction("() => /^\\d+,\\d+$/.test(document.body.dataset.planHeightHandle || '')", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            String[] handle = page.evaluate("() => document.body.dataset.planHeightHandle").toString().split(",");
            String cameraBefore = page.evaluate("() => window.location.hash").toString();
            box = map.boundingBox();
            double handleX = box.x + Double.parseDouble(handle[0]);
            double handleY = box.y + Double.parseDouble(handle[1]);
            page.mouse().move(handleX, handleY);
            page.mouse().down();
            page.mouse().move(handleX, handleY - 90, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
            page.mouse().up();
            page.waitForFunction("() => Number(document.getElementById('plan-height').value) > 10", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(heightVerdict).hasAttribute("data-status", "fail", slow);
            assertThat(page.evaluate("() => window.location.hash")).as("the camera did not move while dragging").isEqualTo(cameraBefore);
            assertThat(heightVerdict).containsText("te hoog");
            assertThat(panel.locator(".plan-headline")).containsText("Past niet");
            page.waitForFunction("() => Number(document.body.dataset.planRedParts) >= 1", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            heightVerdict.locator("summary").click();
            assertThat(heightVerdict).containsText("Waarom deze regel?");
            page.waitForTimeout(3_000); // let software WebGL draw the red part
            Files.write(Paths.get("target", "plan-too-high.png"), page.screenshot());

            // A pitched roof is drawn as a roof (walls to the eaves, roof planes to the ridge), still too high in red.
            assertThat(page.locator("body")).hasAttribute("data-plan-roof", "flat");
            page.locator("#plan-roof").selectOption("pitched");
            page.waitForFunction("() => document.body.dataset.planRoof === 'pitched'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(page.evaluate("() => document.body.dataset.planRoofShape").toString()).isIn("gable", "hipped");
            assertThat(panel.locator(".plan-roof-note")).containsText("Zo tekenen we het dak");
            assertThat(heightVerdict).hasAttribute("data-status", "fail", slow);
            page.waitForFunction("() => Number(document.body.dataset.planRedParts) >= 1", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            page.waitForTimeout(3_000); // let software WebGL draw the roof
            Files.write(Paths.get("target", "plan-pitched-roof.png"), page.screenshot());

            // The keyboard way: Page Down in the field lowers a metre, the button raises half a metre; each is one undo
            // step, and so is the whole drag: four undos bring back the flat 4 m volume.
            String dragged = height.inputValue();
            height.focus();
            page.keyboard().press("PageDown");
            assertThat(height).hasValue(decimal(Double.parseDouble(dragged) - 1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maak het bouwdeel een halve meter hoger")).click();
            assertThat(height).hasValue(decimal(Double.parseDouble(dragged) - 0.5));
            Locator undo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ongedaan maken"));
            for (int i = 0; i < 3; i++) {
                undo.click();
            }
            assertThat(height).hasValue(dragged);
            assertThat(page.locator("#plan-roof")).hasValue("flat");
            undo.click();
            assertThat(height).hasValue("4");

            // Back at 4 m the height fits again (the large hand-drawn outline may still break other rules); typed in
            // (the keyboard way), a 3 × 3 m extension in the middle of the garden fits every rule, and the panel says
            // what that means for the procedure, the time and the cost: no permit, so no term and no fee.
            assertThat(heightVerdict).hasAttribute("data-status", "pass", slow);
            DemoGarden garden = DemoGarden.find(jdbc);
            String ring = nl.stip.TestGeometry.rect(garden.centre().x, garden.centre().y, 3, 3).replaceAll(".*\\[\\[(\\[.*\\])\\]\\].*", "[$1]");
            page.locator("#plan .plan-typing summary").click();
            page.locator("#plan-corners").fill(ring);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruik deze hoeken")).click();
            try {
                assertThat(panel.locator(".plan-headline")).hasAttribute("data-compliant", "true", slow);
            } finally {
                Files.writeString(Paths.get("target", "plan-panel.txt"), panel.innerText());
            }
            Locator permit = panel.locator(".plan-permit");
            assertThat(permit).hasClass(java.util.regex.Pattern.compile("outcome-vergunningvrij"));
            assertThat(permit).containsText("Geen termijn: u hoeft niets aan te vragen.");
            assertThat(permit).containsText(java.util.regex.Pattern.compile("Geschatte kosten: €.?0"));

            page.setViewportSize(375, 740); // a phone: the plan panel stacks below the map
            page.waitForFunction("() => document.getElementById('plan').getBoundingClientRect().top >= document.getElementById('map').getBoundingClientRect().bottom - 1",
                    null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            var mapBox = page.locator("#map").boundingBox();
            var planBox = panel.boundingBox();
            assertThat(planBox.y).as("plan panel below the map").isGreaterThanOrEqualTo(mapBox.y + mapBox.height - 1);
            assertThat(planBox.width).as("plan panel as wide as the screen").isGreaterThan(360);
            Files.write(Paths.get("target", "plan-phone.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    @AfterEach
    void deleteTheSavedPlans() {
        jdbc.sql("DELETE FROM plan WHERE title LIKE 'Browsertest dossier%'").update();
    }

    @Test
    void logsInAsInitiatorThroughTheFormAndSavesTheExamplePlanAsADossier() {
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 700, foreign)) {
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOnTheGarden());
            page.waitForFunction("() => document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            page.evaluate("() => { document.getElementById('controls').open = false; }");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            page.waitForFunction("() => document.body.dataset.plan === 'closed'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            Locator save = page.locator("#plan .dossier-save");
            assertThat(save).hasText("Log in om uw plan te bewaren");

            save.click(); // opens the login form
            page.getByLabel("E-mailadres").fill("initiator@demo.stip.nl");
            page.getByLabel("Wachtwoord").fill("stip-demo-2026");
            page.locator("#login-form button[type=submit]").click();
            page.waitForFunction("() => document.body.dataset.session === 'user'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(page.locator("#account")).containsText("Uitloggen");

            page.getByLabel("Naam van uw plan").fill("Browsertest dossier " + System.nanoTime());
            assertThat(save).hasText("Bewaar als plan");
            save.click();
            Locator dossier = page.locator("#plan .dossier-plan");
            assertThat(dossier.locator(".dossier-version")).hasText("Versie 1", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(dossier.locator(".dossier-phase")).containsText("Fase:");

            assertThat(save).hasText("Bewaar nieuwe versie");
            save.click();
            assertThat(dossier.locator(".dossier-version")).hasText("Versie 2", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        }
    }

    @Test
    void theInitiatorPlacesAnUploadedGlbModelInTheSavedPlanAndSeesItsCheck() throws IOException {
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 700, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOnTheGarden());
            page.waitForFunction("() => document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            page.evaluate("() => { document.getElementById('controls').open = false; }");
            page.locator("#account .account-open").click();
            page.getByLabel("E-mailadres").fill("initiator@demo.stip.nl");
            page.getByLabel("Wachtwoord").fill("stip-demo-2026");
            page.locator("#login-form button[type=submit]").click();
            page.waitForFunction("() => document.body.dataset.session === 'user'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            Locator models = page.locator("#plan .plan-models");
            assertThat(models).containsText("Bewaar eerst uw plan");
            page.getByLabel("Naam van uw plan").fill("Browsertest dossier model " + System.nanoTime());
            Locator save = page.locator("#plan .dossier-save");
            save.click();
            Locator version = page.locator("#plan .dossier-plan .dossier-version");
            assertThat(version).hasText("Versie 1", new LocatorAssertions.HasTextOptions().setTimeout(30_000));

            page.setInputFiles("#model-file", new com.microsoft.playwright.options.FilePayload("kubus.glb", "model/gltf-binary",
                    nl.stip.TestGlb.box("")));
            page.waitForFunction("() => document.body.dataset.planModels === '1'", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
            assertThat(models.locator("[data-model='0']")).containsText("Model 1: kubus.glb");
            Locator result = page.locator("#plan .plan-result");
            assertThat(result).containsText("Dat toetsen we als u het plan bewaart");

            page.getByLabel("Schaal (1 = ware grootte)").fill("3");
            page.locator("#plan .plan-move button").nth(1).click(); // one metre east: the model moves, not the volume
            save.click();
            assertThat(version).hasText("Versie 2", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            Locator heightVerdict = result.locator("[data-rule='max-hoogte']");
            assertThat(heightVerdict).hasAttribute("data-status", "pass");
            assertThat(result.locator(".plan-model-note")).containsText("afgeleid van de omhullende doos van het model: 3 bij 3 meter");

            page.getByLabel("Schaal (1 = ware grootte)").fill("12");
            save.click();
            assertThat(version).hasText("Versie 3", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(heightVerdict).hasAttribute("data-status", "fail");
            assertThat(heightVerdict).containsText("12 m (grens 10 m)");
            page.waitForFunction("() => Number(document.body.dataset.planRedParts) >= 1", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            assertThat(page.locator("body")).hasAttribute("data-plan-models", "1");
            Files.write(Paths.get("target", "plan-model.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void theParcelIsInSightWhileDrawingAndAPartOnTheNeighboursParcelSaysSo() throws IOException {
        DemoGarden garden = DemoGarden.find(jdbc);
        String own = jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE id = ?").param(garden.parcelId()).query(String.class).single();
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 700, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/" + cameraOnTheGarden()); // parcel lines off
            page.waitForFunction("() => document.body.dataset.map === 'ready' && document.body.dataset.layerBuildings === 'ready'", null,
                    new Page.WaitForFunctionOptions().setTimeout(180_000));
            assertThat(page.locator("body")).not().hasAttribute("data-layer-parcels", "ready");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            Locator panel = page.locator("#plan");
            Locator ownParcel = panel.locator(".plan-own-parcel");
            assertThat(ownParcel).containsText("Uw perceel: nog niet bekend");
            page.waitForFunction("() => document.body.dataset.layerParcels === 'ready'", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            assertThat(page.locator("#layer-parcels")).isChecked();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            LocatorAssertions.HasAttributeOptions slow = new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);
            Locator inside = panel.locator("[data-rule='binnen-perceel']");
            assertThat(inside).hasAttribute("data-status", "pass", slow);
            // The parcel under the example is "uw perceel": named, outlined on the map, and said in the scene description.
            assertThat(ownParcel).containsText("Uw perceel: " + own);
            assertThat(ownParcel).containsText("paarse lijn");
            page.waitForFunction("() => Number(document.body.dataset.ownParcelRings) >= 1", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(page.locator("body")).hasAttribute("data-own-parcel", own);
            assertThat(page.locator("#map-status")).containsText("Uw perceel: " + own + ". Het is op de kaart met een dikke paarse lijn omlijnd.");
            page.waitForTimeout(2_000); // let software WebGL draw the outline
            Files.write(Paths.get("target", "plan-own-parcel.png"), page.screenshot());

            // A metre west at a time, onto the neighbour's parcel: "uw perceel" stays the same, the part over the line is
            // on the neighbour's parcel, and the boundary distance agrees (no "0 m, past").
            Locator west = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("← 1 m: schuif het bouwdeel 1 meter naar links (west)"));
            int presses = 0;
            while (!"fail".equals(inside.getAttribute("data-status"))) {
                assertThat(presses).as("west presses until the extension crosses the boundary").isLessThan(40);
                west.click();
                presses++;
                page.waitForFunction("() => document.body.dataset.planCheck === 'ok'", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            }
            assertThat(inside).containsText(java.util.regex.Pattern.compile("staat voor [0-9,]+ m² op (het perceel|de percelen) van de buren \\(DSB00 "));
            assertThat(inside).containsText("buiten uw perceel (" + own + ")");
            assertThat(ownParcel).containsText("Uw perceel: " + own);
            Locator distance = panel.locator("[data-rule='min-afstand-perceelgrens']");
            assertThat(distance).hasAttribute("data-status", "fail");
            assertThat(distance).containsText("gaat over de grens van uw perceel (" + own + ")");
            assertThat(distance.locator(".verdict-measured")).hasCount(0);
            assertThat(panel.locator(".plan-next [data-step]")).hasCount(2); // one fix (onto the own parcel), and asking
            assertThat(page.locator("#map-status")).containsText("Uw perceel: " + own);
            Files.write(Paths.get("target", "plan-on-the-neighbours-parcel.png"), page.screenshot());

            // Back east until it fits again; leaving the drawing puts the parcel lines back as they were.
            Locator east = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("→ 1 m: schuif het bouwdeel 1 meter naar rechts (oost)"));
            for (int i = 0; i < presses && !"true".equals(panel.locator(".plan-headline").getAttribute("data-compliant")); i++) {
                east.click();
                page.waitForFunction("() => document.body.dataset.planCheck === 'ok'", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
            }
            assertThat(panel.locator(".plan-headline")).hasAttribute("data-compliant", "true");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop met tekenen")).click();
            page.waitForFunction("() => document.body.dataset.plan === 'off' && document.body.dataset.layerParcels !== 'ready'", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            assertThat(page.locator("body")).hasAttribute("data-own-parcel-rings", "0");
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    /** A height as the field shows it: "32.8", "33". */
    private static String decimal(double metres) {
        return new java.math.BigDecimal(metres).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A camera 90 m up looking north at 60° down onto the middle of the house's garden. */
    private String cameraOnTheGarden() {
        Map<String, Object> row = jdbc.sql("""
                WITH p AS (SELECT geom FROM parcel WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 28992))),
                b AS (SELECT ST_Union(ST_Buffer(footprint, 0.5)) AS geom FROM building, p WHERE current AND ST_Intersects(footprint, p.geom)),
                g AS (SELECT (ST_MaximumInscribedCircle(ST_Difference(ST_Buffer(p.geom, -0.5), b.geom))).* FROM p, b)
                SELECT ST_X(g.center) AS gx, ST_Y(g.center) AS gy FROM g""").params(HOUSE_X, HOUSE_Y).query().singleRow();
        Coordinate garden = CrsTransform.toWgs84(((Number) row.get("gx")).doubleValue(), ((Number) row.get("gy")).doubleValue());
        double height = 90;
        double back = height / Math.tan(Math.toRadians(60)) / 111_320.0;
        return String.format(Locale.ROOT, "#camera=%.7f,%.7f,%.1f,0,-60&layers=buildings", garden.x, garden.y - back, height);
    }
}
