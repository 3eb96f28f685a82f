package nl.stip.accounts;

import java.util.Map;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The accounts module's part of the security chain: which of its endpoints are open, logout, and, with
 * {@code stip.auth.mode=oidc}, login through an OpenID Connect provider instead of local passwords.
 */
@Configuration
class AccountsSecurity implements SecurityContribution {

    static final String PLANNER = Role.PLANNER.name();

    /** The id of new hashes: Argon2id with Spring Security 5.8's parameters (16 MiB, 2 passes), no 72-byte limit. */
    static final String PASSWORD_ENCODING = "argon2";

    private final AuthMode mode;
    private final AccountStore store;
    private final AccountOidcUserService oidcUsers;

    AccountsSecurity(@Value("${" + AuthMode.PROPERTY + ":local}") String mode, AccountStore store,
                     @Value("${stip.auth.oidc.trust-unverified-email:false}") boolean trustUnverifiedEmail,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.mode = AuthMode.of(mode);
        this.store = store;
        this.oidcUsers = new AccountOidcUserService(store, trustUnverifiedEmail, events);
    }

    /**
     * Argon2id for new hashes, stored with their "{argon2}" prefix; older "{bcrypt}" hashes still match and are
     * replaced on the next successful login (bcrypt reads only 72 bytes of a password; the rules allow 200 characters).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                PASSWORD_ENCODING, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PASSWORD_ENCODING, encoders);
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/logout",
                        "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm", "/api/v1/auth/verify", "/api/v1/auth/verify/resend",
                        "/api/v1/auth/login-link", "/api/v1/auth/login-link/confirm").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/auth/verify", "/api/v1/auth/csrf", "/api/v1/auth/me").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/accounts").hasRole(PLANNER)
                .requestMatchers(HttpMethod.GET, "/api/v1/outbox", "/api/v1/outbox/delivery").hasRole(PLANNER);
        if (mode == AuthMode.OIDC) {
            auth.requestMatchers(HttpMethod.GET, "/oauth2/authorization/**", "/login/oauth2/code/**").permitAll();
        }
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.addFilterAfter(new SessionCredentialsFilter(store), CsrfFilter.class);
        http.logout(logout -> logout.logoutUrl("/api/v1/auth/logout")
                .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
        if (mode == AuthMode.OIDC) {
            http.oauth2Login(login -> login
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .defaultSuccessUrl("/", true));
        }
    }

    AuthMode mode() {
        return mode;
    }
}
