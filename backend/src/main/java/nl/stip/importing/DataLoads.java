package nl.stip.importing;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of data loads ({@code data_load}, owned here): one row per import or demo load, with what it read, imported
 * and rejected. Others ask through this class whether and when data was loaded.
 */
@Component
public class DataLoads {

    private final JdbcClient jdbc;

    DataLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one load (in the caller's transaction, so it rolls back with the load). */
    public void record(String kind, String source, long read, long imported, long rejected) {
        jdbc.sql("INSERT INTO data_load (kind, source, read_count, imported, rejected) VALUES (?, ?, ?, ?, ?)")
                .params(kind, source, read, imported, rejected).update();
    }

    /** Whether anything was ever loaded. */
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_load)").query(Boolean.class).single();
    }

    /** Whether a load of this kind (e.g. "demo") was recorded. */
    public boolean anyOfKind(String kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_load WHERE kind = ?)").param(kind).query(Boolean.class).single();
    }

    /** When the newest load was recorded; empty when none. */
    public Optional<OffsetDateTime> lastLoadedAt() {
        return Optional.ofNullable(jdbc.sql("SELECT max(loaded_at) FROM data_load")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single());
    }
}
