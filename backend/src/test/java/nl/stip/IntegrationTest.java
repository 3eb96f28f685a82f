package nl.stip;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.stip.platform.database.ConnectionSettings;
import nl.stip.platform.database.DatabaseBootstrap;
import nl.stip.platform.database.LocalPostgresCluster;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Base of every integration test: one Spring context (with the Doesburg demo loaded) on one real PostGIS, shared
 * by all subclasses. PostGIS comes from SPRING_DATASOURCE_URL when set, else Testcontainers when a Docker engine is
 * reachable, else a throwaway cluster from the host's PostgreSQL + PostGIS binaries. Mail goes through real SMTP to
 * an in-process GreenMail server (one for the whole test JVM, like the context), so the SMTP path is what is tested;
 * the outbox path has its own test. The server's port is chosen up front, so {@code stip.public-url} (the address links
 * in mails and OGC API answers start with) is the real address of the test server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class IntegrationTest {

    private static ConnectionSettings database;
    private static GreenMail mail;
    private static int serverPort;
    /** The scrape token of /actuator/prometheus in the test context. */
    protected static final String METRICS_TOKEN = "test-metrics-token";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("server.port", IntegrationTest::serverPort);
        registry.add("stip.public-url", IntegrationTest::publicUrl);
        infrastructure(registry);
    }

    /**
     * What every context of the test JVM shares: the database, the SMTP server, the metrics token and the trusted proxy.
     * A second context (its own properties, e.g. OidcModeIT) registers this and takes a random port of its own.
     */
    public static void infrastructure(DynamicPropertyRegistry registry) {
        ConnectionSettings settings = database();
        if (settings != null) {
            registry.add("spring.datasource.url", settings::url);
            registry.add("spring.datasource.username", settings::username);
            registry.add("spring.datasource.password", settings::password);
        }
        registry.add("stip.metrics.token", () -> METRICS_TOKEN);
        GreenMail smtp = mail();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        // Every test client is 127.0.0.1: trusting it as a proxy lets a test pick its client address with
        // X-Forwarded-For (login throttling counts per client address); a request without the header is 127.0.0.1.
        registry.add("stip.trusted-proxies", () -> "127.0.0.1");
        // scheduled rounds open and due rounds close within a second (RoundScheduleIT waits on it)
        registry.add("stip.participation.schedule-interval", () -> "PT1S");
        // Real STTR files of the national Vergunningcheck next to Stip's own tables, as a municipality would point
        // STIP_RULES_DMN (issue 13: one such file made every lookup answer 500), with a question mapping.
        registry.add("stip.rules.dmn-location", () -> STTR_LOCATION);
        registry.add("stip.rules.questions", () -> STTR_QUESTIONS);
    }

    /** Stip's demo tables plus the Amsterdam STTR files and the hand-made number file (src/test/resources/sttr). */
    public static final String STTR_LOCATION = "classpath*:stip-demo/doesburg/toepasbare-regels/*.dmn,classpath:sttr/geo.dmn,"
            + "classpath:sttr/tree-felling.dmn,classpath:sttr/demo.dmn,classpath:sttr/area-number.dmn";
    /**
     * geo.dmn: "Wordt de aanbouw hoger dan 5 m?", beschermd stadsgezicht, (rijks)monument, and its werkingsgebied
     * nl.imow-gm0363.gebied.4 as the demo plan's "Historische binnenstad"; area-number.dmn: the area.
     */
    public static final String STTR_QUESTIONS = "uitv__e16662c3-d8bf-444d-8340-94998ded1e7e=height-m>5;"
            + "uitv__b9ff3816-1b89-4674-9eac-e0732eca75e4=protection:beschermd-stadsgezicht;"
            + "uitv__ce0dffab-5b40-4bc8-a4e6-4f602a8b1513=protection:monument;"
            + "vraag-oppervlakte=area-m2;"
            // the location question of geo.dmn, answered from the plan object at the place
            + "nl.imow-gm0363.gebied.4=area:Historische binnenstad";

    /** The shared context's stip.public-url: the address links in answers and mails start with. */
    protected static String publicUrl() {
        return "http://127.0.0.1:" + serverPort();
    }

    private static synchronized int serverPort() {
        if (serverPort == 0) {
            serverPort = freePort();
        }
        return serverPort;
    }

    /** The SMTP server every mail of the shared context goes to. */
    protected static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return mail;
    }

    /** A port nothing listens on (just now): for servers the tests start, or to test a refused connection. */
    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized ConnectionSettings database() {
        if (database == null && System.getenv("SPRING_DATASOURCE_URL") == null) {
            database = DatabaseBootstrap.dockerEngineReachable() ? container() : LocalPostgresCluster.throwaway();
        }
        return database;
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    private static ConnectionSettings container() {
        PostgreSQLContainer postgis = new PostgreSQLContainer(
                DockerImageName.parse("postgis/postgis:16-3.4").asCompatibleSubstituteFor("postgres"));
        postgis.start();
        return new ConnectionSettings(postgis.getJdbcUrl(), postgis.getUsername(), postgis.getPassword());
    }
}
