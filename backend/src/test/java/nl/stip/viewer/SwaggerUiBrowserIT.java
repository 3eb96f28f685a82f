package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Swagger UI works under its own Content-Security-Policy: it lists the API and reports no violation. */
class SwaggerUiBrowserIT extends IntegrationTest {

    @Test
    void listsTheApiWithoutAPolicyViolation() {
        Set<String> problems = new ConcurrentSkipListSet<>();
        try (BrowserContext context = Chromium.localOnlyContext(1000, 700, problems)) {
            Page page = context.newPage();
            page.onPageError(error -> problems.add("page error: " + error));
            page.navigate("http://127.0.0.1:" + port + "/swagger-ui.html");
            assertThat(page.locator(".opblock-summary-path").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator("body")).containsText("/api/v1/lookup");
            page.locator(".opblock-summary").first().click(); // expand an operation: React renders its schema
            page.waitForTimeout(500); // nothing to wait on: a late violation would be reported in this time
            assertThat(problems).as("CSP violations, foreign requests, page errors").isEmpty();
        }
    }
}
