package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail on the SMTP path leaves only after the transaction that caused it commits, and an SMTP server that is down
 * delays the mail instead of failing the sign-up or losing the mail.
 */
class MailQueueIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final Mailbox mailbox = new Mailbox(mail());

    @Test
    void aMailFromARolledBackTransactionIsNeverSent() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        JavaMailSenderImpl smtp = sender(mail().getSmtp().getPort());
        QueuedSmtpMailer mailer = new QueuedSmtpMailer(jdbc, new MailDispatcher(jdbc, transactions, new SmtpMailer(smtp, "stip@test")), Runnable::run);
        String to = AccountsIT.newEmail("rollback");

        transactions.executeWithoutResult(status -> {
            mailer.send(to, "Niet verstuurd", "deze transactie gaat niet door");
            status.setRollbackOnly();
        });

        assertThat(queued(to)).isZero();
        String other = AccountsIT.newEmail("committed");
        transactions.executeWithoutResult(status -> mailer.send(other, "Wel verstuurd", "deze wel"));
        assertThat(mailbox.await(other, "Wel verstuurd").text()).contains("deze wel");
        assertThat(mailbox.mailsTo(to)).isEmpty();
        assertThat(queued(other)).as("a delivered mail leaves the queue").isZero();
    }

    @Test
    void aMailWaitsWhileTheSmtpServerIsDownAndIsSentWhenItIsBack() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        JavaMailSenderImpl smtp = sender(freePort()); // nothing listens there: the SMTP server is down
        MailDispatcher dispatcher = new MailDispatcher(jdbc, transactions, new SmtpMailer(smtp, "stip@test"));
        QueuedSmtpMailer mailer = new QueuedSmtpMailer(jdbc, dispatcher, Runnable::run);
        String to = AccountsIT.newEmail("outage");

        transactions.executeWithoutResult(status -> mailer.send(to, "Bevestig uw e-mailadres", "link: /api/v1/auth/verify?token=abc"));

        assertThat(queued(to)).as("kept for a retry").isOne();
        assertThat(jdbc.sql("SELECT attempts FROM mail_queue WHERE recipient = ?").param(to).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT last_error FROM mail_queue WHERE recipient = ?").param(to).query(String.class).single()).isNotBlank();

        smtp.setPort(mail().getSmtp().getPort());
        jdbc.sql("UPDATE mail_queue SET next_attempt_at = now() WHERE recipient = ?").param(to).update(); // the back-off has passed
        assertThat(dispatcher.deliverDue()).isGreaterThanOrEqualTo(1);

        assertThat(mailbox.await(to, "Bevestig").text()).contains("verify?token=abc");
        assertThat(queued(to)).isZero();
    }

    @Test
    void retriesBackOffFromHalfAMinuteToAnHour() {
        assertThat(MailDispatcher.backOff(1)).hasSeconds(30);
        assertThat(MailDispatcher.backOff(2)).hasSeconds(60);
        assertThat(MailDispatcher.backOff(30)).hasHours(1);
    }

    private int queued(String to) {
        return jdbc.sql("SELECT count(*) FROM mail_queue WHERE recipient = ?").param(to).query(Integer.class).single();
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return smtp;
    }
}
