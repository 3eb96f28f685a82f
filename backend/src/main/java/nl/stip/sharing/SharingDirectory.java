package nl.stip.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sharing module's public queries for other modules (notifications): whether a plan is published, which plans
 * were published since a moment, and who the members of a plan are. No access decision: whoever calls decides what it
 * passes on to whom.
 */
@Service
public class SharingDirectory {

    /** A published plan and when it was published. */
    public record Published(long planId, Instant publishedAt) {
    }

    private final JdbcClient jdbc;

    SharingDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isPublished(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_publication WHERE plan_id = ? AND state = 'published'").param(planId)
                .query(Long.class).single() > 0;
    }

    /** The plans published now whose publication is at or after {@code since}, newest first. */
    @Transactional(readOnly = true)
    public List<Published> publishedSince(Instant since) {
        return jdbc.sql("SELECT plan_id, published_at FROM plan_publication WHERE state = 'published' AND published_at >= ? "
                        + "ORDER BY published_at DESC, plan_id DESC")
                .param(Timestamp.from(since))
                .query((rs, n) -> new Published(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** The people (principal names) who accepted a role on the plan: co-editors, advisors, viewers. */
    @Transactional(readOnly = true)
    public List<String> members(long planId) {
        return jdbc.sql("SELECT email FROM plan_member WHERE plan_id = ? ORDER BY email").param(planId).query(String.class).list();
    }
}
