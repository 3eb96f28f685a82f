package nl.stip.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so an act that is rolled back
 * leaves no trace and a committed one always has its entry. Callers pass acts and short facts (a role, an address,
 * a reason of a decision), never the text of a private comment or statement.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an act: {@code action} a stable dotted name ({@code invitation.sent}), {@code planId} the plan it concerns
     * (or null), {@code subject} whom or what it concerns (or null), {@code detail} a short fact (or null; cut at 500).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, Long planId, String subject, String detail) {
        String d = detail == null ? null : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        jdbc.sql("INSERT INTO audit_entry (actor, action, plan_id, subject, detail) VALUES (?, ?, ?, ?, ?)")
                .params(actor, action, planId, subject, d).update();
    }

    /** The entries of one plan (null: of all), newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(Long planId, int limit) {
        return jdbc.sql("SELECT id, at, actor, action, plan_id, subject, detail FROM audit_entry "
                        + "WHERE (CAST(? AS bigint) IS NULL OR plan_id = ?) ORDER BY at DESC, id DESC LIMIT ?")
                .params(planId, planId, limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
