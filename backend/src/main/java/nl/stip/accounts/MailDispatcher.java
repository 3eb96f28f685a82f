package nl.stip.accounts;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued mail to the SMTP server: right after the transaction that queued it, and (scheduled by
 * {@link QueuedSmtpMailer}) every half minute for what an unreachable server refused before (back-off doubling from 30 s to 1 h). A row is locked while it is sent
 * ({@code SKIP LOCKED}), so two instances never send the same mail; it is deleted once the server accepted it, so reset
 * and verification links do not linger in the database.
 */
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** More than a week of hourly retries: after that the link in the mail has expired anyway. */
    static final int MAX_ATTEMPTS = 200;

    private record Queued(long id, String to, String subject, String text, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SmtpMailer smtp;

    MailDispatcher(JdbcClient jdbc, TransactionTemplate transactions, SmtpMailer smtp) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.smtp = smtp;
    }

    /** Sends every mail that is due; returns how many the server accepted. Never throws for an SMTP failure. */
    int deliverDue() {
        int delivered = 0;
        Boolean sent;
        while ((sent = transactions.execute(status -> deliverOne())) != null) {
            if (!sent) {
                break; // the server refused one: leave the rest for the next round
            }
            delivered++;
        }
        return delivered;
    }

    /** null when nothing is due; true when sent and deleted; false when the server refused it (retry later). */
    private Boolean deliverOne() {
        Optional<Queued> next = jdbc.sql("""
                        SELECT id, recipient, subject, body, attempts FROM mail_queue
                        WHERE next_attempt_at <= now() AND attempts < ?
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(MAX_ATTEMPTS)
                .query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
        if (next.isEmpty()) {
            return null;
        }
        Queued mail = next.get();
        try {
            smtp.send(mail.to(), mail.subject(), mail.text());
        } catch (MailException e) {
            Duration wait = backOff(mail.attempts() + 1);
            log.warn("SMTP refused mail {} (attempt {}), retrying in {}: {}", mail.id(), mail.attempts() + 1, wait, e.getMessage());
            jdbc.sql("UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, next_attempt_at = now() + ? * interval '1 second' WHERE id = ?")
                    .params(String.valueOf(e.getMessage()), wait.toSeconds(), mail.id()).update();
            return false;
        }
        jdbc.sql("DELETE FROM mail_queue WHERE id = ?").param(mail.id()).update();
        return true;
    }

    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
