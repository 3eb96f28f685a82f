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
import com.microsoft.playwright.options.BoundingBox;
import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.geo.CrsTransform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participation round live in two browsers: the demo neighbour places a reaction by clicking the published plan in
 * 3D, and a second participant, who is typing a reply at that moment, sees the pin appear and the "1 nieuwe reactie"
 * bar without reloading, while the reply keeps its text and focus; the bar shows the new reaction in the list. Axe
 * runs on the round panel; no page error, no request leaves 127.0.0.1.
 */
class RoundLiveBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest ronde";
    static final String OTHER = "adviseur@demo.stip.nl";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    /** A published plan of one 8 × 8 m, 6 m high volume in the demo garden with an open round (post-moderation). */
    record Fixture(long plan, long round, Coordinate at) {
    }

    Fixture openRound(String title) {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        long plan = ViewerSteps.publishedExtension(port, garden, title, 8, 8, 6);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        long roundId = ViewerSteps.draftRound(planner, plan, "Tweede mening " + title, "[{\"kind\":\"scale\",\"text\":\"Past het in de straat?\"}]",
                "{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":false,\"votes\":false,\"budget\":false}");
        Http.Response opened = planner.post("/api/v1/rounds/" + roundId + "/open", "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return new Fixture(plan, roundId, CrsTransform.toWgs84(garden.x, garden.y));
    }

    /** The view straight at the plan: 80 m up, looking north 45° down at its centre, so the map's centre is on the volume. */
    static String cameraAt(Coordinate at) {
        double distance = 80 / Math.tan(Math.toRadians(45));
        return String.format(Locale.ROOT, "camera=%.7f,%.7f,80,0,-45&layers=buildings", at.x, at.y - distance / 111_320.0);
    }

    @Test
    void aReactionPlacedOnThePlanIn3dAppearsLiveForAnotherParticipantWithoutDisturbingTheReplyTheyAreTyping() throws IOException {
        String title = TITLE + " " + System.nanoTime();
        Fixture f = openRound(title);
        // One reaction already there, so the other participant has something to reply to.
        Browser other = new Browser(port).loggedInAs(OTHER, PASSWORD);
        Http.Response first = other.post("/api/v1/rounds/" + f.round() + "/reactions", String.format(Locale.ROOT,
                "{\"stance\":\"neutral\",\"theme\":\"green\",\"text\":\"Blijft de boom staan?\",\"place\":{\"lon\":%.7f,\"lat\":%.7f,\"height\":0}}",
                f.at().x + 0.0001, f.at().y));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long firstId = first.json().get("id").asLong();
        String url = "http://127.0.0.1:" + port + "/?round=" + f.round() + "#" + cameraAt(f.at());
        String text = "De aanbouw is hoger dan de schutting; dat geeft schaduw.";
        String typing = "Half getypt antwoord";
        Set<String> foreign = new ConcurrentSkipListSet<>();

        try (BrowserContext readerContext = Chromium.strictContext(1280, 800, foreign);
             BrowserContext authorContext = Chromium.strictContext(1280, 800, foreign)) {
            // The other participant opens the round and starts typing a reply to the first reaction.
            Page reader = readerContext.newPage();
            reader.onPageError(error -> foreign.add("page error (reader): " + error));
            reader.navigate(url);
            login(reader, OTHER);
            Locator readerPanel = reader.locator("#round");
            waitFor(reader, "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live'", 60_000);
            assertThat(readerPanel.locator(".round-name")).hasText("Tweede mening " + title);
            assertThat(readerPanel.locator(".round-state")).containsText("Open");
            waitFor(reader, "document.body.dataset.reactionPins === '1'", 180_000);
            Locator firstItem = readerPanel.locator(".round-reaction[data-reaction-id='" + firstId + "']");
            assertThat(firstItem).containsText("Blijft de boom staan?");
            Axe.assertNoSeriousViolations(reader, "round panel (participant)");
            Locator reply = firstItem.getByLabel("Uw antwoord", new Locator.GetByLabelOptions().setExact(true));
            reply.click();
            reply.pressSequentially(typing);

            // The neighbour places a reaction on the plan's volume by clicking it in 3D.
            Page author = authorContext.newPage();
            author.onPageError(error -> foreign.add("page error (author): " + error));
            author.navigate(url);
            login(author, NEIGHBOUR);
            waitFor(author, "document.body.dataset.round === 'ok' && document.body.dataset.layerBuildings === 'ready'"
                    + " && Number(document.body.dataset.publicPlans ?? 0) >= 1 && document.body.dataset.firstRender", 180_000);
            Locator panel = author.locator("#round");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kies een plek op de kaart")).click();
            BoundingBox box = author.locator("#map").boundingBox();
            author.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
            waitFor(author, "document.body.dataset.roundPlace === 'volume-0'", 20_000);
            assertThat(panel.locator(".round-place")).containsText("op bouwdeel 1 van het plan");
            panel.getByLabel("Zorg").check();
            panel.getByLabel("Waar gaat het over?").selectOption("sunlight");
            panel.getByLabel("Uw tekst (1 tot 2000 tekens)").fill(text);
            assertThat(panel.locator("#round-text-count")).hasText(text.length() + " van 2000 tekens");
            Axe.assertNoSeriousViolations(author, "round panel with a new reaction");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Plaats reactie")).click();
            assertThat(panel.locator(".round-composer-message")).hasText("Uw reactie staat online.");
            assertThat(panel.locator(".round-reaction[data-mine='true']")).containsText(text);

            // The reader, still typing: the pin is there and the bar says so, the list did not move, the reply is intact.
            waitFor(reader, "document.body.dataset.reactionPins === '2'", 10_000);
            assertThat(readerPanel.locator(".round-new-bar")).hasText("1 nieuwe reactie: tonen",
                    new LocatorAssertions.HasTextOptions().setTimeout(5_000));
            assertThat(readerPanel.locator(".round-reaction")).hasCount(1);
            assertThat(reply).hasValue(typing);
            assertThat(reply).isFocused();
            reply.pressSequentially(" en verder");
            assertThat(reply).hasValue(typing + " en verder");
            Files.write(Paths.get("target", "round-live-reader.png"), reader.screenshot());

            // The bar shows the new reaction in the list; the reply being typed is still there.
            readerPanel.locator(".round-new-bar").click();
            Locator mine = readerPanel.locator(".round-reaction").first();
            assertThat(mine).containsText(text);
            assertThat(mine).containsText("Zorg");
            assertThat(mine).containsText("Schaduw en zon");
            assertThat(readerPanel.locator(".round-reaction")).hasCount(2);
            assertThat(reply).hasValue(typing + " en verder");
            Axe.assertNoSeriousViolations(reader, "round panel after new reactions");

            // And the reply, once sent, reaches the author live.
            firstItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur antwoord").setExact(true)).click();
            assertThat(author.locator("#round .round-reaction[data-reaction-id='" + firstId + "'] .round-reply"))
                    .containsText(typing + " en verder", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
    }
}
