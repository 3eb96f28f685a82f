package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Ik snap het niet" and the search's promise in a real browser (nothing leaves 127.0.0.1): a visitor searches for
 * "312938", reads why in Dutch, asks the case manager from the search and gets the confirmation; the planner finds the
 * question, with the link of the view, under "Vragen van inwoners". Waits on data attributes, never on time.
 */
class HelpBrowserIT extends IntegrationTest {

    private static final String VIEW = "#camera=6.1352,52.0105,350,0,-45&layers=buildings";

    private final Set<String> problems = new ConcurrentSkipListSet<>();
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = Chromium.localOnlyContext(900, 700, problems);
        page = context.newPage();
        page.onPageError(error -> problems.add("page error: " + error));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aVisitorWhoDoesNotGetTheSearchAsksTheCaseManagerWhoFindsTheQuestionWithTheView() throws IOException {
        page.navigate("http://127.0.0.1:" + port + "/" + VIEW);
        page.waitForFunction("() => document.body.dataset.session === 'anonymous'", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        boolean addresses = new Http(port).get("/api/v1/search/capabilities").json().get("addresses").asBoolean();
        page.waitForFunction("a => document.getElementById('search-box').dataset.searchAddresses === String(a)", addresses);
        String placeholder = page.locator("#search").getAttribute("placeholder");
        assertThat(placeholder).contains("BAG-nummer");
        if (!addresses) {
            assertThat(placeholder).doesNotContain("Straat").doesNotContain("6981");
        }
        // Every panel offers the question.
        assertThat(page.locator("#panel .help-open")).isVisible();

        page.locator("#search").fill("312938");
        page.locator("#search").press("Enter");
        Locator message = page.locator("#search-box .search-message");
        assertThat(message).containsText("U typte 6 cijfers. Een BAG-nummer van een gebouw heeft 16 cijfers");
        assertThat(message).not().containsText("Search for");

        message.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ik snap het niet")).click();
        page.waitForFunction("() => document.body.dataset.helpView === 'asking'");
        Locator dialog = page.locator("#help-dialog");
        Locator question = dialog.getByLabel("Wat snapt u niet? Wat wilt u weten?");
        assertThat(question).isFocused();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur mijn vraag")).click();
        assertThat(dialog.locator("#help-question-error")).hasText("Schrijf uw vraag op.");
        assertThat(question).hasAttribute("aria-invalid", "true");

        String asked = "Waar vind ik het BAG-nummer van mijn huis? " + System.nanoTime();
        question.fill(asked);
        dialog.getByLabel("Uw e-mailadres (niet verplicht)").fill("bezoeker@voorbeeld.nl");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verstuur mijn vraag")).click();
        page.waitForFunction("() => document.body.dataset.helpView === 'sent'");
        assertThat(dialog).containsText("Uw vraag is verstuurd naar de casemanager");
        Files.write(Paths.get("target", "help-sent.png"), page.screenshot());
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sluiten").setExact(true)).last().click();
        page.waitForFunction("() => document.body.dataset.helpView === 'closed'");

        JsonNode newest = new Browser(port).loggedInAs("planner@demo.stip.nl", "stip-demo-2026").get("/api/v1/help").json().get(0);
        assertThat(newest.get("question").asString()).isEqualTo(asked);
        assertThat(newest.get("panel").asString()).isEqualTo("search");
        assertThat(newest.get("contactEmail").asString()).isEqualTo("bezoeker@voorbeeld.nl");
        assertThat(newest.get("link").asString()).startsWith("http://127.0.0.1:" + port + "/#camera=6.13"); // on stip.public-url

        // The planner reads it in the viewer, next to "Verzonden berichten".
        page.locator("#account .account-open").click();
        Locator form = page.locator("#login-form");
        form.getByLabel("E-mailadres").fill("planner@demo.stip.nl");
        form.getByLabel("Wachtwoord").fill("stip-demo-2026");
        form.locator("button[type=submit]").click();
        page.waitForFunction("() => document.body.dataset.session === 'user'", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.locator("#account .account-help-inbox").click();
        Locator first = dialog.locator(".help-question").first();
        assertThat(first).containsText(asked);
        assertThat(first).containsText("Zoeken");
        assertThat(first).containsText("Antwoord naar: bezoeker@voorbeeld.nl");
        assertThat(first.getByRole(AriaRole.LINK)).hasAttribute("href", newest.get("link").asString());
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markeer als afgehandeld")).click();
        assertThat(dialog.locator(".help-question").first()).hasAttribute("data-handled", "true");
        Files.write(Paths.get("target", "help-inbox.png"), page.screenshot());

        assertThat(problems).as("requests to other hosts, and page errors").isEmpty();
    }
}
