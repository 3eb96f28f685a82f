package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The viewer for everyone (WCAG 2.1 AA), in a real browser (Debian's Chromium, software WebGL, nothing leaves
 * 127.0.0.1): axe-core on every main screen at 1280×800 and 390×844; one side panel at a time that leaves the map at
 * least 60 % of the width; on a phone the panel's headline in view without scrolling; no sideways scrolling at 320 px;
 * and a plan drawn, checked and made to fit with the keyboard alone, its verdict announced in a live region.
 */
class AccessibilityBrowserIT extends IntegrationTest {

    private static final double FIRST_RENDER_MS = 180_000;
    private static final String TITLE = "Browsertest toegankelijk";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteTheSavedPlans() {
        jdbc.sql("DELETE FROM plan WHERE title LIKE '" + TITLE + "%'").update();
    }

    @Test
    void everyMainScreenPassesAxeAndTheOnePanelLayoutLeavesTheMapInView() throws IOException {
        Set<String> foreign = new ConcurrentSkipListSet<>();
        List<String> violations = new ArrayList<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(url("/" + cameraOnTheGarden()));
            waitFor(page, "document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", FIRST_RENDER_MS);
            axe(page, "home 1280×800", violations);
            assertThat(page.locator(".cesium-widget-credits img[src*='ion-credit'], .cesium-credit-logoContainer img")).hasCount(0);

            // "Stip op de kaart" for the house, every part opened.
            page.navigate(url("/#point=6.1350682,52.0137594&layers=buildings"));
            Locator lookup = page.locator("#panel");
            assertThat(lookup).containsText("Wat mag ik hier bouwen?", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#map-status")).containsText("Gekozen");
            page.evaluate("() => document.querySelectorAll('#panel details').forEach(d => { d.open = true; })");
            axe(page, "lookup panel 1280×800", violations);

            // The plan panel with a check result; the layer box folds away by itself while drawing.
            page.navigate(url("/" + cameraOnTheGarden()));
            waitFor(page, "document.body.dataset.map === 'ready' && document.body.dataset.layerBuildings === 'ready'", FIRST_RENDER_MS);
            assertThat(page.locator("#controls")).hasAttribute("open", "");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            assertThat(page.locator("#controls")).not().hasAttribute("open", "");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            waitFor(page, "document.body.dataset.planCheck === 'ok'", 60_000);
            page.evaluate("() => document.querySelectorAll('#plan details').forEach(d => { d.open = true; })");
            axe(page, "plan panel with a check 1280×800", violations);

            // The login form and the sign-up dialog.
            page.locator("#account .account-open").click();
            axe(page, "login form", violations);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
            waitFor(page, "document.body.dataset.accountView === 'signup'", 10_000);
            axe(page, "sign-up dialog", violations);
            page.keyboard().press("Escape");
            waitFor(page, "document.body.dataset.accountView === 'closed'", 10_000);

            // Logged in, the plan saved; "Mijn plannen" and the dossier take the one side panel, "Terug" leads back.
            page.locator("#account .account-open").click();
            page.locator("#login-form").getByLabel("E-mailadres").fill("initiator@demo.stip.nl");
            page.locator("#login-form").getByLabel("Wachtwoord").fill("stip-demo-2026");
            page.locator("#login-form button[type=submit]").click();
            waitFor(page, "document.body.dataset.session === 'user'", 30_000);
            String title = TITLE + " " + System.nanoTime();
            page.getByLabel("Naam van uw plan").fill(title);
            page.locator("#plan .dossier-save").click();
            assertThat(page.locator("#plan .dossier-plan .dossier-version")).hasText("Versie 1", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            page.locator("#my-plans-toggle button").click();
            Locator myPlans = page.locator("#my-plans");
            Locator row = myPlans.locator(".my-plans-rows li").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(row).containsText("Versie 1", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            axe(page, "my plans 1280×800", violations);
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open " + title)).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            axe(page, "dossier 1280×800", violations);
            Files.write(Paths.get("target", "a11y-dossier-desktop.png"), page.screenshot());

            assertThat(page.locator("#plan")).isHidden();
            assertThat(page.locator("#panel")).isHidden();
            double mapWidth = page.locator("#map").boundingBox().width;
            assertThat(mapWidth / 1280).as("share of the width the map keeps with plan and dossier open").isGreaterThanOrEqualTo(0.6);
            myPlans.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terug naar Plan tekenen")).click();
            assertThat(page.locator("#plan")).isVisible();
            assertThat(myPlans).isHidden();
            page.locator("#my-plans-toggle button").click(); // back to the dossier, still open
            assertThat(myPlans.locator(".plan-dossier")).isVisible();

            // A phone: a bottom sheet under the map, its headline in view at once; then axe again.
            page.setViewportSize(390, 844);
            waitFor(page, "document.getElementById('my-plans').getBoundingClientRect().top >= document.getElementById('map').getBoundingClientRect().bottom - 1", 10_000);
            assertHeadlineInView(page, "#my-plans");
            axe(page, "dossier 390×844", violations);
            Files.write(Paths.get("target", "a11y-dossier-phone.png"), page.screenshot());
            myPlans.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terug naar Plan tekenen")).click();
            assertHeadlineInView(page, "#plan");
            axe(page, "plan panel 390×844", violations);
            assertThat(page.locator("#map").boundingBox().height).as("the map stays usable above the sheet").isGreaterThan(200);

            // 200 % zoom of a 1280×800 window is a 640×400 viewport: still one panel beside a map of at least 60 %.
            page.setViewportSize(640, 400);
            assertThat(page.locator("#map").boundingBox().width / 640).as("map share at 200 % zoom").isGreaterThanOrEqualTo(0.6);
            assertNoSidewaysScroll(page, "#plan");

            // 320 px wide (WCAG 1.4.10 reflow; 400 % zoom of a 1280 px window): nothing scrolls sideways.
            page.setViewportSize(320, 640);
            assertNoSidewaysScroll(page, "#plan");
            page.locator("#my-plans-toggle button").click();
            assertNoSidewaysScroll(page, "#my-plans");
        }
        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations (axe-core)").isEmpty();
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void aKeyboardUserDrawsAPlanMakesItFitAndHearsTheVerdict() throws IOException {
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate(url("/" + cameraOnTheGarden()));
            waitFor(page, "document.body.dataset.map === 'ready' && document.body.dataset.layerBuildings === 'ready'", FIRST_RENDER_MS);

            // The map by keyboard: Tab to it; an arrow moves the camera (the address bar follows), the other one back.
            String atMap = null;
            for (int i = 0; i < 60 && atMap == null; i++) {
                page.keyboard().press("Tab");
                atMap = Boolean.TRUE.equals(page.evaluate("() => document.activeElement?.id === 'map'")) ? "yes" : null;
            }
            assertThat(atMap).as("Tab reaches the map").isNotNull();
            double lat = cameraLat(page);
            page.keyboard().press("ArrowUp");
            waitFor(page, "Number(new URLSearchParams(location.hash.slice(1)).get('camera')?.split(',')[1]) > " + (lat + 0.0001), 30_000);
            page.keyboard().press("ArrowDown");
            waitFor(page, "Math.abs(Number(new URLSearchParams(location.hash.slice(1)).get('camera')?.split(',')[1]) - " + lat + ") < 0.00002", 30_000);

            tabTo(page, "Plan tekenen", "Shift+Tab");
            page.keyboard().press("Enter");
            waitFor(page, "document.body.dataset.plan === 'drawing'", 10_000);
            tabTo(page, "Teken een voorbeeld hier");
            page.keyboard().press("Enter");
            waitFor(page, "document.body.dataset.planCheck === 'ok'", 60_000);
            Locator verdict = page.locator("#plan [aria-live='polite'].plan-summary");
            assertThat(verdict).containsText("Past");
            // The example stands where the view was asked to look (the garden), also while the camera was still flying
            // back from the arrow key: its parcel is "uw perceel", not one the camera passed on its way.
            DemoGarden garden = DemoGarden.find(jdbc);
            String gardenParcel = jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE id = ?").param(garden.parcelId()).query(String.class).single();
            assertThat(page.locator("#plan .plan-own-parcel")).hasAttribute("data-own-parcel", gardenParcel);

            // The corners typed: a 3 × 3 m extension in the middle of the garden fits.
            tabTo(page, "Hoeken intypen of plakken");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(page.locator("#plan-corners")).isFocused();
            page.keyboard().press("Control+A");
            page.keyboard().type(corners(garden.centre(), 3));
            tabTo(page, "Gebruik deze hoeken");
            page.keyboard().press("Enter");
            assertThat(verdict).containsText("Past binnen de regels", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

            // Too high: the verdict says so, and the text description of the 3D view says what is red and where.
            tabTo(page, "Hoogte in meters (hoogste punt)");
            page.keyboard().press("Control+A");
            page.keyboard().type("12");
            assertThat(verdict).containsText("Past niet", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            Locator mapStatus = page.locator("#map-status");
            assertThat(mapStatus).hasAttribute("aria-live", "polite");
            assertThat(mapStatus).containsText("Maximale bouwhoogte");
            assertThat(mapStatus).containsText("Rood getekend: bouwdeel 1 boven 10 m");
            Files.write(Paths.get("target", "a11y-keyboard-plan.png"), page.screenshot());

            // Back to 3 m with Page Down in the field: it fits again.
            for (int i = 0; i < 9; i++) {
                page.keyboard().press("PageDown");
            }
            assertThat(page.locator("#plan-height")).hasValue("3");
            assertThat(verdict).containsText("Past binnen de regels", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            String focusOutline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle").toString();
            assertThat(focusOutline).as("visible focus on the height field").isNotEqualTo("none");
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    private static void axe(Page page, String screen, List<String> violations) {
        Axe.seriousViolations(page).forEach(v -> violations.add(screen + ": " + v));
    }

    private static double cameraLat(Page page) {
        page.waitForFunction("() => new URLSearchParams(location.hash.slice(1)).get('camera')");
        return ((Number) page.evaluate("() => Number(new URLSearchParams(location.hash.slice(1)).get('camera').split(',')[1])")).doubleValue();
    }

    private static void tabTo(Page page, String name) {
        tabTo(page, name, "Tab");
    }

    /** Presses Tab (or Shift+Tab) until the focused element's accessible name (or text) is {@code name}; at most 60 times. */
    private static void tabTo(Page page, String name, String key) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press(key);
            Object focused = page.evaluate("""
                    () => { const e = document.activeElement; if (!e) return '';
                            const label = e.labels?.[0]?.textContent ?? '';
                            return (e.getAttribute('aria-label') || label || e.textContent || '').trim(); }""");
            if (name.equals(focused)) return;
        }
        throw new AssertionError("Tab never reached \"" + name + "\"");
    }

    private static void assertHeadlineInView(Page page, String panel) {
        var box = page.locator(panel + " h2").first().boundingBox();
        assertThat(box).as("headline of " + panel + " shown").isNotNull();
        assertThat(page.evaluate("() => window.scrollY")).isEqualTo(0);
        assertThat(box.y).as(panel + " headline top").isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as(panel + " headline bottom within the 844 px screen").isLessThanOrEqualTo(844);
    }

    private static void assertNoSidewaysScroll(Page page, String panel) {
        assertThat(page.locator(panel)).isVisible();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).as("page scrolls sideways").isEqualTo(true);
        assertThat(page.evaluate("s => { const e = document.querySelector(s); return e.scrollWidth <= e.clientWidth + 1; }", panel))
                .as(panel + " scrolls sideways at 320 px").isEqualTo(true);
    }

    /** A square of {@code side} metres around an RD point, one "lon, lat" corner per line. */
    private static String corners(Coordinate centre, double side) {
        double[][] offsets = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        StringBuilder out = new StringBuilder();
        for (double[] o : offsets) {
            Coordinate c = CrsTransform.toWgs84(centre.x + o[0] * side / 2, centre.y + o[1] * side / 2);
            out.append(String.format(Locale.ROOT, "%.8f, %.8f\n", c.x, c.y));
        }
        return out.toString();
    }

    private static void waitFor(Page page, String condition, double timeoutMs) {
        page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A camera 90 m up looking north at 60° down onto the middle of the demo house's garden. */
    private String cameraOnTheGarden() {
        Coordinate garden = CrsTransform.toWgs84(DemoGarden.find(jdbc).centre().x, DemoGarden.find(jdbc).centre().y);
        double height = 90;
        double back = height / Math.tan(Math.toRadians(60)) / 111_320.0;
        return String.format(Locale.ROOT, "#camera=%.7f,%.7f,%.1f,0,-60&layers=buildings", garden.x, garden.y - back, height);
    }
}
