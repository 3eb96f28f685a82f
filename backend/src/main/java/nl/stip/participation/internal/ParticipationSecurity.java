package nl.stip.participation.internal;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading rounds is open (who may read which round is decided per round in {@link RoundAccess}: a round one may not
 * read is 404); every write needs a login. Ordered before the plans module's rule, which closes {@code /api/v1/plans/**}
 * to visitors, so a visitor may list the rounds of a published plan.
 */
@Component
@Order(0)
class ParticipationSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/plans/*/rounds", "/api/v1/rounds", "/api/v1/rounds/**").permitAll()
                .requestMatchers("/api/v1/plans/*/rounds", "/api/v1/rounds", "/api/v1/rounds/**", "/api/v1/contributions/**").authenticated();
    }
}
