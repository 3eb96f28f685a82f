package nl.stip.sharing.internal;

import nl.stip.accounts.Role;
import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Published plans are open to everyone; accepting an invitation needs a login; the list of publication requests is for
 * planners. The per-plan endpoints live under /api/v1/plans/**, which the plans module opens to logged-in people,
 * and who may do what with a plan is decided per plan ({@link Circle}).
 */
@Component
class SharingSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/public/plans", "/api/v1/public/plans/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/invitations/accept").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/publication-requests").hasRole(Role.PLANNER.name());
    }
}
