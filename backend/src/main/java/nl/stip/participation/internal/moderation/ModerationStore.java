package nl.stip.participation.internal.moderation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The moderation tables in SQL where that is the simpler tool: an action's effects, the reports (one per person per
 * item: an insert that does nothing the second time), the blocks (asked on every write in a round).
 */
@Repository
class ModerationStore {

    /** One contribution an action changed, with its status (and hidden reason) before. */
    record Effect(long contributionId, String statusBefore, String statusAfter, String reasonBefore, boolean automaticBefore, String hiddenByBefore) {
    }

    private final JdbcClient jdbc;

    ModerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addEffect(long actionId, nl.stip.participation.internal.Contribution before, String after) {
        jdbc.sql("""
                        INSERT INTO moderation_effect (action_id, contribution_id, status_before, status_after, reason_before, automatic_before, hidden_by_before)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(actionId, before.getId(), before.getStatus(), after, before.getHiddenReason(), before.isHiddenAutomatically(), before.getHiddenBy())
                .update();
    }

    /** The effects of an action, the item itself first (lowest id: a reaction before its replies). */
    List<Effect> effects(long actionId) {
        return jdbc.sql("SELECT contribution_id, status_before, status_after, reason_before, automatic_before, hidden_by_before FROM moderation_effect "
                        + "WHERE action_id = ? ORDER BY contribution_id")
                .param(actionId).query((rs, n) -> new Effect(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getString(6))).list();
    }

    /** Records a report; false when this person reported this item before (nothing changes then). */
    boolean report(long roundId, long contributionId, String reporter, String reason) {
        return jdbc.sql("INSERT INTO round_report (contribution_id, reporter_email, round_id, reason) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(contributionId, reporter, roundId, reason).update() > 0;
    }

    boolean hasReported(long contributionId, String reporter) {
        return jdbc.sql("SELECT count(*) FROM round_report WHERE contribution_id = ? AND reporter_email = ?")
                .params(contributionId, reporter).query(Integer.class).single() > 0;
    }

    /** Distinct reporters whose report no planner dealt with yet. */
    int openReports(long contributionId) {
        return jdbc.sql("SELECT count(*) FROM round_report WHERE contribution_id = ? AND resolved_by IS NULL")
                .param(contributionId).query(Integer.class).single();
    }

    /** The open reports are dealt with by this action (a planner's approve or hide). */
    void resolveReports(long contributionId, long actionId) {
        jdbc.sql("UPDATE round_report SET resolved_by = ? WHERE contribution_id = ? AND resolved_by IS NULL").params(actionId, contributionId).update();
    }

    /** An undone action's reports are open again. */
    void reopenReports(long actionId) {
        jdbc.sql("UPDATE round_report SET resolved_by = NULL WHERE resolved_by = ?").param(actionId).update();
    }

    boolean isBlocked(long roundId, String email) {
        return jdbc.sql("SELECT count(*) FROM round_block WHERE round_id = ? AND email = ?").params(roundId, email).query(Integer.class).single() > 0;
    }

    boolean block(long roundId, String email, String by, String reason, long actionId) {
        return jdbc.sql("INSERT INTO round_block (round_id, email, blocked_by, reason, action_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(roundId, email, by, reason, actionId).update() > 0;
    }

    boolean unblock(long roundId, String email) {
        return jdbc.sql("DELETE FROM round_block WHERE round_id = ? AND email = ?").params(roundId, email).update() > 0;
    }

    record BlockRow(String email, String blockedBy, String reason, java.time.Instant at) {
    }

    List<BlockRow> blocks(long roundId) {
        return jdbc.sql("SELECT email, blocked_by, reason, created_at FROM round_block WHERE round_id = ? ORDER BY created_at DESC")
                .param(roundId).query((rs, n) -> new BlockRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    /** The newest action still in force that changed this contribution (its own or its reaction's hide). */
    java.util.Optional<Long> latestActionOn(long contributionId) {
        return jdbc.sql("""
                        SELECT a.id FROM moderation_action a JOIN moderation_effect e ON e.action_id = a.id
                        WHERE e.contribution_id = ? AND a.undone_at IS NULL ORDER BY a.id DESC LIMIT 1""")
                .param(contributionId).query(Long.class).optional();
    }

    /** The round a contribution is in (to take the round's lock before reading the contribution). */
    java.util.Optional<Long> roundIdOf(long contributionId) {
        return jdbc.sql("SELECT round_id FROM round_contribution WHERE id = ?").param(contributionId).query(Long.class).optional();
    }

    int agreements(long contributionId) {
        return jdbc.sql("SELECT count(*) FROM round_agreement WHERE contribution_id = ?").param(contributionId).query(Integer.class).single();
    }

    /** The contribution's replies, and theirs, at any depth (initiator's answers too), in id order. */
    List<Long> descendants(long contributionId) {
        return jdbc.sql("""
                        WITH RECURSIVE d(id) AS (
                            SELECT id FROM round_contribution WHERE parent_id = ?
                            UNION ALL SELECT c.id FROM round_contribution c JOIN d ON c.parent_id = d.id)
                        SELECT id FROM d ORDER BY id""")
                .param(contributionId).query(Long.class).list();
    }
}
