package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire in a real browser (nothing leaves 127.0.0.1): at the demo house an STTR activity is "nog niet te
 * bepalen"; its questions open under it with the file's own texts, what the place answers filled in and marked, and
 * the answers give the conclusion.
 */
class QuestionnaireBrowserIT extends IntegrationTest {

    private static final String HOUSE = "0221100000311445";

    @Test
    void aVisitorAnswersTheNationalQuestionsAndReadsTheConclusion() {
        Set<String> problems = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 900, problems)) {
            Page page = context.newPage();
            page.onPageError(error -> problems.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/");
            page.waitForFunction("() => document.body.dataset.session === 'anonymous'", null, new Page.WaitForFunctionOptions().setTimeout(120_000));
            page.locator("#search").fill(HOUSE);
            page.locator("#search").press("Enter");
            Locator panel = page.locator("#panel");
            assertThat(panel).containsText("Gebouw " + HOUSE, new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            page.evaluate("() => document.querySelectorAll('#panel details').forEach(d => { d.open = true; })");

            // Amsterdam's "Conclusie Bouwen": the place answers "beschermd stadsgezicht?" (no, here) and says so
            Locator geo = panel.locator("li.procedure", new Locator.LocatorOptions().setHasText("Conclusie Bouwen"));
            assertThat(geo.locator(".outcome").first()).hasText("Nog niet te bepalen");
            geo.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beantwoord de vragen")).click();
            Locator bsg = geo.locator("[data-question='_b9ff3816-1b89-4674-9eac-e0732eca75e4']");
            assertThat(bsg).containsText("Gaat u een aanbouw maken in een beschermd stadsgezicht?", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(bsg.locator(".prefilled")).containsText("ingevuld uit de gegevens van deze plek");
            assertThat(bsg.getByLabel("Nee")).isChecked();

            // The tree file: answer its four questions, see the conclusion
            Locator tree = panel.locator("li.procedure", new Locator.LocatorOptions().setHasText("ConclusieBoomKappen"));
            tree.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Beantwoord de vragen")).click();
            Locator form = tree.locator(".questionnaire");
            assertThat(form).containsText("Staat de boom in een tuin of op een erf?", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            form.locator("[data-question='erf']").getByLabel("Ja").check();
            form.locator("[data-question='beschermd']").getByLabel("Nee").check();
            form.locator("[data-question='plan'] select").selectOption(new SelectOption().setLabel("Kappen"));
            form.locator("[data-question='vormboom']").getByLabel("Nee").check();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk de uitkomst")).click();
            assertThat(form.locator(".questionnaire-outcome")).containsText("Geen vergunning nodig", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

            form.locator("[data-question='erf']").getByLabel("Nee").check();
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk de uitkomst")).click();
            assertThat(form.locator(".questionnaire-outcome")).containsText("Vergunning nodig", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        }
        assertThat(problems).isEmpty();
    }
}
