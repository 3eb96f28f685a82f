package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.DemoGarden;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's "Done when", each journey one test in a real browser (Debian's Chromium, software WebGL, nothing leaves
 * 127.0.0.1), axe-core on every screen it passes: a new user on a phone (390×844, taps) and one using only the keyboard
 * (1280×800) find the demo house 0221100000311445 by searching, read what they may build there, draw an extension with
 * their parcel in sight (parcel lines on, "uw perceel" outlined and named), move it onto the neighbour's parcel and see
 * why it does not fit, move it back until it fits, and read what to do next.
 */
class JourneyBrowserIT extends IntegrationTest {

    private static final String HOUSE = "0221100000311445";
    private static final double FIRST_RENDER_MS = 180_000;
    private static final String WEST = "← 1 m: schuif het bouwdeel 1 meter naar links (west)";
    private static final String EAST = "→ 1 m: schuif het bouwdeel 1 meter naar rechts (oost)";

    @Autowired
    JdbcClient jdbc;

    String ownParcel() {
        return jdbc.sql("SELECT kadastrale_aanduiding FROM parcel WHERE id = ?").param(DemoGarden.find(jdbc).parcelId()).query(String.class).single();
    }

    @Test
    void aNewUserOnAPhoneFindsTheHouseDrawsWithTheParcelInSightMakesItFitAndLearnsWhatNext() throws IOException {
        String own = ownParcel();
        Set<String> foreign = new ConcurrentSkipListSet<>();
        List<String> violations = new ArrayList<>();
        try (BrowserContext context = Chromium.localOnlyContext(390, 844, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.onConsoleMessage(message -> { if ("error".equals(message.type())) foreign.add("console error: " + message.text()); });
            page.navigate(url("/"));
            waitFor(page, "document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", FIRST_RENDER_MS);
            axe(page, "home 390×844", violations);

            // Find the house: the search box promises what the data can find (a BAG number here).
            Locator search = page.locator("#search");
            assertThat(search).hasAttribute("placeholder", Pattern.compile("BAG-nummer"));
            search.fill(HOUSE);
            search.press("Enter");
            Locator lookup = page.locator("#panel");
            assertThat(lookup).containsText("Gebouw " + HOUSE, new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));

            // Read what may be built: the headline first, without scrolling, and how it goes per activity.
            assertThat(lookup).containsText("Wat mag ik hier bouwen?");
            assertHeadlineInView(page, "#panel");
            assertThat(lookup).containsText("Hoe gaat het?");
            assertThat(lookup).containsText("Aanbouw");
            page.evaluate("() => document.querySelectorAll('#panel details').forEach(d => { d.open = true; })");
            axe(page, "lookup panel 390×844", violations);

            // Draw an extension with the parcel in sight: the house's parcel (the one found) is "uw perceel".
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            Locator plan = page.locator("#plan");
            assertHeadlineInView(page, "#plan");
            assertThat(plan.locator(".plan-own-parcel")).containsText("Uw perceel: " + own);
            waitFor(page, "document.body.dataset.layerParcels === 'ready'", 60_000);
            plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            Locator headline = plan.locator(".plan-headline");
            assertThat(headline).hasAttribute("data-compliant", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertVerdictInView(page, true);
            waitFor(page, "Number(document.body.dataset.ownParcelRings) >= 1", 30_000);
            assertThat(page.locator("body")).hasAttribute("data-own-parcel", own);

            // Too far west, onto the neighbour's parcel: why it does not fit, in those words, and what to do about it.
            Locator inside = plan.locator("[data-rule='binnen-perceel']");
            int presses = moveUntil(page, WEST, () -> "fail".equals(inside.getAttribute("data-status")));
            assertThat(headline).hasAttribute("data-compliant", "false");
            assertThat(inside).containsText("op het perceel van de buren");
            assertThat(inside).containsText("buiten uw perceel (" + own + ")");
            // Why, in the first screenful of the sheet: the headline and the failing rule, above the move buttons.
            assertVerdictInView(page, true);
            assertThat(plan.locator(".plan-summary [data-failed-rule='binnen-perceel']")).containsText("Binnen uw eigen perceel");
            assertThat(plan.locator(".plan-next [data-step='fix-binnen-perceel']")).containsText("Schuif het bouwdeel");
            Files.write(Paths.get("target", "journey-phone-not-fitting.png"), page.screenshot());
            axe(page, "plan not fitting 390×844", violations);

            // Back east until it fits, and what comes next: saving (after logging in), not the scan again.
            moveUntil(page, EAST, () -> "true".equals(headline.getAttribute("data-compliant")), presses);
            Locator next = plan.locator(".plan-next");
            assertThat(next).containsText("Log in als initiatiefnemer");
            assertThat(next).not().containsText("Binnen de lijntjes scan");
            assertThat(plan.locator(".plan-own-parcel")).containsText("Uw perceel: " + own);
            Files.write(Paths.get("target", "journey-phone-fitting.png"), page.screenshot());
            axe(page, "plan fitting 390×844", violations);
        }
        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations (axe-core)").isEmpty();
        assertThat(foreign).as("requests to other hosts, page and console errors").isEmpty();
    }

    @Test
    void aKeyboardUserFindsTheHouseDrawsWithTheParcelInSightMakesItFitAndLearnsWhatNext() throws IOException {
        String own = ownParcel();
        Set<String> foreign = new ConcurrentSkipListSet<>();
        List<String> violations = new ArrayList<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 800, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.onConsoleMessage(message -> { if ("error".equals(message.type())) foreign.add("console error: " + message.text()); });
            page.navigate(url("/"));
            waitFor(page, "document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", FIRST_RENDER_MS);
            axe(page, "home 1280×800", violations);

            // Find the house by keyboard: Tab to the search box, type, Enter.
            tabUntil(page, "document.activeElement?.id === 'search'");
            page.keyboard().type(HOUSE);
            page.keyboard().press("Enter");
            Locator lookup = page.locator("#panel");
            assertThat(lookup).containsText("Gebouw " + HOUSE, new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(lookup).containsText("Wat mag ik hier bouwen?");
            assertThat(lookup).containsText("Hoe gaat het?");
            assertThat(page.locator("#map-status")).containsText("Gekozen op de kaart");
            axe(page, "lookup panel 1280×800", violations);

            // Draw by keyboard: the example at the middle of the map, the house's parcel as "uw perceel".
            tabTo(page, "Plan tekenen");
            page.keyboard().press("Enter");
            waitFor(page, "document.body.dataset.plan === 'drawing'", 10_000);
            assertThat(page.locator("#controls")).not().hasAttribute("open", "");
            waitFor(page, "document.body.dataset.layerParcels === 'ready'", 60_000);
            tabTo(page, "Teken een voorbeeld hier");
            page.keyboard().press("Enter");
            Locator plan = page.locator("#plan");
            Locator summary = plan.locator("[aria-live='polite'].plan-summary");
            assertThat(summary).containsText("Past binnen de regels", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(plan.locator(".plan-own-parcel")).containsText("Uw perceel: " + own);
            Locator scene = page.locator("#map-status");
            assertThat(scene).containsText("Uw perceel: " + own + ". Het is op de kaart met een dikke paarse lijn omlijnd.");

            // West with the move button (Enter, again and again) until it stands on the neighbour's parcel.
            tabTo(page, WEST);
            Locator inside = plan.locator("[data-rule='binnen-perceel']");
            int presses = 0;
            while (!"fail".equals(inside.getAttribute("data-status"))) {
                assertThat(presses++).as("presses until the extension crosses the boundary").isLessThan(40);
                page.keyboard().press("Enter");
                waitFor(page, "document.body.dataset.planCheck === 'ok'", 60_000);
            }
            assertThat(summary).containsText("Past niet");
            assertThat(scene).containsText("Binnen uw eigen perceel: past niet");
            assertThat(scene).containsText("Uw perceel: " + own);
            assertThat(inside).containsText("op het perceel van de buren");
            assertThat(inside).containsText("buiten uw perceel (" + own + ")");
            assertThat(plan.locator(".plan-next [data-step='fix-binnen-perceel']")).containsText("Schuif het bouwdeel");
            axe(page, "plan not fitting 1280×800", violations);

            // Tab to the east button, Enter until it fits again; then what to do next.
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasAttribute("aria-label", EAST);
            for (int i = 0; i < presses && !summary.innerText().contains("Past binnen de regels"); i++) {
                page.keyboard().press("Enter");
                waitFor(page, "document.body.dataset.planCheck === 'ok'", 60_000);
            }
            assertThat(summary).containsText("Past binnen de regels");
            assertThat(scene).containsText("past binnen de regels");
            assertThat(plan.locator(".plan-next")).containsText("Log in als initiatiefnemer");
            String focusOutline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle").toString();
            assertThat(focusOutline).as("visible focus on the move button").isNotEqualTo("none");
            Files.write(Paths.get("target", "journey-keyboard-fitting.png"), page.screenshot());
            axe(page, "plan fitting 1280×800", violations);
        }
        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations (axe-core)").isEmpty();
        assertThat(foreign).as("requests to other hosts, page and console errors").isEmpty();
    }

    /** Taps the move button until {@code done}; the number of taps. */
    private static int moveUntil(Page page, String button, java.util.function.BooleanSupplier done) {
        return moveUntil(page, button, done, 40);
    }

    private static int moveUntil(Page page, String button, java.util.function.BooleanSupplier done, int most) {
        Locator move = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button));
        int presses = 0;
        while (!done.getAsBoolean()) {
            assertThat(presses).as("taps on " + button).isLessThan(most);
            move.click();
            presses++;
            waitFor(page, "document.body.dataset.planCheck === 'ok'", 60_000);
        }
        return presses;
    }

    private static void axe(Page page, String screen, List<String> violations) {
        Axe.seriousViolations(page).forEach(v -> violations.add(screen + ": " + v));
    }

    private static void tabUntil(Page page, String condition) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => " + condition))) return;
        }
        throw new AssertionError("Tab never reached: " + condition);
    }

    /** Presses Tab until the focused element's accessible name (or text) is {@code name}; at most 60 times. */
    private static void tabTo(Page page, String name) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
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
        assertThat(box.y).as(panel + " headline top").isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as(panel + " headline bottom within the screen").isLessThanOrEqualTo(page.viewportSize().height);
    }

    /**
     * The check's headline (and, when it fails, the list of failing rules) lies wholly inside the viewport and nothing
     * covers it (the element at its middle is part of it): as the sheet is now (Playwright scrolls a tapped button into
     * view) and, when {@code firstScreenful}, also with the sheet at its top: in view without any scrolling.
     */
    private static void assertVerdictInView(Page page, boolean firstScreenful) {
        assertVerdictInView(page, "as shown");
        if (firstScreenful) {
            page.evaluate("() => { document.querySelector('#plan').scrollTop = 0; }");
            assertVerdictInView(page, "sheet at its top");
        }
    }

    private static void assertVerdictInView(Page page, String how) {
        int height = page.viewportSize().height;
        for (String part : List.of("#plan .plan-headline", "#plan .plan-failed")) {
            Locator element = page.locator(part);
            if (element.count() == 0) continue;
            var box = element.boundingBox();
            assertThat(box).as(part + " shown (" + how + ")").isNotNull();
            assertThat(box.y).as(part + " top (" + how + ")").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(part + " bottom within the " + height + " px screen (" + how + ")").isLessThanOrEqualTo(height);
            Object covered = page.evaluate("""
                    (selector) => { const e = document.querySelector(selector); const r = e.getBoundingClientRect();
                                    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                                    return !(hit && e.contains(hit)); }""", part);
            assertThat(covered).as(part + " covered by another element (" + how + ")").isEqualTo(false);
        }
    }

    private static void waitFor(Page page, String condition, double timeoutMs) {
        page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
