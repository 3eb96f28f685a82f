package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.NEIGHBOUR;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.openPlan;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
 * Issue 11's "done when", every step in a browser: the planner opens the round on a published plan from its dossier;
 * two neighbours place reactions on the plan in 3D, reply and agree, and see each other's contributions appear live;
 * one reports the other's offensive reaction, the planner hides it with a reason from the moderation queue, its
 * author sees why (and may appeal) while it disappears for the other; the initiator answers a reaction (marked as the
 * initiator's, live for the neighbour); the planner closes the round and the neighbours see it closed.
 */
class RoundJourneyBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest inspraakreis";
    static final String SECOND = "adviseur@demo.stip.nl";
    static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    static Locator button(Locator in, String name) {
        return in.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens the round link, logs in and waits until the round is live (and, for placing, the plan is drawn). */
    static Page participant(BrowserContext context, String url, String email, Set<String> foreign, boolean placing) {
        Page page = context.newPage();
        page.onPageError(error -> foreign.add("page error (" + email + "): " + error));
        page.navigate(url);
        login(page, email);
        waitFor(page, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live'"
                + (placing ? " && document.body.dataset.layerBuildings === 'ready' && Number(document.body.dataset.publicPlans ?? 0) >= 1"
                + " && document.body.dataset.firstRender" : ""), 180_000);
        return page;
    }

    /** Places a reaction on the plan's volume at the centre of the map, with stance, theme and text. */
    static void react(Page page, String stance, String theme, String text) {
        Locator panel = page.locator("#round");
        button(panel, "Kies een plek op de kaart").click();
        BoundingBox box = page.locator("#map").boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        waitFor(page, "document.body.dataset.roundPlace === 'volume-0'", 20_000);
        panel.locator(".round-composer").getByLabel(stance).check();
        panel.getByLabel("Waar gaat het over?").selectOption(theme);
        panel.getByLabel("Uw tekst (1 tot 2000 tekens)").fill(text);
        button(panel, "Plaats reactie").click();
        assertThat(panel.locator(".round-composer-message")).hasText("Uw reactie staat online.");
    }

    @Test
    void aRoundFromOpeningToClosingWithTwoNeighboursLiveModerationAndTheInitiatorsAnswer() {
        String title = TITLE + " " + System.nanoTime();
        Coordinate garden = DemoGarden.find(jdbc).centre();
        Browser owner = new Browser(port).loggedInAs("initiator@demo.stip.nl", PASSWORD);
        long plan = owner.post("/api/v1/plans", "{\"title\":\"" + title + "\",\"activity\":\"aanbouw\"}").json().get("id").asLong();
        assertThat(owner.put("/api/v1/plans/" + plan + "/design", "{\"baseVersion\":0,\"design\":{\"activity\":\"aanbouw\",\"volumes\":[{\"footprint\":"
                + TestGeometry.rect(garden.x, garden.y, 8, 8) + ",\"baseHeight\":0,\"height\":6,\"roof\":{\"type\":\"flat\"}}]}}").status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/plans/" + plan + "/publication", "{}").status()).isEqualTo(202);
        Browser plannerApi = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        assertThat(plannerApi.post("/api/v1/plans/" + plan + "/publication/approve", "{}").status()).isEqualTo(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String roundTitle = "Tweede mening " + title;
        Http.Response draft = plannerApi.post("/api/v1/plans/" + plan + "/rounds", "{\"title\":\"" + roundTitle + "\",\"startsAt\":\""
                + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plus(7, ChronoUnit.DAYS) + "\",\"questions\":[],"
                + "\"interactions\":{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":false,\"votes\":false,\"budget\":false},"
                + "\"moderation\":\"post\",\"audience\":\"accounts\",\"replyDepth\":1}");
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        long round = draft.json().get("id").asLong();
        String url = "http://127.0.0.1:" + port + "/?round=" + round + "#" + RoundLiveBrowserIT.cameraAt(CrsTransform.toWgs84(garden.x, garden.y));
        String home = "http://127.0.0.1:" + port + "/#" + RoundLiveBrowserIT.cameraAt(CrsTransform.toWgs84(garden.x, garden.y));
        String good = "Mooi plan, maar houd de boom.";
        String offensive = "Wie dit bedenkt is een sukkel.";
        String reason = "Schelden is niet toegestaan. Schrijf wat u van het plan vindt.";
        Set<String> foreign = new ConcurrentSkipListSet<>();

        try (BrowserContext plannerContext = Chromium.localOnlyContext(1280, 800, foreign);
             BrowserContext firstContext = Chromium.localOnlyContext(1280, 800, foreign);
             BrowserContext secondContext = Chromium.localOnlyContext(1280, 800, foreign)) {
            // 1. The planner opens the round from the plan's dossier.
            Page planner = plannerContext.newPage();
            planner.onPageError(error -> foreign.add("page error (planner): " + error));
            planner.navigate(home);
            login(planner, "planner@demo.stip.nl");
            Locator rounds = openPlan(planner, title).locator(".plan-rounds");
            Locator row = rounds.locator(".plan-rounds-rows li[data-round-id='" + round + "']");
            button(row, "Open de ronde").click();
            assertThat(row).hasAttribute("data-state", "open");

            // 2. Two neighbours place reactions on the plan in 3D and see each other's appear live.
            Page first = participant(firstContext, url, NEIGHBOUR, foreign, true);
            Page second = participant(secondContext, url, SECOND, foreign, true);
            Locator firstPanel = first.locator("#round");
            Locator secondPanel = second.locator("#round");
            react(first, "Positief", "green", good);
            Locator goodAtSecond = secondPanel.locator(".round-reaction").filter(new Locator.FilterOptions().setHasText(good));
            assertThat(goodAtSecond).containsText("Positief", LIVE);
            react(second, "Zorg", "privacy", offensive);
            Locator offensiveAtFirst = firstPanel.locator(".round-reaction").filter(new Locator.FilterOptions().setHasText(offensive));
            assertThat(offensiveAtFirst).containsText("Zorg", LIVE);

            // 3. The second agrees with and replies to the first's reaction; the first sees both live.
            button(goodAtSecond, "Eens").click();
            Locator goodAtFirst = firstPanel.locator(".round-reaction[data-mine='true']");
            assertThat(goodAtFirst.locator(".round-agreements")).hasText("1 eens", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            goodAtSecond.getByLabel("Uw antwoord", new Locator.GetByLabelOptions().setExact(true)).fill("Eens, de boom moet blijven.");
            button(goodAtSecond, "Verstuur antwoord").click();
            assertThat(goodAtFirst.locator(".round-reply")).containsText("Eens, de boom moet blijven.", LIVE);
            assertThat(button(goodAtSecond, "Niet meer eens")).isVisible();

            // 4. The first reports the offensive reaction; the planner hides it with a reason from the queue.
            button(offensiveAtFirst, "Meld misbruik").click();
            assertThat(offensiveAtFirst.locator(".round-item-message")).hasText("Bedankt. Uw melding is ontvangen.");
            button(rounds.locator(".plan-rounds-rows li[data-round-id='" + round + "']"), "Bekijk ronde: " + roundTitle).click();
            waitFor(planner, "document.body.dataset.round === 'ok' && document.body.dataset.panel === 'round'", 30_000);
            Locator queue = planner.locator("#round .round-moderation");
            button(queue, "Gemeld").click();
            Locator reported = queue.locator(".moderation-item").filter(new Locator.FilterOptions().setHasText(offensive));
            assertThat(reported).containsText("1 melding(en)", LIVE);
            Axe.assertNoSeriousViolations(planner, "moderation queue");
            reported.getByLabel("Reden voor de schrijver").fill(reason);
            button(reported, "Verbergen").click();
            assertThat(queue.locator(".moderation-message")).hasText("Verborgen. De schrijver krijgt de reden te zien.");

            // Its author sees why (and may appeal); for the other it is gone.
            Locator ownHidden = secondPanel.locator(".round-reaction[data-status='hidden']");
            assertThat(ownHidden.locator(".round-status")).containsText("Reden: " + reason, LIVE);
            assertThat(button(ownHidden, "Verstuur bezwaar")).isVisible();
            assertThat(offensiveAtFirst).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            Axe.assertNoSeriousViolations(second, "round panel with an own hidden reaction");

            // 5. The initiator answers the first's reaction; the neighbour sees it live, marked as the initiator's.
            try (BrowserContext initiatorContext = Chromium.localOnlyContext(1280, 800, foreign)) {
                Page initiator = participant(initiatorContext, url, "initiator@demo.stip.nl", foreign, false);
                Locator goodAtInitiator = initiator.locator("#round .round-reaction").filter(new Locator.FilterOptions().setHasText(good));
                goodAtInitiator.getByLabel("Uw antwoord als initiatiefnemer").fill("De boom blijft staan.");
                button(goodAtInitiator, "Verstuur antwoord als initiatiefnemer").click();
                assertThat(goodAtInitiator.locator(".round-initiator-answer")).containsText("De boom blijft staan.");
            }
            assertThat(goodAtFirst.locator(".round-initiator-answer")).containsText("Antwoord van de initiatiefnemer", LIVE);
            assertThat(goodAtFirst.locator(".round-initiator-answer")).containsText("De boom blijft staan.");

            // 6. The planner closes the round; the neighbours see it closed and can no longer react.
            button(planner.locator("#round"), "Sluit de ronde").click();
            assertThat(firstPanel.locator(".round-state")).containsText("Gesloten", LIVE);
            assertThat(secondPanel.locator(".round-composer")).isHidden();
            assertThat(firstPanel.locator(".round-not-open")).hasText("Deze ronde is niet open. U kunt nu niet reageren.");
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
