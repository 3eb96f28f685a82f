package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The outbox is a demo and development aid: without SMTP outside demo mode, Stip does not start. */
class MailConfigTest {

    @Test
    void refusesToStartWithoutSmtpWhenTheOutboxIsNotAllowed() {
        assertThatThrownBy(() -> MailConfig.choose("", false, "stip@test", () -> null, null, null, Runnable::run))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_MAIL_HOST")
                .hasMessageContaining("STIP_MAIL_OUTBOX_ENABLED=true")
                .hasMessageContaining("stip.mail.outbox.enabled");
    }

    @Test
    void usesTheOutboxWhereItIsAllowed() {
        assertThat(MailConfig.choose(" ", true, "stip@test", () -> null, null, null, Runnable::run)).isInstanceOf(OutboxMailer.class);
    }
}
