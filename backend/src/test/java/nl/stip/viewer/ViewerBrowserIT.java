package nl.stip.viewer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The viewer in a real browser (Debian's Chromium with software WebGL), against the app with the Doesburg demo. Every
 * request is routed: anything that would leave 127.0.0.1 is refused and fails the test, so the viewer provably runs
 * offline. SwiftShader is slow, so the tests are few and the timeouts long.
 */
class ViewerBrowserIT extends IntegrationTest {

    private static final double FIRST_RENDER_MS = 180_000;
    /** Looking north over Doesburg's historic centre from 350 m. */
    private static final String DOESBURG = "#camera=6.1352,52.0105,350,0,-45&layers=buildings";

    private BrowserContext context;
    private Page page;
    private final Set<String> foreignRequests = new ConcurrentSkipListSet<>();

    @BeforeEach
    void openContext() {
        context = Chromium.localOnlyContext(800, 600, foreignRequests);
        page = context.newPage();
        page.onPageError(error -> foreignRequests.add("page error: " + error));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void rendersDoesburgOfflineAndAnswersAClickOnABuilding() throws IOException {
        // With the derived ground (streets grey, plots pale green) under the buildings, as a first visit shows it.
        page.navigate(url("/" + DOESBURG + ",ground"));
        page.waitForFunction("() => document.body.dataset.layerBuildings === 'ready' && document.body.dataset.layerGround === 'ready'",
                null, new Page.WaitForFunctionOptions().setTimeout(FIRST_RENDER_MS));
        assertThat(page.locator("#legend .legend-source")).hasText("Ondergrond afgeleid van percelen en gebouwen (demo)");
        page.waitForFunction("() => document.body.dataset.firstRender", null, new Page.WaitForFunctionOptions().setTimeout(FIRST_RENDER_MS));
        System.out.println("ViewerBrowserIT first complete render: " + page.evaluate("() => document.body.dataset.firstRender") + " ms");
        page.evaluate("() => { document.getElementById('controls').open = false; }"); // the map, not the legend

        Locator map = page.locator("#map canvas");
        BuildingPixels buildings = waitForBuildings(map);
        Files.write(Paths.get("target", "viewer-doesburg.png"), page.screenshot());
        assertThat(buildings.fraction()).as("share of the map showing buildings").isGreaterThan(0.03);
        double street = streetPixels(ImageIO.read(new ByteArrayInputStream(map.screenshot())));
        System.out.println("ViewerBrowserIT share of the map drawn as street: " + street);
        assertThat(street).as("share of the map drawn as street (grey)").isGreaterThan(0.02);

        map.click(new Locator.ClickOptions().setPosition(buildings.x(), buildings.y()));
        assertThat(page.locator("#panel")).containsText("Wat is hier?", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#panel")).containsText("Doesburg");
        page.waitForFunction("() => location.hash.includes('building=0221')", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        Files.write(Paths.get("target", "viewer-doesburg-selected.png"), page.screenshot());

        assertThat(foreignRequests).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void theRuleLayerShowsItsBestemmingenInTheLegendInTheStandardColours() {
        page.navigate(url("/#camera=6.1352,52.0105,350,0,-45&layers=buildings"));
        page.waitForFunction("() => document.body.dataset.layerBuildings === 'ready'", null,
                new Page.WaitForFunctionOptions().setTimeout(FIRST_RENDER_MS));
        assertThat(page.locator("#legend .legend-functions")).containsText("Zet de laag met regels aan");

        Page rules = context.newPage();
        rules.onPageError(error -> foreignRequests.add("page error: " + error));
        rules.navigate(url("/#camera=6.1352,52.0105,350,0,-45&layers=buildings,ruleAreas"));
        rules.waitForFunction("() => document.body.dataset.layerRuleAreas === 'ready'", null,
                new Page.WaitForFunctionOptions().setTimeout(FIRST_RENDER_MS));
        // The demo's areas in view, each once, with the SVBP2012 colour of its hoofdgroep (centrum 255,200,190).
        Locator legend = rules.locator("#legend .legend-functions");
        assertThat(legend).containsText("Centrum", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(legend).not().containsText("Agrarisch");
        assertThat(legend).not().containsText("Zet de laag");
        assertThat(legend.locator("li", new Locator.LocatorOptions().setHasText("Centrum")).locator(".swatch"))
                .hasAttribute("style", java.util.regex.Pattern.compile("rgb\\(255, 200, 190\\)|#ffc8be"));
        assertThat(rules.locator("#legend")).containsText("Bouwvlak");
        rules.close();
        assertThat(foreignRequests).as("requests to other hosts, and page errors").isEmpty();
    }

    @Test
    void searchFliesToABuildingAndAnAddressAndASharedLinkReopensTheSameView() {
        page.navigate(url("/" + DOESBURG));
        Locator panel = page.locator("#panel");
        LocatorAssertions.ContainsTextOptions slow = new LocatorAssertions.ContainsTextOptions().setTimeout(90_000);

        search("0221100000312938");
        assertThat(panel).containsText("Gebouw 0221100000312938", slow);
        page.getByText("Het gebouw en zijn geschiedenis").click();
        assertThat(panel).containsText("Geschiedenis, oudste eerst");
        assertThat(panel).containsText("Het gebouw komt voor het eerst in de registratie.");
        page.waitForFunction("() => location.hash.includes('building=0221100000312938') && location.hash.includes('camera=6.13')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));

        String shared = page.url();
        Page other = context.newPage();
        other.navigate(shared);
        assertThat(other.locator("#panel")).containsText("Gebouw 0221100000312938", slow);
        assertThat(other.locator("#panel")).containsText("Binnenstad");
        other.waitForFunction("() => location.hash.length > 1", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(cameraOf(other.url())).isEqualTo(cameraOf(shared));
        other.close();

        Map<String, Object> address = amsterdamAddress();
        search(address.get("postcode") + " " + address.get("huisnummer"));
        // One hit flies at once; where several addresses share a number (with additions) the plain one is listed first.
        page.waitForFunction("() => /camera=4\\.[89]/.test(location.hash) || document.querySelector('.search-hit')", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        if (page.locator(".search-hit").count() > 0) {
            assertThat(page.locator(".search-hit").first()).containsText("Adres: ");
            page.locator(".search-hit").first().click();
        }
        page.waitForFunction("() => /camera=4\\.[89]/.test(location.hash)", null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertThat(panel).containsText("geen gegevens", slow);
        assertThat(foreignRequests).isEmpty();
    }

    private void search(String text) {
        page.locator("#search").fill(text);
        page.locator("#search").press("Enter");
    }

    private static String cameraOf(String url) {
        return java.util.Arrays.stream(URI.create(url).getFragment().split("&")).filter(p -> p.startsWith("camera=")).findFirst().orElse("");
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.stip.importing.ImportService imports;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A real PDOK BAG address (Amsterdam sample), imported for the test and removed afterwards. */
    private Map<String, Object> amsterdamAddress() {
        imports.run("bag-gpkg", List.of(nl.stip.importing.GisSamples.path("bag-amsterdam-adressen/bag.gpkg")),
                nl.stip.importing.ImportOptions.defaults().withSourceLabel("viewer-test").withSkipInvalid(true), null);
        return jdbc.sql("SELECT postcode, huisnummer FROM address WHERE postcode IS NOT NULL AND huisletter IS NULL "
                + "AND toevoeging IS NULL ORDER BY identificatie LIMIT 1").query().singleRow();
    }

    @AfterEach
    void removeAddresses() {
        jdbc.sql("DELETE FROM address WHERE source = 'viewer-test'").update();
        jdbc.sql("DELETE FROM data_load WHERE source = 'viewer-test'").update();
    }

    @Test
    void saysWhenTheServerIsUnreachableAndTriesAgain() {
        page.route("**/api/v1/lookup**", route -> route.abort("connectionrefused"));
        page.navigate(url("/#point=6.1350682,52.0137594&layers=")); // a shared link: the lookup starts at once
        Locator panel = page.locator("#panel");
        assertThat(panel).containsText("We kunnen de server nu niet bereiken", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

        page.unroute("**/api/v1/lookup**");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw proberen")).click();
        assertThat(panel).containsText("Historische binnenstad", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(panel).containsText("Wat mag ik hier bouwen?");
        assertThat(foreignRequests).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Screenshots the map until buildings show (rendering is slow in software); returns where one is. */
    private BuildingPixels waitForBuildings(Locator map) throws IOException {
        long deadline = System.currentTimeMillis() + (long) FIRST_RENDER_MS;
        BuildingPixels found;
        do {
            page.waitForTimeout(3_000);
            found = BuildingPixels.of(ImageIO.read(new ByteArrayInputStream(map.screenshot())));
        } while (found.fraction() < 0.03 && System.currentTimeMillis() < deadline);
        return found;
    }

    /**
     * Pixels in the buildings' colours: the demo's heights are estimated, drawn in light sand stripes (lit, so a
     * little lighter or darker), which neither the green base map nor the light-blue background has.
     */
    /** The share of pixels in the derived ground's street grey (#b4b8bd, shaded a little either way). */
    private static double streetPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0xb4) <= 14 && Math.abs(g - 0xb8) <= 14 && Math.abs(b - 0xbd) <= 14) {
                    count++;
                }
            }
        }
        return count / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    record BuildingPixels(double fraction, double x, double y) {

        static BuildingPixels of(BufferedImage image) {
            int count = 0;
            double cx = image.getWidth() / 2.0;
            double cy = image.getHeight() / 2.0;
            double bestDistance = Double.MAX_VALUE;
            double bx = cx;
            double by = cy;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (r >= 150 && g >= 135 && b >= 100 && r >= b + 15 && g <= r + 5) {
                        count++;
                        double distance = Math.hypot(x - cx, y - cy);
                        if (distance < bestDistance && isSolid(image, x, y)) {
                            bestDistance = distance;
                            bx = x;
                            by = y;
                        }
                    }
                }
            }
            return new BuildingPixels((double) count / (image.getWidth() * image.getHeight()), bx, by);
        }

        /** A pixel whose neighbours are building-coloured too: a click there hits the building, not its edge. */
        private static boolean isSolid(BufferedImage image, int x, int y) {
            for (int dy = -3; dy <= 3; dy += 3) {
                for (int dx = -3; dx <= 3; dx += 3) {
                    int px = x + dx;
                    int py = y + dy;
                    if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) return false;
                    int rgb = image.getRGB(px, py);
                    int r = (rgb >> 16) & 0xff;
                    int b = rgb & 0xff;
                    if (r < 140 || r < b + 10) return false;
                }
            }
            return true;
        }
    }
}
