package nl.stip.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The spatial data (lookup, buildings, OGC API), the API docs, health and the viewer are public
 * and read-only: they hold no personal data. Everything else is closed until a feature opens it with its own rule.
 * CSRF protection stays on for the browser.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/app/**", "/webjars/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/lookup", "/api/v1/search", "/api/v1/buildings/**", "/api/v1/viewport/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/ogc", "/ogc/**").permitAll()
                // The plan check stores nothing and needs no login yet; a later slice puts it behind login with the plans.
                .requestMatchers(HttpMethod.POST, "/api/v1/check").permitAll()
                .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus").permitAll()
                .anyRequest().denyAll());
        // CSRF guards requests that change something with the browser's credentials; the check changes nothing.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/check"));
        http.httpBasic(basic -> basic.disable());
        http.formLogin(form -> form.disable());
        return http.build();
    }
}
