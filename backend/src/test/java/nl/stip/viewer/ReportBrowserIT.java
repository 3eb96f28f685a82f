package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.stip.Browser;
import nl.stip.Http;
import nl.stip.participation.RoundFixture;
import org.junit.jupiter.api.Test;

/**
 * The participatieverslag as a page in the viewer: the planner opens it from the closed round's panel and reads the
 * numbers that are stored (reactions per theme and stance, the '< 5' rule), the downloads are the report's files; a bad
 * round id in a shared URL and a visitor without the right get a calm Dutch message. Axe runs on the page.
 */
class ReportBrowserIT extends RoundFixture {

    private long post(Browser who, long round, String stance, String theme, String text) {
        Http.Response r = who.post("/api/v1/rounds/" + round + "/reactions", "{\"stance\":\"" + stance + "\",\"theme\":\"" + theme
                + "\",\"text\":\"" + text + "\",\"place\":" + place(2, 3, 2) + ",\"volumeIndex\":0}");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void the_planner_reads_the_stored_numbers_on_the_report_page_and_downloads_it() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Browser resident = login(RESIDENT);
        post(resident, round, "concern", "sunlight", "Te veel schaduw <b>vet</b>");
        post(resident, round, "concern", "sunlight", "Mijn tuin");
        post(resident, round, "support", "green", "Mooi groen");
        assertThat(login(PLANNER).post("/api/v1/rounds/" + round + "/close", "{}").status()).isEqualTo(200);

        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.strictContext(1280, 900, foreign)) {
            Page page = context.newPage();
            page.onPageError(e -> foreign.add("page error: " + e));
            page.navigate("http://127.0.0.1:" + port + "/?round=" + round);
            ViewerSteps.login(page, PLANNER);
            ViewerSteps.waitFor(page, "document.body.dataset.round === 'ok'", 120_000);
            Locator link = page.locator("#round .round-report-link");
            assertThat(link).isVisible();
            assertThat(link).hasText("Bekijk het participatieverslag");
            link.click();
            ViewerSteps.waitFor(page, "document.getElementById('report')?.dataset.status === 'ready'", 60_000);

            Locator sun = page.locator("#report [data-table='reacties-per-thema'] tbody tr").filter(new Locator.FilterOptions().setHasText("Bezonning"));
            assertThat(sun.locator("td").last()).hasText("2");
            assertThat(page.locator("#report [data-table='reacties-totaal'] tbody tr td").last()).hasText("3");
            assertThat(page.locator("#report [data-table='reacties-per-thema'] .report-bar")).hasCount(7);
            String text = page.locator("#report").innerText();
            assertThat(text).contains("Participatieverslag").contains("0–25 m");
            assertThat(page.locator("#report .report-part").count()).isGreaterThanOrEqualTo(4);
            // fewer than five people in a ring: never a number
            assertThat(text).contains("< 5");
            assertThat(page.locator("#report b")).hasCount(0);

            Download pdf = page.waitForDownload(() -> page.locator("#report .report-downloads a").first().click());
            assertThat(pdf.suggestedFilename()).endsWith(".pdf");
            assertThat(pdf.failure()).isNull();
            Axe.assertNoSeriousViolations(page, "report page");
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void a_bad_round_in_the_url_and_a_refused_report_get_a_calm_dutch_message() {
        long plan = publishedPlan();
        long round = openRound(plan, "post", "accounts");
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 900, foreign)) {
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/report.html#report=twaalf");
            ViewerSteps.waitFor(page, "document.getElementById('report')?.dataset.status === 'error'", 30_000);
            assertThat(page.locator("#report .error")).hasText("Dit adres wijst niet naar een ronde. Kies een ronde in de lijst om het verslag te openen.");

            page.navigate("http://127.0.0.1:" + port + "/report.html#report=" + round);
            ViewerSteps.waitFor(page, "document.getElementById('report')?.dataset.status === 'error'", 30_000);
            assertThat(page.locator("#report .error")).hasText("Deze ronde is nog niet gesloten. Het verslag komt er als de ronde gesloten is.");

            page.navigate("http://127.0.0.1:" + port + "/report.html#report=999999999");
            ViewerSteps.waitFor(page, "document.getElementById('report')?.dataset.status === 'error' && document.querySelector('#report .error').textContent.includes('bestaat niet')", 30_000);
            assertThat(page.locator("#report .error")).hasText("Deze ronde bestaat niet (meer).");
        }
    }
}
