package nl.stip.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** One {@link Mailer}: SMTP when {@code spring.mail.host} is configured, otherwise the outbox. */
@Configuration
class MailConfig {

    private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host, @Value("${stip.mail.from}") String from,
                  ObjectProvider<JavaMailSender> smtp, JdbcClient jdbc) {
        Mailer mailer = choose(host, from, smtp::getObject, jdbc);
        log.info("Mail goes {}", mailer instanceof SmtpMailer ? "through SMTP server " + host : "into the outbox (GET /api/v1/outbox, planners)");
        return mailer;
    }

    static Mailer choose(String host, String from, java.util.function.Supplier<JavaMailSender> smtp, JdbcClient jdbc) {
        return host == null || host.isBlank() ? new OutboxMailer(jdbc) : new SmtpMailer(smtp.get(), from);
    }
}
