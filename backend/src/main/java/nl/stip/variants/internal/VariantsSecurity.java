package nl.stip.variants.internal;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what: the indicator definitions are open to anyone; reading bounds and variants is open at the door and
 * decided per round by {@code RoundGate.readable} (404/401/403); saving and previewing need a login and then
 * {@code RoundGate.writable} (a participant, not blocked, round open, else 409); setting bounds needs a login and then
 * {@code RoundGate.forPlanner} (403 for anyone not a planner). A saved variant is immutable: {@code /api/v1/variants/{id}}
 * has no PUT, PATCH or DELETE, and a logged-in caller who tries one is let through to Spring MVC, which answers 405
 * problem details with {@code Allow: GET} (not the catch-all's 403, which would read as "not allowed for you"). Before
 * participation's rule for {@code /api/v1/rounds/**}.
 */
@Component
@Order(-1)
class VariantsSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/indicators", "/api/v1/variants/*", "/api/v1/variants/*/sunlight",
                        "/api/v1/rounds/*/variants", "/api/v1/rounds/*/variant-bounds").permitAll()
                .requestMatchers("/api/v1/rounds/*/variants", "/api/v1/rounds/*/variants/preview", "/api/v1/rounds/*/variant-bounds",
                        "/api/v1/variants/*")
                .authenticated();
    }
}
