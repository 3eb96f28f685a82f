package nl.stip.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SMTP path: a mail is queued in the caller's transaction and handed to the SMTP server only after that transaction
 * commits. A sign-up that fails sends nothing, and an SMTP server that is down does not fail the sign-up: the mail
 * waits in {@code mail_queue} and {@link MailDispatcher} retries it.
 */
class QueuedSmtpMailer implements Mailer {

    private final JdbcClient jdbc;
    private final MailDispatcher dispatcher;

    QueuedSmtpMailer(JdbcClient jdbc, MailDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    @Override
    public void send(String to, String subject, String text) {
        jdbc.sql("INSERT INTO mail_queue (recipient, subject, body) VALUES (?, ?, ?)").params(to, subject, text).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.deliverDue();
                }
            });
        } else {
            dispatcher.deliverDue();
        }
    }

    /** Retries what the SMTP server refused earlier (the bean is this class in SMTP mode, so Spring schedules it). */
    @Scheduled(initialDelayString = "${stip.mail.retry-interval:PT30S}", fixedDelayString = "${stip.mail.retry-interval:PT30S}")
    void retryDue() {
        dispatcher.deliverDue();
    }
}
