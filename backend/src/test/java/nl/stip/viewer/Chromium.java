package nl.stip.viewer;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium with software WebGL (SwiftShader), driven by Playwright without downloading a browser: one
 * instance for all browser tests, closed when the test JVM ends. Contexts refuse every request that would leave
 * 127.0.0.1, so the viewer provably runs offline.
 */
final class Chromium {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            "--use-angle=swiftshader", "--enable-unsafe-swiftshader");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    /** The shared browser; skips the calling test where Debian's chromium package is missing. */
    static synchronized Browser browser() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "needs Debian's chromium package at " + EXECUTABLE);
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }, "close-chromium"));
        }
        return browser;
    }

    /**
     * A new context of the given size whose requests to other hosts are refused and recorded in {@code foreign}, as is
     * every Content-Security-Policy violation its pages report (the securitypolicyviolation event, or Chromium's
     * "Refused to …" console message), so a policy that blocks something the viewer needs fails the test.
     */
    static BrowserContext localOnlyContext(int width, int height, Set<String> foreign) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '"
                + " + e.effectiveDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber));");
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")) {
                foreign.add("CSP: " + text);
            }
        });
        context.route("**/*", route -> {
            String url = route.request().url();
            if ("127.0.0.1".equals(URI.create(url).getHost())) {
                route.resume();
            } else {
                foreign.add(url);
                route.abort();
            }
        });
        return context;
    }

    /**
     * {@link #localOnlyContext} that also records every console error of its pages in {@code problems} (a failed
     * request, an error the viewer logs), for the journeys that must run without any.
     */
    static BrowserContext strictContext(int width, int height, Set<String> problems) {
        BrowserContext context = localOnlyContext(width, height, problems);
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error: " + message.text());
            }
        });
        return context;
    }
}
