package nl.stip.sunlight;

import nl.stip.platform.web.SecurityContribution;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may ask the sunlight study of a design they draw, as anyone may check one: it stores nothing and shows
 * buildings by BAG id and parcels by kadastrale aanduiding only, never names. A plan's or variant's study is served by
 * the plans and variants modules under their own rules. Like the check it changes nothing, so CSRF (which guards
 * changes made with the browser's credentials) does not apply.
 */
@Component
class SunlightSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.POST, "/api/v1/sunlight").permitAll();
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/sunlight"));
    }
}
