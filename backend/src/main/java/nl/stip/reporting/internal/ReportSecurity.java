package nl.stip.reporting.internal;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import nl.stip.platform.web.SecurityContribution;

/**
 * The report is read without a login when its round's plan is published; who may read which report is decided per
 * round in {@link ReportAccess} (planners and the owner; readers of the round on a published plan; else 404/403).
 */
@Component
@Order(-1)
class ReportSecurity implements SecurityContribution {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/rounds/*/report", "/api/v1/rounds/*/report.pdf", "/api/v1/rounds/*/report.csv.zip",
                "/api/v1/rounds/*/report.geojson").permitAll();
    }
}
