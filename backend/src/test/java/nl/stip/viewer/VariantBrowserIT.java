package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.NEIGHBOUR;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
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
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 in the browser: in a round with variants on (heights 2,5–4,5 m; objects within the garden and the 50 × 50 m
 * around it: the garden alone holds one tree beside the extension), the demo neighbour makes a variant of the
 * published 3 × 4 m, 4 m extension — a height over the bound is clamped with the Dutch reason, then a lower roof (3 m)
 * and three trees — sees the indicators change beside the original and the check pass, and saves it; a second
 * participant in another browser sees it being shaped ("wordt nog bewerkt") and then appear in the list live, opens
 * it in 3D and compares it by the slider. The planner puts it to the vote: the neighbour votes for it and the other sees
 * the result live; the other reacts to the variant ("Reageer op deze variant"), sees "over variant …" and filters the
 * list by it. Axe runs on the editor; no page error, no request leaves 127.0.0.1.
 */
class VariantBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest variant";
    static final String OTHER = "adviseur@demo.stip.nl";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    record Fixture(long plan, long round, Coordinate at) {
    }

    Fixture openRound(String title) {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        long plan = ViewerSteps.publishedExtension(port, garden, title, 3, 4, 4);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        long roundId = ViewerSteps.draftRound(planner, plan, "Uw variant " + title, "[]",
                "{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":true,\"votes\":true,\"budget\":false}");
        Http.Response bounds = planner.put("/api/v1/rounds/" + roundId + "/variant-bounds",
                "{\"minHeight\":2.5,\"maxHeight\":4.5,\"area\":" + TestGeometry.rect(garden.x, garden.y, 50, 50) + ",\"keepVolumes\":[0]}");
        assertThat(bounds.status()).as(bounds.text()).isEqualTo(200);
        Http.Response opened = planner.post("/api/v1/rounds/" + roundId + "/open", "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        // The vote from the start (a round with votes on but no vote yet answers its vote requests with 404s, which the
        // browser logs as errors); once the variant is saved, the planner ties the second option to it.
        Http.Response vote = planner.put("/api/v1/rounds/" + roundId + "/vote-setup", voteSetup(null));
        assertThat(vote.status()).as(vote.text()).isEqualTo(200);
        return new Fixture(plan, roundId, CrsTransform.toWgs84(garden.x, garden.y));
    }

    /**
     * What the editor says when placing went wrong, with a screenshot and, in target/variant-placement.json, the bounds
     * and the buildings around the garden (to replay core/placement.js on them).
     */
    String explain(Page page, Locator editor, Fixture f) throws IOException {
        Files.write(Paths.get("target", "variant-placement.png"), page.screenshot());
        Browser reader = new Browser(port).loggedInAs(OTHER, PASSWORD);
        String bounds = reader.get("/api/v1/rounds/" + f.round() + "/variant-bounds").text();
        double d = 0.001;
        String buildings = reader.get(String.format(Locale.ROOT, "/api/v1/viewport/buildings?bbox=%.6f,%.6f,%.6f,%.6f",
                f.at().x - d, f.at().y - d, f.at().x + d, f.at().y + d)).text();
        Files.writeString(Paths.get("target", "variant-placement.json"), "{\"bounds\":" + bounds + ",\"buildings\":" + buildings
                + ",\"at\":[" + f.at().x + "," + f.at().y + "]}");
        return "the editor says '" + editor.locator(".variant-error").textContent() + "' / '" + editor.locator(".variant-notice").textContent()
                + "'; objects " + page.evaluate("JSON.stringify([...document.querySelectorAll('#round .variant-objects li')].map(li => li.textContent))");
    }

    /** Approval, one choice: the plan as it is, or a lower roof with trees (a saved variant once it exists). */
    static String voteSetup(Long variantId) {
        return "{\"method\":\"approval\",\"options\":[{\"key\":\"plan\",\"label\":\"Het plan zoals het is\"},"
                + "{\"key\":\"variant\",\"label\":\"Lager dak met bomen\",\"variantId\":" + variantId + "}],"
                + "\"maxChoices\":1,\"hideResultsUntilClosed\":false}";
    }

    static Locator button(Locator in, String name) {
        return in.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator indicator(Locator editor, String id) {
        return editor.locator(".variant-indicators tr[data-indicator='" + id + "'] td");
    }

    @Test
    void aNeighbourMakesAVariantWithALowerRoofAndThreeTreesAndAnotherParticipantSeesItAppear() throws IOException {
        String title = TITLE + " " + System.nanoTime();
        Fixture f = openRound(title);
        String url = "http://127.0.0.1:" + port + "/?round=" + f.round() + "#" + RoundLiveBrowserIT.cameraAt(f.at());
        Set<String> foreign = new ConcurrentSkipListSet<>();

        try (BrowserContext neighbourContext = Chromium.strictContext(1280, 900, foreign);
             BrowserContext otherContext = Chromium.strictContext(1280, 900, foreign)) {
            Page other = otherContext.newPage();
            other.onPageError(error -> foreign.add("page error (other): " + error));
            other.navigate(url);
            login(other, OTHER);
            waitFor(other, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live'", 60_000);
            Locator otherList = other.locator("#round .variant-list");
            assertThat(otherList.locator(".variant-list-status")).hasText("Er zijn nog geen varianten.");

            Page neighbour = neighbourContext.newPage();
            neighbour.onPageError(error -> foreign.add("page error (neighbour): " + error));
            neighbour.navigate(url);
            login(neighbour, NEIGHBOUR);
            waitFor(neighbour, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live'", 60_000);
            Locator panel = neighbour.locator("#round");
            button(panel, "Maak uw variant").click();
            Locator editor = panel.locator(".variant-editor-box");
            assertThat(editor.locator(".variant-bounds")).hasText("Hoogte tussen 2,5 en 4,5 meter.");
            assertThat(editor).hasAttribute("data-preview", "ok", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(indicator(editor, "highest-point").nth(0)).hasText("4 m");
            assertThat(indicator(editor, "highest-point").nth(1)).hasText("4 m");
            assertThat(editor.locator(".variant-indicators tr[data-indicator='trees'] th")).containsText("Het aantal bomen");

            // Over the bound: clamped before the server is asked, with the reason.
            Locator height = editor.getByLabel("Hoogte (meter)");
            height.fill("5,2");
            height.press("Tab");
            assertThat(editor.locator(".variant-notice")).hasText("Maximaal 4,5 m in deze ronde. De hoogte is op 4,5 m gezet.");
            assertThat(height).hasValue("4,5");
            // A lower roof: 3 m.
            height.fill("3");
            height.press("Tab");
            assertThat(editor.locator(".variant-notice")).isHidden();
            // Three trees beside the plan, with the keyboard.
            editor.getByLabel("Wat zet u neer?").selectOption("tree");
            Locator beside = button(editor, "Zet neer naast het plan");
            for (int i = 0; i < 3; i++) {
                beside.focus();
                neighbour.keyboard().press("Enter");
            }
            try {
                assertThat(editor.locator(".variant-objects li[data-kind='tree']")).hasCount(3);
            } catch (AssertionError e) {
                throw new AssertionError(explain(neighbour, editor, f), e);
            }
            assertThat(editor.locator(".variant-notice")).isHidden();
            waitFor(neighbour, "document.body.dataset.variantObjects === '3'", 10_000);
            try {
                assertThat(indicator(editor, "trees").nth(1)).hasText("3 stuks", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            } catch (AssertionError e) {
                throw new AssertionError("the preview did not count the trees: " + explain(neighbour, editor, f) + "; " + foreign, e);
            }
            assertThat(editor).hasAttribute("data-preview", "ok", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(indicator(editor, "trees").nth(0)).hasText("0 stuks");
            assertThat(indicator(editor, "trees").nth(2)).hasText("+3 stuks");
            assertThat(indicator(editor, "highest-point").nth(1)).hasText("3 m");
            assertThat(indicator(editor, "highest-point").nth(2)).hasText("−1 m");
            assertThat(indicator(editor, "built-volume").nth(1)).hasText("36 m³");
            assertThat(editor).hasAttribute("data-check", "pass");
            assertThat(editor.locator(".variant-check")).hasText("Getoetst aan de regels: past binnen de regels.");
            Axe.assertNoSeriousViolations(neighbour, "variant editor");

            // The other participant sees it being shaped.
            assertThat(otherList.locator(".variant-draft")).containsText("wordt nog bewerkt",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

            editor.getByLabel("Naam van uw variant (mag leeg blijven)").fill("Lager dak met bomen");
            button(editor, "Bewaar variant").click();
            assertThat(panel.locator(".variant-message")).hasText("Uw variant is bewaard. Iedereen in deze ronde kan hem nu zien.");
            Locator mine = panel.locator(".variant-items li").first();
            assertThat(mine).containsText("Lager dak met bomen");
            assertThat(mine).containsText("Uw variant");
            Files.write(Paths.get("target", "variant-neighbour.png"), neighbour.screenshot());

            // ... and then it appears for them, live; they open it in 3D and compare it by the slider.
            Locator theirs = otherList.locator(".variant-items li");
            assertThat(theirs).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
            assertThat(theirs.first()).containsText("Lager dak met bomen");
            assertThat(theirs.first()).containsText("Deelnemer");
            assertThat(theirs.first()).hasAttribute("data-check", "pass");
            assertThat(otherList.locator(".variant-draft")).hasCount(0);
            button(theirs.first(), "Vergelijk: Lager dak met bomen").click();
            waitFor(other, "document.body.dataset.variantObjects === '3'", 10_000);
            Locator slider = otherList.getByLabel("Van plan (links) naar variant (rechts)").first();
            assertThat(slider).isFocused();
            other.keyboard().press("End");
            assertThat(otherList).hasAttribute("data-compare", "slider,1");
            assertThat(otherList.locator(".variant-compare-help")).containsText("lopen in elkaar over");
            Files.write(Paths.get("target", "variant-other.png"), other.screenshot());

            // The planner ties the vote's option to the saved variant; the neighbour votes for it, and
            // the other participant sees the result without reloading.
            Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
            Http.Response saved = planner.get("/api/v1/rounds/" + f.round() + "/variants");
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            long variantId = saved.json().get(0).get("id").asLong();
            Http.Response setup = planner.put("/api/v1/rounds/" + f.round() + "/vote-setup", voteSetup(variantId));
            assertThat(setup.status()).as(setup.text()).isEqualTo(200);
            Locator ballot = panel.locator(".round-ballot");
            Locator forTheVariant = ballot.getByLabel("Lager dak met bomen", new Locator.GetByLabelOptions().setExact(true));
            assertThat(forTheVariant).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
            forTheVariant.check();
            button(ballot, "Stem").click();
            assertThat(ballot.locator(".ballot-message")).hasText("Uw stem is opgeslagen. U kunt hem wijzigen zolang de ronde open is.");
            assertThat(other.locator("#round .ballot-bar[data-key='variant']")).hasText("Lager dak met bomen: 1 stemmen (100,0%)",
                    new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(other.locator("#round .ballot-bar[data-key='plan']")).hasText("Het plan zoals het is: 0 stemmen (0,0%)");

            // The other participant reacts to the variant they opened: the reaction is about it, the list says so and
            // filters by it.
            button(otherList, "Reageer op deze variant").click();
            Locator composer = other.locator("#round .round-composer");
            assertThat(composer.locator(".round-about")).containsText("Uw reactie gaat over variant Lager dak met bomen.");
            Locator text = other.locator("#round-text");
            assertThat(text).isFocused();
            text.fill("Het lagere dak met bomen geeft de buren meer zon.");
            composer.locator("#round-stance-support").check();
            composer.locator("#round-theme").selectOption("sunlight");
            button(composer, "Plaats reactie").click();
            try {
                assertThat(composer.locator(".round-composer-message")).hasText("Uw reactie staat online.",
                        new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            } catch (AssertionError e) {
                Files.write(Paths.get("target", "variant-reaction.png"), other.screenshot());
                throw new AssertionError("the reaction was not sent: send button disabled=" + button(composer, "Plaats reactie").isDisabled()
                        + ", place '" + other.locator("#round-place").textContent() + "', " + foreign, e);
            }
            assertThat(composer.locator(".round-about")).isHidden();
            Locator reactions = other.locator("#round .round-reactions li.round-reaction");
            assertThat(reactions).hasCount(1);
            assertThat(reactions.first()).containsText("over variant Lager dak met bomen");
            assertThat(reactions.first()).hasAttribute("data-variant-id", String.valueOf(variantId));
            Locator about = other.getByLabel("Waarover", new Page.GetByLabelOptions().setExact(true));
            about.selectOption("plan");
            assertThat(reactions).hasCount(0);
            assertThat(other.locator("#round .round-empty")).hasText("Geen reacties met deze keuze.");
            about.selectOption(String.valueOf(variantId));
            assertThat(reactions).hasCount(1);
            Axe.assertNoSeriousViolations(other, "reaction about a variant");
            Http.Response filtered = planner.get("/api/v1/rounds/" + f.round() + "/state?variant=" + variantId);
            assertThat(filtered.json().get("reactions")).hasSize(1);
            assertThat(filtered.json().get("reactions").get(0).get("text").asString()).isEqualTo("Het lagere dak met bomen geeft de buren meer zon.");
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
