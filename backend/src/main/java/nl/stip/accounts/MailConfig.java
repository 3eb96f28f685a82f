package nl.stip.accounts;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One {@link Mailer}: queued for SMTP (sent after commit, retried while the server is down) when {@code spring.mail.host}
 * is configured, otherwise the outbox that planners read (demo and development only, see {@link #choose}).
 */
@Configuration
@EnableScheduling
class MailConfig {

    private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

    /**
     * One background thread hands queued mail to SMTP, so no request waits for the mail server. Not a bean: an
     * Executor bean would replace Spring Boot's application task executor.
     */
    private final ExecutorService mailDispatch = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stopDispatch() {
        mailDispatch.shutdown();
    }

    static final String OUTBOX_PROPERTY = "stip.mail.outbox.enabled";

    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host, @Value("${stip.mail.from}") String from,
                  @Value("${" + OUTBOX_PROPERTY + ":${stip.demo.load:false}}") boolean outboxEnabled,
                  ObjectProvider<JavaMailSender> smtp, JdbcClient jdbc, PlatformTransactionManager transactions) {
        Mailer mailer = choose(host, outboxEnabled, from, smtp::getObject, jdbc, new TransactionTemplate(transactions), mailDispatch);
        log.info("Mail goes {}", mailer instanceof QueuedSmtpMailer ? "through SMTP server " + host : "into the outbox (GET /api/v1/outbox, planners)");
        return mailer;
    }

    /**
     * SMTP when a host is configured; else the outbox, but only where that is allowed (by default with the demo data,
     * {@code stip.demo.load=true}): whoever reads the outbox can use every link in it, so a production start without
     * SMTP is refused with what to set.
     */
    static Mailer choose(String host, boolean outboxEnabled, String from, java.util.function.Supplier<JavaMailSender> smtp,
                         JdbcClient jdbc, TransactionTemplate transactions, Executor dispatch) {
        if (host == null || host.isBlank()) {
            if (!outboxEnabled) {
                throw new IllegalStateException("No mail server is configured and the outbox is off outside demo mode "
                        + "(STIP_DEMO_LOAD=false): set SPRING_MAIL_HOST (spring.mail.host) to send mail, or set "
                        + "STIP_MAIL_OUTBOX_ENABLED=true (" + OUTBOX_PROPERTY + ") to keep mails in the outbox that planners "
                        + "read - for development only, as its links let the reader into those accounts.");
            }
            return new OutboxMailer(jdbc);
        }
        return new QueuedSmtpMailer(jdbc, new MailDispatcher(jdbc, transactions, new SmtpMailer(smtp.get(), from)), dispatch);
    }
}
