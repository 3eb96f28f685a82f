package nl.stip.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stip.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The configuration switches: local or OpenID Connect login, SMTP or outbox mail. */
class AuthModeTest {

    @Test
    void localIsTheDefaultAndOidcIsChosenByName() {
        assertThat(AuthMode.of(null)).isEqualTo(AuthMode.LOCAL);
        assertThat(AuthMode.of("")).isEqualTo(AuthMode.LOCAL);
        assertThat(AuthMode.of("local")).isEqualTo(AuthMode.LOCAL);
        assertThat(AuthMode.of(" OIDC ")).isEqualTo(AuthMode.OIDC);
        assertThatThrownBy(() -> AuthMode.of("saml")).hasMessageContaining("stip.auth.mode");
    }

    @Test
    void localEndpointsAnswerNotFoundInOidcMode() {
        AuthController oidc = new AuthController("oidc", null, null, null);
        assertThatThrownBy(() -> oidc.logIn(new AuthController.Login("a@b.nl", "x"), null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.signUp(new AuthController.SignUp("a@b.nl", "x", "A", "RESIDENT"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.requestPasswordReset(new AuthController.ResetRequest("a@b.nl"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.verify(new AuthController.VerifyRequest("token"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.verifyLink("token")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.requestLoginLink(new AuthController.LoginLinkRequest("a@b.nl"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> oidc.confirmLoginLink(new AuthController.LoginLinkConfirmation("token"), null, null)).isInstanceOf(NotFoundException.class);
        new AuthController("local", null, null, null).requireLocal();
    }

    @Test
    void securityOpensTheProviderEndpointsOnlyInOidcMode() {
        assertThat(new AccountsSecurity("oidc", null, false, event -> { }).mode()).isEqualTo(AuthMode.OIDC);
        assertThat(new AccountsSecurity(null, null, false, event -> { }).mode()).isEqualTo(AuthMode.LOCAL);
    }

    @Test
    void mailGoesThroughSmtpOnlyWhenAHostIsConfigured() {
        assertThat(MailConfig.choose("", true, "Stip <noreply@stip.local>", JavaMailSenderImpl::new, null, null, null)).isInstanceOf(OutboxMailer.class);
        assertThat(MailConfig.choose(null, true, "Stip <noreply@stip.local>", JavaMailSenderImpl::new, null, null, null)).isInstanceOf(OutboxMailer.class);
        assertThat(MailConfig.choose("smtp.gemeente.nl", false, "Stip <noreply@stip.local>", JavaMailSenderImpl::new, null, null, null)).isInstanceOf(QueuedSmtpMailer.class);
    }
}
