package nl.stip;

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
 * reachable, else a throwaway cluster from the host's PostgreSQL + PostGIS binaries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static ConnectionSettings database;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ConnectionSettings settings = database();
        if (settings != null) {
            registry.add("spring.datasource.url", settings::url);
            registry.add("spring.datasource.username", settings::username);
            registry.add("spring.datasource.password", settings::password);
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
