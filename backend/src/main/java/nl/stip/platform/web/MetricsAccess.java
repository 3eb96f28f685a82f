package nl.stip.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may scrape {@code /actuator/prometheus}: a client that sends {@code Authorization: Bearer <stip.metrics.token>}
 * (STIP_METRICS_TOKEN). Without a configured token nobody may: the metrics tell a stranger too much about the
 * platform (versions, load, what is used).
 */
@Component
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] expected;

    MetricsAccess(@Value("${stip.metrics.token:}") String token) {
        this.expected = token == null || token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        return new AuthorizationDecision(expected != null && header != null
                && MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.UTF_8)));
    }
}
