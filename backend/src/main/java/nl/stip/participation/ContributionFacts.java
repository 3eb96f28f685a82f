package nl.stip.participation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation module's public query on contributions for other modules (notifications tells an author of a
 * reply to their reaction, and of moderation): facts only; whoever calls decides what it passes on to whom.
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
}
