package nl.stip.platform.database;

import java.util.Map;

/** JDBC coordinates of a PostGIS database, as Spring's standard datasource properties. */
public record ConnectionSettings(String url, String username, String password) {

    public Map<String, Object> asProperties() {
        return Map.of("spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }
}
