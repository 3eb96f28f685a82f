package nl.stip.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core (the frontend module's devDependency, installed by {@code npm ci}) run in the page: the WCAG 2.1 A and AA
 * rules, failing on every serious or critical violation with the rule, its help text and the elements it found.
 * The script is read from {@code frontend/node_modules/axe-core/axe.min.js}, found by walking up to the repository root.
 */
final class Axe {

    private static final String RELATIVE = "frontend/node_modules/axe-core/axe.min.js";
    private static String script;

    private Axe() {
    }

    /** Fails when axe finds a serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    static void assertNoSeriousViolations(Page page, String screen) {
        List<String> found = seriousViolations(page);
        assertThat(found).as("serious or critical WCAG 2.1 A/AA violations on " + screen).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // Not a script tag: the viewer's Content-Security-Policy (rightly) blocks inline scripts. A function
            // evaluated through the DevTools protocol is not page script, so axe loads without weakening the policy.
            page.evaluate("() => {\n" + script() + "\n}");
        }
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                                      resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')
                      + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '')).join('; ')}`);
                }""");
        return (List<String>) result;
    }

    private static synchronized String script() {
        if (script == null) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(RELATIVE);
                if (Files.isRegularFile(candidate)) {
                    try {
                        script = Files.readString(candidate);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    break;
                }
            }
            if (script == null) {
                throw new IllegalStateException("No " + RELATIVE + " above " + Path.of("").toAbsolutePath() + ": run npm ci in frontend/");
            }
        }
        return script;
    }
}
