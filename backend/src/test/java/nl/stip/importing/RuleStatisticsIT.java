package nl.stip.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rules import leaves PostgreSQL's statistics of the rule tables current. The connections keep generic plans, so a
 * plan made before autovacuum had looked at new rule parts stayed slow for the connection's life: the check's rule
 * query took 28 ms instead of 1.5 ms in the minute after a load (the variant benchmark, BENCHMARKS.md).
 */
class RuleStatisticsIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;

    @AfterEach
    void removeTestRules() {
        jdbc.sql("DELETE FROM rule_area WHERE code LIKE 'TST-R-%'").update();
    }

    @Test
    void anImportAnalysesTheRuleAreasAndTheirParts() {
        OffsetDateTime start = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        // now() is the transaction's start; ANALYZE records the clock time, so anything after this counts
        imports.run("rules", List.of(RulesImportIT.PLAN), ImportOptions.defaults(), null);

        // The cumulative statistics are flushed by the importing backend shortly after its commit.
        for (String table : List.of("rule_area", "rule_area_part")) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                OffsetDateTime analysed = jdbc.sql("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?").param(table)
                        .query(OffsetDateTime.class).optional().orElse(null);
                assertThat(analysed).as("manual ANALYZE of %s by the import", table).isNotNull().isAfterOrEqualTo(start);
            });
        }
    }
}
