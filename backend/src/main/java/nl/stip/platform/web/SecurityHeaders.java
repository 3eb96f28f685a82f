package nl.stip.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The response headers that tell a browser what a page of Stip may do. The viewer's Content-Security-Policy allows
 * scripts only from Stip itself (no inline script, no eval; CesiumJS needs {@code 'wasm-unsafe-eval'} for its
 * WebAssembly decoders and {@code blob:} workers), images from Stip, {@code data:} and {@code blob:}, connections to
 * Stip only, plus the base map's tile host when one is configured ({@code stip.viewer.base-layer.url}); no plugins, no
 * framing, no foreign {@code <base>}. Swagger UI (under {@code /swagger-ui/}) gets the same policy except that it may
 * set inline styles, which its React components do. Referrer-Policy {@code same-origin}: a link out of Stip carries
 * no address of a plan or a reset link. X-Content-Type-Options {@code nosniff} and X-Frame-Options {@code DENY} are
 * Spring Security's defaults.
 */
@Component
class SecurityHeaders implements SecurityContribution {

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#{}]+)", Pattern.CASE_INSENSITIVE);

    private final String viewerPolicy;
    private final String swaggerPolicy;

    SecurityHeaders(@Value("${stip.viewer.base-layer.type:natural-earth}") String baseLayerType,
                    @Value("${stip.viewer.base-layer.url:}") String baseLayerUrl) {
        String tiles = "natural-earth".equals(baseLayerType) ? "" : tileOrigin(baseLayerUrl);
        this.viewerPolicy = policy("'self'", tiles);
        this.swaggerPolicy = policy("'self' 'unsafe-inline'", "");
    }

    /** The policy of every page but Swagger UI's: what the viewer needs, nothing more. */
    String viewerPolicy() {
        return viewerPolicy;
    }

    private static String policy(String styles, String tiles) {
        String extra = tiles.isEmpty() ? "" : " " + tiles;
        return "default-src 'self'; "
                + "script-src 'self' 'wasm-unsafe-eval'; "
                + "worker-src 'self' blob:; "
                + "img-src 'self' data: blob:" + extra + "; "
                + "connect-src 'self'" + extra + "; "
                + "style-src " + styles + "; "
                + "font-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** scheme://host[:port] of a tile URL template such as https://service.pdok.nl/.../{z}/{x}/{y}.png, or "". */
    static String tileOrigin(String url) {
        Matcher origin = ORIGIN.matcher(url == null ? "" : url.strip());
        return origin.find() ? origin.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        RequestMatcher swagger = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html");
        };
        http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new StaticHeadersWriter("Content-Security-Policy", swaggerPolicy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(request -> !swagger.matches(request),
                        new StaticHeadersWriter("Content-Security-Policy", viewerPolicy)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
