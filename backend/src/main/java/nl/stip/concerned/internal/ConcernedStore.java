package nl.stip.concerned.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The concerned module's tables (resident_home, concerned_statement, concerned_invitation), in plain SQL. */
@Repository
class ConcernedStore {

    record HomeRow(long id, String email, String pandId, String addressId, String addressLabel, double x, double y, Instant chosenAt,
                   String code, String codeHash, Instant codeExpiresAt, Instant confirmedAt, String confirmedVia) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    record StatementRow(long planId, String email, String kind, String reason, int version, String ring, double distance,
                        String direction, String address, Instant recordedAt, Instant changedAt) {
    }

    private static final String HOME = "id, email, pand_id, address_id, address_label, x, y, chosen_at, code, code_hash, code_expires_at, "
            + "confirmed_at, confirmed_via";
    private static final String STATEMENT = "plan_id, email, kind, reason, version, ring, distance_m, direction, address, recorded_at, changed_at";

    private final JdbcClient jdbc;

    ConcernedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HomeRow> home(String email) {
        return jdbc.sql("SELECT " + HOME + " FROM resident_home WHERE email = ?").param(email).query(ConcernedStore::home).optional();
    }

    Optional<HomeRow> homeForUpdate(String email) {
        return jdbc.sql("SELECT " + HOME + " FROM resident_home WHERE email = ? FOR UPDATE").param(email).query(ConcernedStore::home).optional();
    }

    /** Chooses (or changes) a person's home: unconfirmed, with a new letter code. */
    void putHome(String email, String pandId, String addressId, String addressLabel, double x, double y, String code, String codeHash,
                 Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO resident_home (email, pand_id, address_id, address_label, x, y, code, code_hash, code_expires_at)
                VALUES (:email, :pand, :address, :label, :x, :y, :code, :hash, :expires)
                ON CONFLICT (email) DO UPDATE SET pand_id = :pand, address_id = :address, address_label = :label, x = :x, y = :y,
                    chosen_at = now(), code = :code, code_hash = :hash, code_expires_at = :expires, confirmed_at = NULL, confirmed_via = NULL""")
                .param("email", email).param("pand", pandId).param("address", addressId).param("label", addressLabel)
                .param("x", x).param("y", y).param("code", code).param("hash", codeHash).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** Confirms a home: the plain code is gone, its hash stays (a reused code is told apart from a wrong one). */
    void confirm(long id, String via) {
        jdbc.sql("UPDATE resident_home SET confirmed_at = now(), confirmed_via = ?, code = NULL WHERE id = ?").params(via, id).update();
    }

    void deleteHome(String email) {
        jdbc.sql("DELETE FROM resident_home WHERE email = ?").param(email).update();
    }

    /** Unconfirmed homes whose letter code is still valid (for the letters planners print), oldest first. */
    List<HomeRow> awaitingLetters(Instant now) {
        return jdbc.sql("SELECT " + HOME + " FROM resident_home WHERE confirmed_at IS NULL AND code IS NOT NULL AND code_expires_at > ? "
                        + "ORDER BY chosen_at, id").param(Timestamp.from(now)).query(ConcernedStore::home).list();
    }

    /** The confirmed homes in the given panden. */
    List<HomeRow> confirmedIn(Collection<String> panden) {
        return jdbc.sql("SELECT " + HOME + " FROM resident_home WHERE confirmed_at IS NOT NULL AND pand_id = ANY(?) ORDER BY id")
                .param(panden.toArray(String[]::new)).query(ConcernedStore::home).list();
    }

    Optional<StatementRow> statement(long planId, String email) {
        return jdbc.sql("SELECT " + STATEMENT + " FROM concerned_statement WHERE plan_id = ? AND email = ?").params(planId, email)
                .query(ConcernedStore::statement).optional();
    }

    List<StatementRow> statements(long planId) {
        return jdbc.sql("SELECT " + STATEMENT + " FROM concerned_statement WHERE plan_id = ? ORDER BY recorded_at, email").param(planId)
                .query(ConcernedStore::statement).list();
    }

    void putStatement(long planId, String email, long homeId, String kind, String reason, int version, String ring, double distance,
                      String direction, String address) {
        jdbc.sql("""
                INSERT INTO concerned_statement (plan_id, email, home_id, kind, reason, version, ring, distance_m, direction, address)
                VALUES (:plan, :email, :home, :kind, :reason, :version, :ring, :distance, :direction, :address)
                ON CONFLICT (plan_id, email) DO UPDATE SET home_id = :home, kind = :kind, reason = :reason, version = :version,
                    ring = :ring, distance_m = :distance, direction = :direction, address = :address, changed_at = now()""")
                .param("plan", planId).param("email", email).param("home", homeId).param("kind", kind).param("reason", reason)
                .param("version", version).param("ring", ring).param("distance", distance).param("direction", direction)
                .param("address", address).update();
    }

    void recordInvitation(long planId, String invitedBy, int emails, int letters) {
        jdbc.sql("INSERT INTO concerned_invitation (plan_id, invited_by, emails, letters) VALUES (?, ?, ?, ?)")
                .params(planId, invitedBy, emails, letters).update();
    }

    private static HomeRow home(ResultSet rs, int n) throws SQLException {
        return new HomeRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6),
                rs.getDouble(7), instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)),
                instant(rs.getTimestamp(12)), rs.getString(13));
    }

    private static StatementRow statement(ResultSet rs, int n) throws SQLException {
        return new StatementRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getDouble(7), rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
