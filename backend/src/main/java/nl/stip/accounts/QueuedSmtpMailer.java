package nl.stip.accounts;

import java.util.concurrent.Executor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import nl.stip.platform.AfterCommit;

/**
 * The SMTP path: a mail is queued in the caller's transaction and handed to the SMTP server only after that transaction
 * commits. A sign-up that fails sends nothing, and an SMTP server that is down does not fail the sign-up: the mail
 * waits in {@code mail_queue} and {@link MailDispatcher} retries it. The hand-over runs on {@code dispatch} (in the
 * application a background thread), so the answer to a reset or resend request does not wait for the SMTP server and
 * its timing does not tell whether the address has an account.
 */
class QueuedSmtpMailer implements Mailer {

    private final JdbcClient jdbc;
    private final MailDispatcher dispatcher;
    private final Executor dispatch;

    QueuedSmtpMailer(JdbcClient jdbc, MailDispatcher dispatcher, Executor dispatch) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.dispatch = dispatch;
    }

    @Override
    public void send(String to, String subject, String text) {
        jdbc.sql("INSERT INTO mail_queue (recipient, subject, body) VALUES (?, ?, ?)").params(to, subject, text).update();
        AfterCommit.run(() -> dispatch.execute(dispatcher::deliverDue));
    }

    /** Retries what the SMTP server refused earlier (the bean is this class in SMTP mode, so Spring schedules it). */
    @Scheduled(initialDelayString = "${stip.mail.retry-interval:PT30S}", fixedDelayString = "${stip.mail.retry-interval:PT30S}")
    void retryDue() {
        dispatcher.deliverDue();
    }
}
