package nl.stip.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps mails in the outbox table instead of sending them: a local run has no mail server, and a new user still has to
 * be able to finish sign-up (a planner reads the outbox). Also the reader of that table.
 */
class OutboxMailer implements Mailer {

    record OutboxMail(long id, String to, String subject, String text, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    OutboxMailer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(String to, String subject, String text) {
        jdbc.sql("INSERT INTO outbox_mail (recipient, subject, body) VALUES (?, ?, ?)").params(to, subject, text).update();
    }

    static List<OutboxMail> newestFirst(JdbcClient jdbc, int limit) {
        return jdbc.sql("SELECT id, recipient, subject, body, sent_at FROM outbox_mail ORDER BY sent_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
