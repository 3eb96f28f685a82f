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
 * is configured, otherwise the outbox that planners read.
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

    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host, @Value("${stip.mail.from}") String from,
                  ObjectProvider<JavaMailSender> smtp, JdbcClient jdbc, PlatformTransactionManager transactions) {
        Mailer mailer = choose(host, from, smtp::getObject, jdbc, new TransactionTemplate(transactions), mailDispatch);
        log.info("Mail goes {}", mailer instanceof QueuedSmtpMailer ? "through SMTP server " + host : "into the outbox (GET /api/v1/outbox, planners)");
        return mailer;
    }

    static Mailer choose(String host, String from, java.util.function.Supplier<JavaMailSender> smtp, JdbcClient jdbc,
                         TransactionTemplate transactions, Executor dispatch) {
        if (host == null || host.isBlank()) {
            return new OutboxMailer(jdbc);
        }
        return new QueuedSmtpMailer(jdbc, new MailDispatcher(jdbc, transactions, new SmtpMailer(smtp.get(), from)), dispatch);
    }
}
