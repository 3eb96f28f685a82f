package nl.stip.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decides where the platform's PostGIS comes from, in this order: the standard Spring variables
 * ({@code SPRING_DATASOURCE_URL} etc.) when set; a Docker engine when one is reachable (Spring Boot's Docker Compose
 * support runs {@code docker-compose.yml}); otherwise a persistent local cluster from the host's PostgreSQL + PostGIS
 * binaries, in {@code STIP_DATA_DIR} (default {@code .stip/postgres} under the working folder).
 */
public final class DatabaseBootstrap {

    private DatabaseBootstrap() {
    }

    /** Default properties to hand to SpringApplication before it starts. */
    public static Map<String, Object> defaultProperties(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        if (datasourceConfigured(args)) {
            return properties;
        }
        if (Files.exists(Path.of("docker-compose.yml")) && dockerEngineReachable()) {
            properties.put("spring.docker.compose.enabled", "true");
            properties.put("spring.docker.compose.file", "docker-compose.yml");
            properties.put("spring.docker.compose.start.skip", "never");
            return properties;
        }
        String dataDir = System.getenv().getOrDefault("STIP_DATA_DIR", ".stip/postgres");
        properties.putAll(LocalPostgresCluster.persistent(Path.of(dataDir)).asProperties());
        return properties;
    }

    static boolean datasourceConfigured(String[] args) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
            return true;
        }
        for (String arg : args) {
            if (arg.startsWith("--spring.datasource.url=")) {
                return true;
            }
        }
        return false;
    }

    /** True when a Docker engine (not just the client) answers. */
    public static boolean dockerEngineReachable() {
        try {
            Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
