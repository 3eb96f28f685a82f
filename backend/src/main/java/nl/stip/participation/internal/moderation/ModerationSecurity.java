package nl.stip.participation.internal.moderation;

import nl.stip.accounts.Role;
import nl.stip.platform.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Moderation is for planners (checked again in the services); reports and appeals need a login. Ordered before the
 * participation rule that lets anyone read {@code /api/v1/rounds/**}, so a round's blocks are planners' only.
 */
@Component
@Order(-1)
class ModerationSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers("/api/v1/moderation/**", "/api/v1/rounds/*/blocks", "/api/v1/rounds/*/blocks/*").hasRole(Role.PLANNER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/contributions/*/approve", "/api/v1/contributions/*/hide").hasRole(Role.PLANNER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/contributions/*/reports", "/api/v1/contributions/*/appeal").authenticated();
    }
}
