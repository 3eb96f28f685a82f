package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Mijn plannen" and the dossier in a real browser: the demo initiator saves the example plan twice (4 m, then 6 m),
 * finds it in "Mijn plannen", opens it and sees version 2 with the Wijzigingsprint naming the change, the phase
 * timeline and the next steps; looks at version 1 read-only and back; uploads a PNG that is then listed and downloads;
 * a text file and a file over 10 MB get the Dutch reason; "Volgende fase" moves the plan after a confirmation, up to
 * the application, after which it is no longer offered to the owner and the save says the design is frozen.
 */
class MyPlansBrowserIT extends IntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteTheSavedPlans() {
        jdbc.sql("DELETE FROM plan WHERE title LIKE 'Browsertest mijn plannen%'").update();
    }

    @Test
    void theInitiatorOpensTheirPlanFromMijnPlannenAndSeesVersionsPhasesAndDocuments() throws IOException {
        String title = "Browsertest mijn plannen " + System.nanoTime();
        Set<String> foreign = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1280, 760, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/#camera=6.1355,52.0070,250,0,-60&layers=buildings");
            waitFor(page, "document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", 120_000);
            page.evaluate("() => { document.getElementById('controls').open = false; }");
            Locator myPlansButton = page.locator("#my-plans-toggle button");
            assertThat(myPlansButton).isHidden();

            page.locator("#account .account-open").click();
            page.getByLabel("E-mailadres").fill("initiator@demo.stip.nl");
            page.getByLabel("Wachtwoord").fill("stip-demo-2026");
            page.locator("#login-form button[type=submit]").click();
            waitFor(page, "document.body.dataset.session === 'user'", 30_000);

            // Save the example plan at 4 m, then at 6 m: versions 1 and 2.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan tekenen")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teken een voorbeeld hier")).click();
            waitFor(page, "document.body.dataset.plan === 'closed'", 30_000);
            page.getByLabel("Naam van uw plan").fill(title);
            Locator save = page.locator("#plan .dossier-save");
            Locator savedVersion = page.locator("#plan .dossier-plan .dossier-version");
            save.click();
            assertThat(savedVersion).hasText("Versie 1", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            page.getByLabel("Hoogte in meters (hoogste punt)").fill("6");
            save.click();
            assertThat(savedVersion).hasText("Versie 2", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop met tekenen")).click();
            waitFor(page, "document.body.dataset.plan === 'off'", 10_000);

            // "Mijn plannen": the plan with its phase and version; opening it puts version 2 in the drawing and flies there.
            myPlansButton.click();
            Locator row = page.locator("#my-plans .my-plans-rows li").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(row).containsText("Fase: Idee");
            assertThat(row).containsText("Versie 2");
            assertThat(row).containsText("Laatst bewaard:");
            Files.write(Paths.get("target", "my-plans-list.png"), page.screenshot());
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open " + title)).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            Locator panel = page.locator("#my-plans");
            assertThat(panel.locator("h2")).hasText(title);
            waitFor(page, "document.body.dataset.plan === 'closed'", 10_000);
            assertThat(page.locator("#plan-height")).hasValue("6");
            waitFor(page, """
                    (() => { const c = new URLSearchParams(location.hash.slice(1)).get('camera')?.split(',').map(Number);
                             return c && Math.abs(c[2] - 90) < 5 && Math.abs(c[4] + 45) < 1; })()""", 60_000);

            // Track & Trace and the next steps.
            Locator current = panel.locator(".track li[data-state='current']");
            assertThat(current).containsText("Idee");
            assertThat(current).containsText("nu, sinds");
            assertThat(panel.locator(".track li")).hasCount(8);
            assertThat(panel.locator(".track li[data-phase='evaluation']")).containsText("nog niet");
            assertThat(panel.locator(".plan-next-steps")).containsText("Binnen de lijntjes scan");

            // Version 2 with its Wijzigingsprint; version 1 opens read-only, and back.
            Locator v2 = panel.locator(".plan-version-list li[data-version='2']");
            assertThat(v2).hasAttribute("data-latest", "true");
            assertThat(v2.locator(".plan-changes[data-changes-status='ok']"))
                    .containsText("Bouwdeel 1 is 2 meter hoger geworden (van 4 naar 6 meter).");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekijk versie 1")).click();
            assertThat(panel.locator(".plan-dossier")).hasAttribute("data-viewing", "1");
            assertThat(page.locator("#plan-height")).hasValue("4");
            assertThat(save).isDisabled();
            panel.locator(".plan-viewing button").click();
            assertThat(panel.locator(".plan-dossier")).hasAttribute("data-viewing", "");
            assertThat(page.locator("#plan-height")).hasValue("6");

            // Documents: the limits are said before upload; a PNG is added, listed and downloads.
            assertThat(panel.locator(".plan-upload")).containsText("10 MB");
            Locator file = panel.getByLabel("Kies een bestand");
            Locator upload = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Document toevoegen"));
            Locator message = panel.locator(".plan-upload-message");
            file.setInputFiles(new FilePayload("schets.png", "image/png", PNG));
            upload.click();
            assertThat(message).hasAttribute("data-upload", "ok");
            Locator listed = panel.locator(".plan-document-rows li").filter(new Locator.FilterOptions().setHasText("schets.png"));
            assertThat(listed).containsText("Foto of tekening (PNG)");
            assertThat(listed).containsText("16 bytes");
            String href = listed.locator("a").getAttribute("href");
            assertThat(href).matches("/api/v1/plans/\\d+/documents/\\d+");
            APIResponse download = context.request().get("http://127.0.0.1:" + port + href);
            assertThat(download.status()).isEqualTo(200);
            assertThat(Arrays.copyOf(download.body(), 4)).isEqualTo(Arrays.copyOf(PNG, 4));

            file.setInputFiles(new FilePayload("notities.txt", "text/plain", "hallo".getBytes(StandardCharsets.UTF_8)));
            upload.click();
            assertThat(message).hasAttribute("data-upload", "error");
            assertThat(message).hasText("Dit soort bestand kunnen we niet bewaren. Kies een PDF, PNG, JPEG of GLB-bestand.");
            byte[] large = new byte[10 * 1024 * 1024 + 1];
            System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
            file.setInputFiles(new FilePayload("groot.pdf", "application/pdf", large));
            upload.click();
            assertThat(message).hasText("Dit bestand is te groot. Een document mag hoogstens 10 MB zijn.");
            assertThat(panel.locator(".plan-document-rows li")).hasCount(1);

            Files.write(Paths.get("target", "my-plans-dossier.png"), page.screenshot());

            // "Volgende fase", after a confirmation.
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Volgende fase: Verkennen")).click();
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, naar Verkennen")).click();
            assertThat(panel.locator(".track")).hasAttribute("data-phase", "exploring");
            assertThat(panel.locator(".track li[data-phase='idea']")).hasAttribute("data-state", "passed");
            assertThat(panel.locator(".plan-phase-message")).hasText("Het plan is nu in de fase \"Verkennen\".");

            // On to the application, the owner's last step: after it the owner is not offered "Volgende fase" (the
            // decision is the municipality's) and the save says the design is frozen.
            for (String next : List.of("Afstemmen met de gemeente", "Participatie", "Aanvraag")) {
                panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Volgende fase: " + next)).click();
                if (next.equals("Aanvraag")) {
                    assertThat(panel.locator("#plan-phase-question")).containsText("het ontwerp ligt daarna vast");
                }
                panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, naar " + next)).click();
                assertThat(panel.locator(".plan-phase-message")).hasText("Het plan is nu in de fase \"" + next + "\".");
            }
            assertThat(panel.locator(".track")).hasAttribute("data-phase", "application");
            assertThat(panel.locator(".plan-phase-next")).hasCount(0);
            assertThat(save).isDisabled();
            assertThat(page.locator("#plan .dossier-note")).hasText(
                    "Uw aanvraag is ingediend. Het ontwerp ligt nu vast: u kunt het niet meer aanpassen. Wilt u toch iets veranderen? "
                            + "Vraag de gemeente het plan terug te zetten naar een eerdere fase. Daarna kunt u een nieuwe versie bewaren.");
        }

        // The planner opens the same plan from "Mijn plannen": read-only, so no editing controls at all, and the texts
        // speak to the planner (whose plan it is, "waar staat dit plan?", "Volgende fase zetten").
        try (BrowserContext context = Chromium.localOnlyContext(1280, 760, foreign)) {
            Page page = context.newPage();
            page.onPageError(error -> foreign.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/#camera=6.1355,52.0070,250,0,-60&layers=buildings");
            waitFor(page, "document.body.dataset.session === 'anonymous' && document.body.dataset.map === 'ready'", 120_000);
            page.evaluate("() => { document.getElementById('controls').open = false; }");
            page.locator("#account .account-open").click();
            page.getByLabel("E-mailadres").fill("planner@demo.stip.nl");
            page.getByLabel("Wachtwoord").fill("stip-demo-2026");
            page.locator("#login-form button[type=submit]").click();
            waitFor(page, "document.body.dataset.session === 'user'", 30_000);
            page.locator("#my-plans-toggle button").click();
            Locator row = page.locator("#my-plans .my-plans-rows li").filter(new Locator.FilterOptions().setHasText(title));
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open " + title)).click();
            waitFor(page, "document.querySelector('#my-plans .plan-dossier')?.dataset.status === 'ok'", 30_000);
            waitFor(page, "document.body.dataset.plan === 'closed'", 10_000);
            Locator panel = page.locator("#my-plans");
            assertThat(panel.locator(".plan-dossier-owner")).hasText("Plan van initiator@demo.stip.nl");
            assertThat(panel.locator("#plan-track-title")).hasText("Track & Trace: waar staat dit plan?");
            assertThat(panel.locator(".plan-dossier-summary .note"))
                    .hasText("U bekijkt het ontwerp van de initiatiefnemer. Alleen de initiatiefnemer kan het aanpassen.");
            assertThat(panel.locator(".track")).hasAttribute("data-phase", "application");
            assertThat(panel.locator(".plan-phase-next")).hasText(Pattern.compile("^Volgende fase zetten: \\S"));

            // The drawing, brought to the front: values readable, nothing to edit or save.
            page.locator("#plan-toggle .plan-start").click();
            Locator plan = page.locator("#plan");
            assertThat(plan).hasAttribute("data-read-only", "true");
            assertThat(plan.locator("#plan-title")).hasText("Plan bekijken: past het binnen de regels?");
            assertThat(plan.locator(".plan-help")).hasText("U bekijkt dit plan. Alleen de initiatiefnemer kan het aanpassen.");
            assertThat(plan.locator("#dossier-heading")).hasText("Het bewaarde plan");
            assertThat(page.locator("#plan-height")).hasValue("6");
            assertThat(page.locator("#plan-height")).isDisabled();
            assertThat(page.locator("#plan-height-hint")).isHidden(); // "sleep het gele bolletje" is not for looking
            assertThat(plan.locator(".dossier-save")).isHidden();
            assertThat(plan.locator(".plan-models")).isHidden();
            @SuppressWarnings("unchecked")
            List<String> active = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                    + "'#plan button, #plan input, #plan select, #plan textarea')]"
                    + ".filter((el) => el.checkVisibility() && !el.disabled)"
                    + ".map((el) => el.getAttribute('aria-label') || el.textContent.trim())");
            System.out.println("MyPlansBrowserIT planner's active controls in the drawing: " + active);
            assertThat(active).as("active controls in the planner's read-only drawing").isNotEmpty()
                    .allMatch(name -> name.equals("Stop met tekenen") || name.equals("Bouwdeel 1. Kies bouwdeel 1 om de maten te zien")
                            || name.contains("snap het niet") || name.equals("Begin een nieuw plan") || name.startsWith("Terug naar")
                            // the bezonningsstudie only computes and shows; it changes nothing in the plan
                            || name.equals("Bekijk de bezonning"),
                            "only looking, closing, going back and asking");
            Files.write(Paths.get("target", "my-plans-planner.png"), page.screenshot());
        }
        assertThat(foreign).as("requests to other hosts, and page errors").isEmpty();
    }

    private static void waitFor(Page page, String condition, double timeoutMs) {
        page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }
}
