package nl.stip.accounts;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps mails in the outbox table instead of sending them: a local run has no mail server, and a new user still has to
 * be able to finish sign-up (a planner reads the outbox). Also the reader of that table. A development and demo aid
 * only: outside demo mode Stip refuses to start without SMTP unless {@code stip.mail.outbox.enabled=true}
 * ({@link MailConfig}), because whoever reads the outbox can use the links in it.
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

    /** A link in a mail that carries a token (verify, reset or set a password, log in). */
    private static final Pattern TOKEN_LINK = Pattern.compile("\\S*[?&](?:verify|password-reset|login|token)=[A-Za-z0-9_-]+\\S*");

    /**
     * The newest mails, as {@code viewer} may read them: a link with a token in a mail to a PLANNER account other than
     * the viewer's own is replaced by {@code redacted}, so reading the outbox never hands over a planner's account.
     */
    static List<OutboxMail> newestFirst(JdbcClient jdbc, int limit, String viewer, String redacted) {
        return jdbc.sql("""
                        SELECT o.id, o.recipient, o.subject, o.body, o.sent_at, a.role FROM outbox_mail o
                        LEFT JOIN account a ON a.email = o.recipient
                        ORDER BY o.sent_at DESC, o.id DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> {
                    String to = rs.getString(2);
                    boolean hidden = Role.PLANNER.name().equals(rs.getString(6)) && !to.equals(viewer);
                    String text = hidden ? TOKEN_LINK.matcher(rs.getString(4)).replaceAll(Matcher.quoteReplacement(redacted)) : rs.getString(4);
                    return new OutboxMail(rs.getLong(1), to, rs.getString(3), text, rs.getTimestamp(5).toInstant());
                })
                .list();
    }
}
