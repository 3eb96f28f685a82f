package nl.stip.plans;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.stip.parcels.ParcelQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their phase entries and design versions, in plain SQL. */
@Repository
class PlanStore {

    record PlanRow(long id, String title, String description, String activity, List<Long> parcelIds,
                   boolean parcelsFromDesign, String owner, Phase phase, int version, Instant createdAt) {
    }

    record PhaseEntry(Phase phase, Instant enteredAt, String enteredBy) {
    }

    record VersionRow(int version, Instant savedAt, String savedBy, String design, String volumes, boolean compliant,
                      int failed, int attention, String outcome, Integer legalTermWeeks) {
    }

    private static final String PLAN_COLUMNS = "id, title, description, activity, parcel_ids, parcels_from_design, owner_email, phase, version, created_at";
    private static final String VERSION_COLUMNS = "version, saved_at, saved_by, design::text, volumes::text, compliant, failed, attention, outcome, legal_term_weeks";

    private final JdbcClient jdbc;
    private final ParcelQueries parcels;

    PlanStore(JdbcClient jdbc, ParcelQueries parcels) {
        this.jdbc = jdbc;
        this.parcels = parcels;
    }

    long create(String title, String description, String activity, List<Long> parcelIds, boolean parcelsFromDesign, String owner) {
        long id = jdbc.sql("INSERT INTO plan (title, description, activity, parcel_ids, parcels_from_design, owner_email, phase) "
                        + "VALUES (?, ?, ?, ?::bigint[], ?, ?, ?) RETURNING id")
                .params(title, description, activity, array(parcelIds), parcelsFromDesign, owner, Phase.IDEA.key())
                .query(Long.class).single();
        enterPhase(id, Phase.IDEA, owner);
        return id;
    }

    Optional<PlanRow> find(long id) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = ?").param(id).query(PlanStore::plan).optional();
    }

    /** Locks the plan's row for the rest of the transaction. */
    Optional<PlanRow> findForUpdate(long id) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = ? FOR UPDATE").param(id).query(PlanStore::plan).optional();
    }

    /** All plans (owner null) or those of one owner and the plans with these ids (shared with them), newest first. */
    List<PlanRow> list(String owner, List<Long> alsoIds) {
        return jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE (CAST(? AS text) IS NULL OR owner_email = ? OR id = ANY(?::bigint[])) "
                        + "ORDER BY created_at DESC, id DESC")
                .params(owner, owner, array(alsoIds)).query(PlanStore::plan).list();
    }

    /** Moves the version on from {@code baseVersion}; false when the plan is no longer at that version. */
    boolean advanceVersion(long id, int baseVersion) {
        return jdbc.sql("UPDATE plan SET version = version + 1 WHERE id = ? AND version = ?").params(id, baseVersion).update() == 1;
    }

    int currentVersion(long id) {
        return jdbc.sql("SELECT version FROM plan WHERE id = ?").param(id).query(Integer.class).single();
    }

    void setParcels(long id, List<Long> parcelIds) {
        jdbc.sql("UPDATE plan SET parcel_ids = ?::bigint[] WHERE id = ?").params(array(parcelIds), id).update();
    }

    void setActivity(long id, String activity) {
        jdbc.sql("UPDATE plan SET activity = ? WHERE id = ?").params(activity, id).update();
    }

    void setPhase(long id, Phase phase, String by) {
        jdbc.sql("UPDATE plan SET phase = ? WHERE id = ?").params(phase.key(), id).update();
        enterPhase(id, phase, by);
    }

    private void enterPhase(long id, Phase phase, String by) {
        jdbc.sql("INSERT INTO plan_phase_entry (plan_id, phase, entered_by) VALUES (?, ?, ?)").params(id, phase.key(), by).update();
    }

    List<PhaseEntry> phaseEntries(long id) {
        return jdbc.sql("SELECT phase, entered_at, entered_by FROM plan_phase_entry WHERE plan_id = ? ORDER BY entered_at, id")
                .param(id)
                .query((rs, n) -> new PhaseEntry(Phase.of(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    /** Stores a version; returns when it was saved. */
    Instant insertVersion(long planId, int version, String savedBy, String design, String volumes, boolean compliant,
                          int failed, int attention, String outcome, Integer legalTermWeeks) {
        return jdbc.sql("INSERT INTO plan_version (plan_id, version, saved_by, design, volumes, compliant, failed, attention, outcome, legal_term_weeks) "
                        + "VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?) RETURNING saved_at")
                .params(planId, version, savedBy, design, volumes, compliant, failed, attention, outcome, legalTermWeeks)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    List<VersionRow> versions(long planId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = ? ORDER BY version")
                .param(planId).query(PlanStore::version).list();
    }

    Optional<VersionRow> version(long planId, int version) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = ? AND version = ?")
                .params(planId, version).query(PlanStore::version).optional();
    }

    /** The ids of these parcels that exist. */
    /** The union of these parcels (RD New WKT, through the parcels module), or null when none exists. */
    String parcelArea(List<Long> ids) {
        return parcels.unionWkt(ids).orElse(null);
    }

    List<Long> existingParcels(List<Long> ids) {
        return parcels.existing(ids); // the parcels module owns the table
    }

    /** The parcels under a point inside each footprint (WKT, RD New), as the check chooses them. */
    List<String> parcelNames(List<Long> ids) {
        return parcels.names(ids);
    }

    private static PlanRow plan(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), longs(rs.getArray(5)),
                rs.getBoolean(6), rs.getString(7), Phase.of(rs.getString(8)), rs.getInt(9), rs.getTimestamp(10).toInstant());
    }

    private static VersionRow version(ResultSet rs, int n) throws SQLException {
        int weeks = rs.getInt(10);
        Integer legalTermWeeks = rs.wasNull() ? null : weeks;
        return new VersionRow(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getString(9), legalTermWeeks);
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
