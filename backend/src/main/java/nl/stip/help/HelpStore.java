package nl.stip.help;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The help_question table, in plain SQL. */
@Repository
class HelpStore {

    private static final String QUESTION = "SELECT id, question, link, panel, asked_by, coalesce(contact_email, asked_by), "
            + "asked_at, handled_at, handled_by FROM help_question";

    private final JdbcClient jdbc;

    HelpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HelpQuestion.Asked insert(String question, String link, String panel, String askedBy, String contactEmail, String clientKey) {
        return jdbc.sql("INSERT INTO help_question (question, link, panel, asked_by, contact_email, client_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id, asked_at")
                .params(question, link, panel, askedBy, contactEmail, clientKey)
                .query((rs, n) -> new HelpQuestion.Asked(rs.getLong(1), rs.getTimestamp(2).toInstant())).single();
    }

    List<HelpQuestion> newestFirst(int limit) {
        return jdbc.sql(QUESTION + " ORDER BY asked_at DESC, id DESC LIMIT ?").param(limit).query(HelpStore::question).list();
    }

    Optional<HelpQuestion> find(long id) {
        return jdbc.sql(QUESTION + " WHERE id = ?").param(id).query(HelpStore::question).optional();
    }

    /** Marks a question handled (the first time only; later calls keep who handled it first). */
    boolean markHandled(long id, String by) {
        jdbc.sql("UPDATE help_question SET handled_at = now(), handled_by = ? WHERE id = ? AND handled_at IS NULL").params(by, id).update();
        return find(id).isPresent();
    }

    /**
     * The times of the questions from one client within the window, oldest first, after taking a lock on that client
     * for the rest of the transaction (two requests at once cannot both slip under the limit).
     */
    List<Instant> recentFrom(String clientKey, Duration window) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("help:" + clientKey).query((rs, n) -> 1).list();
        return jdbc.sql("SELECT asked_at FROM help_question WHERE client_key = ? "
                        + "AND asked_at > now() - make_interval(secs => CAST(? AS double precision)) ORDER BY asked_at")
                .params(clientKey, window.toSeconds())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    private static HelpQuestion question(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp(8);
        return new HelpQuestion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), handled != null, handled == null ? null : handled.toInstant(),
                rs.getString(9));
    }
}
