package nl.stip.notifications.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A person's own alerts need a login, any role (/api/v1/plans/{id}/follow is under /api/v1/plans/**, which plans opens
 * to logged-in people). The unsubscribe link works without a login: its signed token is the authorisation, and its
 * POST needs no CSRF token (a mail client has none; forging it needs the token, which only the mail holds).
 */
@Component
class NotificationsSecurity implements nl.stip.platform.web.SecurityContribution {

    static final String UNSUBSCRIBE = "/api/v1/notifications/unsubscribe";

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, UNSUBSCRIBE).permitAll()
                .requestMatchers(HttpMethod.POST, UNSUBSCRIBE).permitAll()
                .requestMatchers("/api/v1/me/subscriptions", "/api/v1/me/subscriptions/**", "/api/v1/me/notification-preferences",
                        "/api/v1/me/notifications", "/api/v1/me/notifications/**").authenticated();
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + UNSUBSCRIBE)));
    }
}
