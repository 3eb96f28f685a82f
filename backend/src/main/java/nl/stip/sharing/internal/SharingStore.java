package nl.stip.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations, members, comments and publications of plans, in plain SQL (the sharing module's tables only). */
@Repository
class SharingStore {

    record InvitationRow(long id, long planId, String email, String role, String invitedBy, Instant createdAt, Instant expiresAt,
                         Instant acceptedAt, String acceptedBy, Instant revokedAt) {
        String status(Instant now) {
            if (revokedAt != null) {
                return "revoked";
            }
            if (acceptedAt != null) {
                return "accepted";
            }
            return expiresAt.isAfter(now) ? "pending" : "expired";
        }
    }

    record MemberRow(long planId, String email, String role, Instant addedAt) {
    }

    record CommentRow(long id, long planId, Integer version, String author, String authorRole, String text, Double lon, Double lat,
                      Double height, Instant createdAt) {
    }

    record PublicationRow(long planId, String state, String displayName, String requestedBy, Instant requestedAt, String decidedBy,
                          Instant decidedAt, String reason, Instant publishedAt) {
    }

    private static final String INVITATION = "SELECT id, plan_id, email, role, invited_by, created_at, expires_at, accepted_at, accepted_by, "
            + "revoked_at FROM plan_invitation";
    private static final String PUBLICATION = "SELECT plan_id, state, display_name, requested_by, requested_at, decided_by, decided_at, "
            + "reason, published_at FROM plan_publication";

    private final JdbcClient jdbc;

    SharingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- invitations ---------------------------------------------------------------------------------------------

    InvitationRow insertInvitation(long planId, String email, String role, String tokenHash, String invitedBy, Duration validFor) {
        long id = jdbc.sql("INSERT INTO plan_invitation (plan_id, email, role, token_hash, invited_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => CAST(? AS double precision))) RETURNING id")
                .params(planId, email, role, tokenHash, invitedBy, validFor.toSeconds()).query(Long.class).single();
        return invitation(id).orElseThrow();
    }

    Optional<InvitationRow> invitation(long id) {
        return jdbc.sql(INVITATION + " WHERE id = ?").param(id).query(SharingStore::invitation).optional();
    }

    /** The invitation with this token hash, locked until the end of the transaction (one acceptance at a time). */
    Optional<InvitationRow> invitationByTokenForUpdate(String tokenHash) {
        return jdbc.sql(INVITATION + " WHERE token_hash = ? FOR UPDATE").param(tokenHash).query(SharingStore::invitation).optional();
    }

    List<InvitationRow> invitations(long planId) {
        return jdbc.sql(INVITATION + " WHERE plan_id = ? ORDER BY created_at DESC, id DESC").param(planId).query(SharingStore::invitation).list();
    }

    int pendingInvitations(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_invitation WHERE plan_id = ? AND revoked_at IS NULL AND accepted_at IS NULL AND expires_at > now()")
                .param(planId).query(Integer.class).single();
    }

    /** Revokes the pending invitations of an address to a plan (a new invitation replaces them); how many. */
    int revokePending(long planId, String email) {
        return jdbc.sql("UPDATE plan_invitation SET revoked_at = now() WHERE plan_id = ? AND email = ? AND revoked_at IS NULL AND accepted_at IS NULL")
                .params(planId, email).update();
    }

    void revoke(long invitationId) {
        jdbc.sql("UPDATE plan_invitation SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL").param(invitationId).update();
    }

    void markAccepted(long invitationId, String by) {
        jdbc.sql("UPDATE plan_invitation SET accepted_at = now(), accepted_by = ? WHERE id = ?").params(by, invitationId).update();
    }

    Instant now() {
        return jdbc.sql("SELECT now()").query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    // --- members -------------------------------------------------------------------------------------------------

    Optional<MemberRow> member(long planId, String email) {
        return jdbc.sql("SELECT plan_id, email, role, added_at FROM plan_member WHERE plan_id = ? AND email = ?")
                .params(planId, email).query(SharingStore::member).optional();
    }

    List<MemberRow> members(long planId) {
        return jdbc.sql("SELECT plan_id, email, role, added_at FROM plan_member WHERE plan_id = ? ORDER BY added_at, email")
                .param(planId).query(SharingStore::member).list();
    }

    List<MemberRow> memberships(String email) {
        return jdbc.sql("SELECT plan_id, email, role, added_at FROM plan_member WHERE email = ? ORDER BY plan_id")
                .param(email).query(SharingStore::member).list();
    }

    void putMember(long planId, String email, String role, long invitationId) {
        jdbc.sql("INSERT INTO plan_member (plan_id, email, role, invitation_id) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (plan_id, email) DO UPDATE SET role = EXCLUDED.role, invitation_id = EXCLUDED.invitation_id")
                .params(planId, email, role, invitationId).update();
    }

    boolean setRole(long planId, String email, String role) {
        return jdbc.sql("UPDATE plan_member SET role = ? WHERE plan_id = ? AND email = ?").params(role, planId, email).update() == 1;
    }

    boolean removeMember(long planId, String email) {
        return jdbc.sql("DELETE FROM plan_member WHERE plan_id = ? AND email = ?").params(planId, email).update() == 1;
    }

    // --- comments ------------------------------------------------------------------------------------------------

    CommentRow insertComment(long planId, Integer version, String author, String authorRole, String text, Double lon, Double lat, Double height) {
        return jdbc.sql("INSERT INTO plan_comment (plan_id, version, author, author_role, text, anchor_lon, anchor_lat, anchor_height) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, plan_id, version, author, author_role, text, anchor_lon, anchor_lat, anchor_height, created_at")
                .params(planId, version, author, authorRole, text, lon, lat, height).query(SharingStore::comment).single();
    }

    List<CommentRow> comments(long planId, Integer version) {
        return jdbc.sql("SELECT id, plan_id, version, author, author_role, text, anchor_lon, anchor_lat, anchor_height, created_at "
                        + "FROM plan_comment WHERE plan_id = ? AND (CAST(? AS integer) IS NULL OR version = ?) ORDER BY created_at, id")
                .params(planId, version, version).query(SharingStore::comment).list();
    }

    long commentCount() {
        return jdbc.sql("SELECT count(*) FROM plan_comment").query(Long.class).single();
    }

    // --- publication ---------------------------------------------------------------------------------------------

    Optional<PublicationRow> publicationForUpdate(long planId) {
        // Locks the row when there is one; a missing row is guarded by the primary key on insert.
        return jdbc.sql(PUBLICATION + " WHERE plan_id = ? FOR UPDATE").param(planId).query(SharingStore::publication).optional();
    }

    Optional<PublicationRow> publication(long planId) {
        return jdbc.sql(PUBLICATION + " WHERE plan_id = ?").param(planId).query(SharingStore::publication).optional();
    }

    List<PublicationRow> publications(String state) {
        return jdbc.sql(PUBLICATION + " WHERE state = ? ORDER BY COALESCE(published_at, requested_at) DESC, plan_id DESC")
                .param(state).query(SharingStore::publication).list();
    }

    /** Starts (or restarts after a rejection) a publication in a state; false when another request got there first. */
    boolean putPublication(long planId, String state, String displayName, String by) {
        return jdbc.sql("INSERT INTO plan_publication (plan_id, state, display_name, requested_by, published_at) "
                        + "VALUES (?, ?, ?, ?, CASE WHEN ? = 'published' THEN now() END) "
                        + "ON CONFLICT (plan_id) DO UPDATE SET state = EXCLUDED.state, display_name = EXCLUDED.display_name, "
                        + "requested_by = EXCLUDED.requested_by, requested_at = now(), decided_by = NULL, decided_at = NULL, reason = NULL, "
                        + "published_at = EXCLUDED.published_at WHERE plan_publication.state = 'rejected'")
                .params(planId, state, displayName, by, state).update() == 1;
    }

    void decide(long planId, String state, String by, String reason) {
        jdbc.sql("UPDATE plan_publication SET state = ?, decided_by = ?, decided_at = now(), reason = ?, "
                        + "published_at = CASE WHEN ? = 'published' THEN now() END WHERE plan_id = ?")
                .params(state, by, reason, state, planId).update();
    }

    void deletePublication(long planId) {
        jdbc.sql("DELETE FROM plan_publication WHERE plan_id = ?").param(planId).update();
    }

    // --- rows ----------------------------------------------------------------------------------------------------

    private static InvitationRow invitation(ResultSet rs, int n) throws SQLException {
        return new InvitationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)));
    }

    private static MemberRow member(ResultSet rs, int n) throws SQLException {
        return new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)));
    }

    private static CommentRow comment(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt(3);
        Integer v = rs.wasNull() ? null : version;
        return new CommentRow(rs.getLong(1), rs.getLong(2), v, rs.getString(4), rs.getString(5), rs.getString(6),
                (Double) rs.getObject(7), (Double) rs.getObject(8), (Double) rs.getObject(9), instant(rs.getTimestamp(10)));
    }

    private static PublicationRow publication(ResultSet rs, int n) throws SQLException {
        return new PublicationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
                rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
