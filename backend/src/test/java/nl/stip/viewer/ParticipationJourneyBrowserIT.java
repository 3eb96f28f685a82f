package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.stip.viewer.ViewerSteps.NEIGHBOUR;
import static nl.stip.viewer.ViewerSteps.PASSWORD;
import static nl.stip.viewer.ViewerSteps.login;
import static nl.stip.viewer.ViewerSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.stip.Browser;
import nl.stip.DemoGarden;
import nl.stip.Http;
import nl.stip.IntegrationTest;
import nl.stip.TestAccounts;
import nl.stip.accounts.Mailbox;
import nl.stip.TestGeometry;
import nl.stip.geo.CrsTransform;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, "done when", on the demo data in three browsers: in a round the planner opened (variants within bounds and a
 * budget), two neighbours each build a variant of the published extension — a lower roof and trees — see the indicators
 * and the check beside the plan, compare it with the plan by the slider, and spend the budget; each sees the other's
 * ballot arrive in the results live. The planner closes the round in the viewer, opens the participatieverslag and
 * downloads it as PDF, CSV and GeoJSON: the variants' indicators, the ballots and the money spent in those files are
 * what the neighbours did, and what the database holds.
 */
class ParticipationJourneyBrowserIT extends IntegrationTest {

    static final String TITLE = "Browsertest inspraakreis";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetThePlans() {
        ViewerSteps.deletePlans(jdbc, TITLE);
    }

    record Round(long id, Coordinate at) {
    }

    /** A published 3 × 4 m, 4 m extension in the demo garden; a round on it with variants (2,5–4,5 m, objects within 50 × 50 m around the garden) and a budget. */
    Round openRound(String title) {
        Coordinate garden = DemoGarden.find(jdbc).centre();
        long plan = ViewerSteps.publishedExtension(port, garden, title, 3, 4, 4);
        Browser planner = new Browser(port).loggedInAs("planner@demo.stip.nl", PASSWORD);
        long id = ViewerSteps.draftRound(planner, plan, "Inspraak " + title, "[]",
                "{\"reactions\":true,\"replies\":true,\"agreement\":true,\"variants\":true,\"votes\":false,\"budget\":true}");
        Http.Response bounds = planner.put("/api/v1/rounds/" + id + "/variant-bounds",
                "{\"minHeight\":2.5,\"maxHeight\":4.5,\"area\":" + TestGeometry.rect(garden.x, garden.y, 50, 50) + ",\"keepVolumes\":[0]}");
        assertThat(bounds.status()).as(bounds.text()).isEqualTo(200);
        Http.Response setup = planner.put("/api/v1/rounds/" + id + "/vote-setup", "{\"method\":\"budget\",\"options\":["
                + "{\"key\":\"speelplek\",\"label\":\"Speelplek\",\"cost\":25000},{\"key\":\"bomen\",\"label\":\"6 bomen\",\"cost\":9000},"
                + "{\"key\":\"dak\",\"label\":\"Lager dak\",\"cost\":40000}],\"budget\":60000}");
        assertThat(setup.status()).as(setup.text()).isEqualTo(200);
        Http.Response opened = planner.post("/api/v1/rounds/" + id + "/open", "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        return new Round(id, CrsTransform.toWgs84(garden.x, garden.y));
    }

    static Locator button(Locator in, String name) {
        return in.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator indicator(Locator editor, String id) {
        return editor.locator(".variant-indicators tr[data-indicator='" + id + "'] td");
    }

    /** In the round panel: a variant with the roof at {@code height} (as typed, Dutch) and {@code trees} trees, saved. */
    static void buildVariant(Page page, String height, String shownHeight, int trees, String name) {
        Locator panel = page.locator("#round");
        button(panel, "Maak uw variant").click();
        Locator editor = panel.locator(".variant-editor-box");
        assertThat(editor).hasAttribute("data-preview", "ok", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        Locator heightField = editor.getByLabel("Hoogte (meter)");
        heightField.fill(height);
        heightField.press("Tab");
        editor.getByLabel("Wat zet u neer?").selectOption("tree");
        Locator beside = button(editor, "Zet neer naast het plan");
        for (int i = 0; i < trees; i++) {
            beside.click();
        }
        assertThat(editor.locator(".variant-objects li[data-kind='tree']")).hasCount(trees);
        assertThat(indicator(editor, "trees").nth(1)).hasText(trees + " stuks", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(editor).hasAttribute("data-preview", "ok", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        // beside the original: the plan has no trees and its roof at 4 m
        assertThat(indicator(editor, "trees").nth(0)).hasText("0 stuks");
        assertThat(indicator(editor, "highest-point").nth(0)).hasText("4 m");
        assertThat(indicator(editor, "highest-point").nth(1)).hasText(shownHeight);
        assertThat(editor).hasAttribute("data-check", "pass");
        editor.getByLabel("Naam van uw variant (mag leeg blijven)").fill(name);
        button(editor, "Bewaar variant").click();
        assertThat(panel.locator(".variant-message")).hasText("Uw variant is bewaard. Iedereen in deze ronde kan hem nu zien.");
    }

    /** Opens a saved variant beside the plan and slides all the way to the variant. */
    static void compareWithThePlan(Page page, String name) {
        Locator list = page.locator("#round .variant-list");
        Locator item = list.locator(".variant-items li").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(item).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
        button(item, "Vergelijk: " + name).click();
        Locator slider = list.getByLabel("Van plan (links) naar variant (rechts)").first();
        assertThat(slider).isFocused();
        page.keyboard().press("End");
        assertThat(list).hasAttribute("data-compare", "slider,1");
    }

    /** Ticks the options (their labels with cost) and casts the ballot. */
    static void spend(Page page, String... options) {
        Locator ballot = page.locator("#round .round-ballot");
        for (String option : options) {
            ballot.getByLabel(option).check();
        }
        ballot.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stem")).click();
        assertThat(ballot.locator(".ballot-message")).hasText("Uw stem is opgeslagen. U kunt hem wijzigen zolang de ronde open is.");
    }

    @Test
    void twoNeighboursShapeVariantsAndSpendTheBudgetThenThePlannerDownloadsAReportThatSaysWhatHappened() throws IOException {
        String title = TITLE + " " + System.nanoTime();
        Round round = openRound(title);
        String second = TestAccounts.signUp(port, new Mailbox(mail()), "buurvrouw", "RESIDENT");
        String url = "http://127.0.0.1:" + port + "/?round=" + round.id() + "#" + RoundLiveBrowserIT.cameraAt(round.at());
        String ready = "document.body.dataset.round === 'ok' && document.body.dataset.roundLive === 'live' && document.body.dataset.ballot === 'ready'";
        Set<String> foreign = new ConcurrentSkipListSet<>();
        Map<String, byte[]> files = new HashMap<>();

        try (BrowserContext firstContext = Chromium.strictContext(1280, 900, foreign);
             BrowserContext secondContext = Chromium.strictContext(1280, 900, foreign);
             BrowserContext plannerContext = Chromium.strictContext(1280, 900, foreign)) {
            Page first = firstContext.newPage();
            first.onPageError(error -> foreign.add("page error (first neighbour): " + error));
            first.navigate(url);
            login(first, NEIGHBOUR);
            waitFor(first, ready, 120_000);

            Page secondPage = secondContext.newPage();
            secondPage.onPageError(error -> foreign.add("page error (second neighbour): " + error));
            secondPage.navigate(url);
            ViewerSteps.loginWith(secondPage, second, TestAccounts.SIGN_UP_PASSWORD);
            waitFor(secondPage, ready, 120_000);

            // Each shapes a variant: a lower roof and trees (the second types a Dutch decimal).
            buildVariant(first, "3", "3 m", 3, "Lager dak met drie bomen");
            buildVariant(secondPage, "3,5", "3,5 m", 2, "Iets lager met twee bomen");
            // ... sees the other's appear without reloading, and compares their own with the plan.
            assertThat(first.locator("#round .variant-items li")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            compareWithThePlan(first, "Lager dak met drie bomen");
            compareWithThePlan(secondPage, "Iets lager met twee bomen");

            // Both spend the budget; the first sees the second's ballot arrive live.
            Locator results = first.locator("#round .ballot-results");
            spend(first, "Speelplek — € 25.000", "6 bomen — € 9.000");
            assertThat(results.locator(".ballot-results-count")).hasText("1 stem(men)", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            spend(secondPage, "6 bomen — € 9.000", "Lager dak — € 40.000");
            assertThat(results.locator(".ballot-results-count")).hasText("2 stem(men)", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            assertThat(results.locator(".ballot-bar[data-key='bomen']")).hasText("6 bomen: 2 stemmen, € 18.000 (100,0%)");
            assertThat(results.locator(".ballot-bar[data-key='dak']")).hasText("Lager dak: 1 stemmen, € 40.000 (50,0%)");
            assertThat(secondPage.locator("#round .ballot-results .ballot-results-count")).hasText("2 stem(men)");

            // The planner closes the round in the viewer and downloads the participatieverslag.
            Page planner = plannerContext.newPage();
            planner.onPageError(error -> foreign.add("page error (planner): " + error));
            planner.navigate("http://127.0.0.1:" + port + "/?round=" + round.id());
            login(planner, "planner@demo.stip.nl");
            waitFor(planner, "document.body.dataset.round === 'ok'", 120_000);
            planner.locator("#round .round-close-round").click();
            Locator link = planner.locator("#round .round-report-link");
            assertThat(link).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            link.click();
            waitFor(planner, "document.getElementById('report')?.dataset.status === 'ready'", 60_000);
            Locator downloads = planner.locator("#report .report-downloads a");
            assertThat(downloads).hasCount(3);
            for (int i = 0; i < 3; i++) {
                Locator a = downloads.nth(i);
                Download download = planner.waitForDownload(a::click);
                assertThat(download.failure()).isNull();
                String name = download.suggestedFilename();
                // read now: the browser context deletes its downloads when it closes
                files.put(name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(download.path()));
            }
            // what the neighbours saw in the editor is what the round's results say
            assertThat(planner.locator("#report").innerText()).contains("Lager dak met drie bomen").contains("Iets lager met twee bomen");
        }
        assertThat(foreign).as("requests to other hosts, policy violations and page errors").isEmpty();
        assertThat(files).containsKeys("pdf", "zip", "geojson");

        // The database: two ballots, € 83.000 spent; two variants.
        assertThat(jdbc.sql("SELECT count(*) FROM vote_ballot WHERE round_id = ?").param(round.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sum(spent) FROM vote_ballot WHERE round_id = ?").param(round.id()).query(Long.class).single()).isEqualTo(83_000);

        // PDF, read back with PDFBox
        String pdf;
        try (PDDocument document = Loader.loadPDF(files.get("pdf"))) {
            pdf = new PDFTextStripper().getText(document);
        }
        // Each variant's row (version, m³, highest point, built-up %, green m², parking, trees, rules failed, fits,
        // reactions), compared without white space: narrow columns wrap their words.
        String cells = pdf.replaceAll("\\s+", "");
        assertThat(cells).contains("Oorspronkelijkplan4843,930000ja")
                .contains("Lagerdakmetdriebomen13633,9348030ja0")
                .contains("Ietslagermettweebomen1423,53,9332020ja0");
        assertThat(pdf.replaceAll("\\s+", " ")).contains("Samen besteed: € 83.000.")
                // every character prints (the PDF standard fonts turned this minus into '?')
                .contains("oppervlakte × (hoogte − onderkant)");

        // CSV, one file per table
        Map<String, List<CSVRecord>> csv = unzip(files.get("zip"));
        List<CSVRecord> variants = csv.get("variants-variants.csv");
        assertThat(variants).as(csv.keySet().toString()).isNotNull();
        CSVRecord firstVariant = row(variants, "Lager dak met drie bomen");
        CSVRecord secondVariant = row(variants, "Iets lager met twee bomen");
        CSVRecord original = row(variants, "Oorspronkelijk plan");
        assertThat(firstVariant.get("Bomen (stuks)")).isEqualTo("3");
        assertThat(secondVariant.get("Bomen (stuks)")).isEqualTo("2");
        assertThat(original.get("Bomen (stuks)")).isEqualTo("0");
        assertThat(firstVariant.get("Hoogste punt (m)")).isEqualTo("3");
        assertThat(secondVariant.get("Hoogste punt (m)")).isEqualTo("3,5");
        assertThat(firstVariant.get("Past binnen de regels")).isEqualTo("ja");
        List<CSVRecord> votes = csv.get("stemming-stemming-uitslag.csv");
        assertThat(row(votes, "Speelplek").get("Stemmen")).isEqualTo("1");
        assertThat(row(votes, "6 bomen").get("Stemmen")).isEqualTo("2");
        assertThat(row(votes, "6 bomen").get("Besteed (euro)")).isEqualTo("18000");
        assertThat(row(votes, "Lager dak").get("Besteed (euro)")).isEqualTo("40000");

        // GeoJSON: each variant's trees where the neighbours put them
        JsonNode geo = new ObjectMapper().readTree(files.get("geojson"));
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(trees(geo, "Lager dak met drie bomen")).isEqualTo(3);
        assertThat(trees(geo, "Iets lager met twee bomen")).isEqualTo(2);
    }

    static long trees(JsonNode collection, String variant) {
        long n = 0;
        for (JsonNode f : collection.get("features")) {
            JsonNode p = f.get("properties");
            if (variant.equals(p.path("variant").asText()) && "tree".equals(p.path("kind").asText())) {
                n++;
            }
        }
        return n;
    }

    static CSVRecord row(List<CSVRecord> rows, String first) {
        return rows.stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    static Map<String, List<CSVRecord>> unzip(byte[] zip) throws IOException {
        Map<String, List<CSVRecord>> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                    out.put(e.getName(), CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                            .get().parse(reader).getRecords());
                }
            }
        }
        return out;
    }
}
