package nl.stip.help;

import nl.stip.accounts.Role;
import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may ask (with the CSRF token, like every POST); only planners read the inbox and mark questions handled. */
@Component
class HelpSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/v1/help").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/help").hasRole(Role.PLANNER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/help/*/handled").hasRole(Role.PLANNER.name());
    }
}
