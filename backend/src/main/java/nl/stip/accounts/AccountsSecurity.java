package nl.stip.accounts;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;

/**
 * The accounts module's part of the security chain: which of its endpoints are open, logout, and, with
 * {@code stip.auth.mode=oidc}, login through an OpenID Connect provider instead of local passwords.
 */
@Configuration
class AccountsSecurity implements SecurityContribution {

    static final String PLANNER = Role.PLANNER.name();

    private final AuthMode mode;
    private final AccountOidcUserService oidcUsers;

    AccountsSecurity(@Value("${" + AuthMode.PROPERTY + ":local}") String mode, AccountStore store,
                     @Value("${stip.auth.oidc.trust-unverified-email:false}") boolean trustUnverifiedEmail) {
        this.mode = AuthMode.of(mode);
        this.oidcUsers = new AccountOidcUserService(store, trustUnverifiedEmail);
    }

    /** bcrypt by default, stored with its "{bcrypt}" prefix so the algorithm can change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/logout",
                        "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm", "/api/v1/auth/verify", "/api/v1/auth/verify/resend").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/auth/verify", "/api/v1/auth/csrf").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/auth/me").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/accounts").hasRole(PLANNER)
                .requestMatchers(HttpMethod.GET, "/api/v1/outbox", "/api/v1/outbox/delivery").hasRole(PLANNER);
        if (mode == AuthMode.OIDC) {
            auth.requestMatchers(HttpMethod.GET, "/oauth2/authorization/**", "/login/oauth2/code/**").permitAll();
        }
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
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
