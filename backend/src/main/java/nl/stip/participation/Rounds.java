package nl.stip.participation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation module's public queries for other modules (notifications, later reporting): rounds as facts,
 * without any access decision; whoever calls decides what it passes on to whom.
 */
@Service
public class Rounds {

    private static final String COLUMNS = "id, plan_id, title, state, audience, moderation, starts_at, ends_at, opened_at, closed_at, last_seq, allow_variants, allow_votes, allow_budget";

    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<RoundSummary> find(long roundId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participation_round WHERE id = ?").param(roundId).query(Rounds::row).optional();
    }

    /** The rounds of a plan, newest first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> ofPlan(long planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participation_round WHERE plan_id = ? ORDER BY id DESC").param(planId).query(Rounds::row).list();
    }

    @Transactional(readOnly = true)
    public boolean isOpen(long roundId) {
        return find(roundId).map(RoundSummary::open).orElse(false);
    }

    /** Whether a round on the plan is open now. */
    @Transactional(readOnly = true)
    public boolean anyOpen(long planId) {
        return jdbc.sql("SELECT count(*) FROM participation_round WHERE plan_id = ? AND state = 'open'").param(planId).query(Long.class).single() > 0;
    }

    private static RoundSummary row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RoundSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getLong(11),
                rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14));
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
