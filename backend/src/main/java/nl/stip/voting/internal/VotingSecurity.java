package nl.stip.voting.internal;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The vote's setup and results are open to read (who may read which round is decided per round by the round's gate:
 * 404/401/403 there); one's own ballot, casting it and setting up the vote need a login (setting up: a planner, decided
 * by the gate). Ordered before participation's rule, which opens every GET under {@code /api/v1/rounds/**}.
 */
@Component
@Order(-2)
class VotingSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/rounds/*/vote-setup", "/api/v1/rounds/*/results").permitAll()
                .requestMatchers("/api/v1/rounds/*/ballot", "/api/v1/rounds/*/vote-setup").authenticated();
    }
}
