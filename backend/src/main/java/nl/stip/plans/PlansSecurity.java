package nl.stip.plans;

import nl.stip.accounts.Role;
import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Plans need a login; only initiators start one. Who sees or changes a given plan (owner, invited roles, planners) is decided per
 * plan in {@link PlanService}, where a plan someone may not see answers 404 rather than 403.
 */
@Component
class PlansSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/v1/plans").hasRole(Role.INITIATOR.name())
                .requestMatchers("/api/v1/plans", "/api/v1/plans/**").authenticated();
    }
}
