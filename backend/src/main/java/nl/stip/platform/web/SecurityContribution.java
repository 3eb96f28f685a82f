package nl.stip.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature module's part of the one security filter chain: the requests it opens (added before the platform's final
 * "deny everything else") and whatever else it needs on the chain (logout, OAuth2 login). Lets a module open its own
 * endpoints without the platform knowing the module.
 */
public interface SecurityContribution {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth);

    default void configure(HttpSecurity http) throws Exception {
    }
}
