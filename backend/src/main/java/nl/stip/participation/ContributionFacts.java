package nl.stip.participation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation module's public query on contributions for other modules (notifications tells an author of a
 * reply to their reaction, and of moderation; variants counts the reactions about each variant for the report): facts only; whoever calls decides what it passes on to whom.
 */
@Service
public class ContributionFacts {

    private final JdbcClient jdbc;

    ContributionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ContributionSummary> find(long contributionId) {
        return jdbc.sql("""
                        SELECT c.id, c.round_id, r.plan_id, r.title, c.kind, c.parent_id, c.author_email, c.status, c.text, c.created_at
                        FROM round_contribution c JOIN participation_round r ON r.id = c.round_id WHERE c.id = ?""")
                .param(contributionId)
                .query((rs, n) -> new ContributionSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()))
                .optional();
    }

    /** The published reactions of a round per saved variant they are about (variant id → count; variants without any left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> reactionsPerVariant(long roundId) {
        java.util.Map<Long, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT variant_id, count(*) FROM round_contribution
                        WHERE round_id = ? AND kind = 'reaction' AND status = 'published' AND variant_id IS NOT NULL
                        GROUP BY variant_id ORDER BY variant_id""")
                .param(roundId).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }
}
