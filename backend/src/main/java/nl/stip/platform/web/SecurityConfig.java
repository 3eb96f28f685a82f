package nl.stip.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The spatial data (lookup, buildings, OGC API), the API docs, health and the viewer are public
 * and read-only: they hold no personal data. Feature modules open their own endpoints through a
 * {@link SecurityContribution}; everything else is closed. Sessions (JSESSIONID) carry a login; CSRF protection stays
 * on for the browser in the SPA style: the token travels in the readable XSRF-TOKEN cookie and comes back in the
 * X-XSRF-TOKEN header. The API answers problem details, never a redirect: 401 without a login, 403 when not allowed.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    private final Problems problems;

    SecurityConfig(Problems problems) {
        this.problems = problems;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<SecurityContribution> contributionBeans, MetricsAccess metrics) throws Exception {
        List<SecurityContribution> contributions = contributionBeans.orderedStream().toList();
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/error").permitAll()
                    .requestMatchers(HttpMethod.GET, "/", "/index.html", "/report.html", "/favicon.ico", "/app/**", "/webjars/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/lookup", "/api/v1/search", "/api/v1/buildings/**", "/api/v1/viewport/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/ogc", "/ogc/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access(metrics);
            contributions.forEach(contribution -> contribution.authorize(auth));
            auth.anyRequest().denyAll();
        });
        http.csrf(csrf -> csrf.spa().csrfTokenRepository(new SessionCsrfTokenRepository())); // checked against the session's copy only
        http.httpBasic(basic -> basic.disable());
        http.formLogin(form -> form.disable());
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // An API call refused for want of a login is not "saved for after the login" (that would start a session per
        // refused call, and such a late answer could set its cookie over a fresh login's); pages still are (OIDC).
        HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
        savedPages.setRequestMatcher(request -> !api.matches(request));
        http.requestCache(cache -> cache.requestCache(savedPages));
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor((request, response, e) ->
                        problem(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Log in first."), api)
                .defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(), request -> true)
                .accessDeniedHandler((request, response, e) ->
                        problem(request, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this account, or the CSRF token is missing.")));
        for (SecurityContribution contribution : contributions) {
            contribution.configure(http);
        }
        return http.build();
    }

    /** Problem details written by the filter chain, before Spring MVC is involved. */
    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        problems.write(request, response, Problems.of(status, code, detail));
    }
}
