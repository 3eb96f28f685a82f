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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A budget in a round, in two browsers: the demo neighbour ticks costed options and sees "nog € … over" go down, is
 * told when the choice goes over the budget, casts the ballot; a second participant, watching the round, sees the
 * result bars update live without reloading. Axe runs on the ballot panel; no page error, no request leaves 127.0.0.1.
 */
class VotingBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest stemming";
    static final String WATCHER = "adviseur@demo.stip.nl";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    long budgetRound(String title) {
        long id = openRound(title, false, true);
        Http.Response setup = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD).put("/api/v1/rounds/" + id + "/vote-setup", "{\"method\":\"budget\",\"options\":["
                + "{\"key\":\"speelplek\",\"label\":\"Speelplek\",\"cost\":25000},{\"key\":\"bomen\",\"label\":\"6 bomen\",\"cost\":9000},"
                + "{\"key\":\"dak\",\"label\":\"Lager dak\",\"cost\":40000}],\"budget\":60000}");
        assertThat(setup.status()).as(setup.text()).isEqualTo(200);
        return id;
    }

    long openRound(String title, boolean votes, boolean budget) {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        long plan = ViewerSteps.publishedExtension(port, garden, title, 8, 8, 6);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Http.Response round = planner.post("/api/v1/plans/" + plan + "/rounds", "{\"title\":\"Budget " + title + "\",\"startsAt\":\""
                + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plus(7, ChronoUnit.DAYS) + "\",\"questions\":[],"
                + "\"interactions\":{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":false,\"votes\":" + votes + ",\"budget\":" + budget + "},"
                + "\"moderation\":\"post\",\"audience\":\"accounts\",\"replyDepth\":1}");
        assertThat(round.status()).as(round.text()).isEqualTo(201);
        long id = round.json().get("id").asLong();
        assertThat(planner.post("/api/v1/rounds/" + id + "/open", "{}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void aNeighbourSpendsTheBudgetAndAnotherParticipantSeesTheResultUpdateLive() throws IOException {
        long round = budgetRound(TITLE + " " + System.nanoTime());
        String url = "http://127.0.0.1:" + port + "/?round=" + round;
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext watcherContext = Chromium.strictContext(1280, 900, foreign);
             BrowserContext neighbourContext = Chromium.strictContext(1280, 900, foreign)) {
            Page watcher = watcherContext.newPage();
            watcher.onPageError(error -> foreign.add("page error (watcher): " + error));
            watcher.navigate(url);
            login(watcher, WATCHER);
            waitFor(watcher, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live' && document.body.dataset.ballot === 'ready'", 120_000);
            Locator watched = watcher.locator("#round .ballot-results");
            assertThat(watched.locator(".ballot-results-count")).hasText("0 stem(men)");

            Page neighbour = neighbourContext.newPage();
            neighbour.onPageError(error -> foreign.add("page error (neighbour): " + error));
            neighbour.navigate(url);
            login(neighbour, NEIGHBOUR);
            waitFor(neighbour, "document.body.dataset.round === 'ok' && document.body.dataset.ballot === 'ready'", 120_000);
            Locator panel = neighbour.locator("#round .round-ballot");
            assertThat(panel.locator("#ballot-title")).hasText("Verdeel het budget");
            assertThat(panel.locator(".ballot-left")).hasText("Nog € 60.000 over van € 60.000");
            panel.getByLabel("Speelplek — € 25.000").check();
            assertThat(panel.locator(".ballot-left")).hasText("Nog € 35.000 over van € 60.000");
            panel.getByLabel("Lager dak — € 40.000").check();
            assertThat(panel.locator(".ballot-left")).hasText("€ 5.000 te veel: haal iets weg");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stem")).click();
            assertThat(panel.locator(".ballot-message")).hasText("Uw keuze kost € 5.000 meer dan het budget.");
            panel.getByLabel("Lager dak — € 40.000").uncheck();
            // Keyboard: Tab to the trees and tick them with Space.
            panel.getByLabel("Speelplek — € 25.000").focus();
            neighbour.keyboard().press("Tab");
            neighbour.keyboard().press("Space");
            assertThat(panel.getByLabel("6 bomen — € 9.000")).isChecked();
            assertThat(panel.locator(".ballot-left")).hasText("Nog € 26.000 over van € 60.000");
            Axe.assertNoSeriousViolations(neighbour, "ballot panel (budget)");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stem")).click();
            assertThat(panel.locator(".ballot-message")).hasText("Uw stem is opgeslagen. U kunt hem wijzigen zolang de ronde open is.");
            assertThat(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wijzig mijn stem"))).isVisible();

            // The watcher, without reloading: one ballot, the play area and the trees each chosen once.
            assertThat(watched.locator(".ballot-results-count")).hasText("1 stem(men)", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(watched.locator(".ballot-bar[data-key='speelplek']")).hasText("Speelplek: 1 stemmen, € 25.000 (100,0%)");
            assertThat(watched.locator(".ballot-bar[data-key='bomen']")).hasText("6 bomen: 1 stemmen, € 9.000 (100,0%)");
            assertThat(watched.locator(".ballot-bar[data-key='dak']")).hasText("Lager dak: 0 stemmen, € 0 (0,0%)");
            Axe.assertNoSeriousViolations(watcher, "ballot results");
            Files.write(Paths.get("target", "voting-watcher.png"), watcher.screenshot());
        }
        assertThat(jdbc.sql("SELECT spent FROM vote_ballot WHERE round_id = ?").param(round).query(Long.class).single()).isEqualTo(34_000);
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }

    @Test
    void thePlannerSetsUpARankingInTheViewerAndANeighbourOrdersItWithTheKeyboard() {
        long round = openRound(TITLE + " " + System.nanoTime(), true, false);
        String url = "http://127.0.0.1:" + port + "/?round=" + round;
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext plannerContext = Chromium.localOnlyContext(1280, 900, foreign);
             BrowserContext neighbourContext = Chromium.localOnlyContext(1280, 900, foreign)) {
            Page planner = plannerContext.newPage();
            planner.onPageError(error -> foreign.add("page error (planner): " + error));
            planner.navigate(url);
            login(planner, "planner@demo.stip.nl");
            waitFor(planner, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live' && document.body.dataset.ballot === 'none'", 120_000);
            Locator setup = planner.locator("#round .vote-setup");
            setup.getByLabel("Manier van stemmen").selectOption("ranking");
            setup.getByLabel("Optie 1", new Locator.GetByLabelOptions().setExact(true)).fill("Variant A");
            setup.getByLabel("Optie 2", new Locator.GetByLabelOptions().setExact(true)).fill("Variant B");
            setup.getByLabel("Optie 3", new Locator.GetByLabelOptions().setExact(true)).fill("Variant C");
            setup.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stemming opslaan")).click();
            assertThat(setup.locator(".vote-setup-message")).hasText("De stemming is opgeslagen.");
            waitFor(planner, "document.body.dataset.ballot === 'ready'", 10_000);
            Axe.assertNoSeriousViolations(planner, "vote setup form");

            Page neighbour = neighbourContext.newPage();
            neighbour.onPageError(error -> foreign.add("page error (neighbour): " + error));
            neighbour.navigate(url);
            login(neighbour, NEIGHBOUR);
            waitFor(neighbour, "document.body.dataset.round === 'ok' && document.body.dataset.ballot === 'ready'", 120_000);
            Locator ranking = neighbour.locator("#round .ballot-ranking li");
            assertThat(ranking).hasText(new String[] {"Variant A ↑ ↓", "Variant B ↑ ↓", "Variant C ↑ ↓"});
            neighbour.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Variant C hoger zetten")).focus();
            neighbour.keyboard().press("Enter");
            assertThat(neighbour.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Variant C hoger zetten"))).isFocused();
            neighbour.keyboard().press("Enter");
            assertThat(ranking.first()).containsText("Variant C");
            assertThat(ranking.nth(1)).containsText("Variant A");
            Axe.assertNoSeriousViolations(neighbour, "ballot panel (ranking)");
            neighbour.locator("#round .ballot-send").click();
            assertThat(neighbour.locator("#round .ballot-message")).hasText("Uw stem is opgeslagen. U kunt hem wijzigen zolang de ronde open is.");

            // The planner sees the Borda points arrive live, and the setup is frozen now.
            assertThat(planner.locator("#round .ballot-bar[data-key='o3']")).hasText("Variant C: 2 punten (66,7%)",
                    new LocatorAssertions.HasTextOptions().setTimeout(10_000));
            assertThat(planner.locator("#round .ballot-bar[data-key='o2']")).hasText("Variant B: 0 punten (0,0%)");
            assertThat(setup.locator(".vote-setup-frozen")).isVisible();
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
