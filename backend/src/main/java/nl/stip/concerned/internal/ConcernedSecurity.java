package nl.stip.concerned.internal;

import nl.stip.accounts.Role;
import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A published plan's counts are open to everyone; a person's home needs a login; the home letters are for planners.
 * The per-plan endpoints live under /api/v1/plans/**, which the plans module opens to logged-in people; who may see
 * what of a plan is decided per plan ({@link Access}).
 */
@Component
class ConcernedSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/public/plans/*/concerned").permitAll()
                .requestMatchers("/api/v1/me/home", "/api/v1/me/home/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/concerned/letters").hasRole(Role.PLANNER.name());
    }
}
