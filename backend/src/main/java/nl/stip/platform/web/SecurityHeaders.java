package nl.stip.platform.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The response headers that tell a browser what a page of Stip may do. The Content-Security-Policy allows scripts
 * only from Stip itself: no inline script and no eval ({@code 'wasm-unsafe-eval'} only compiles WebAssembly, which
 * CesiumJS's decoders use; {@code blob:} because CesiumJS starts its web workers from code it carries, and those
 * workers import blob: scripts). Images from Stip, {@code data:} and {@code blob:}; connections to Stip only, plus the
 * base map's tile host when one is configured ({@code stip.viewer.base-layer.url}); no plugins, no framing, no foreign
 * {@code <base>} or form target. Styles may be inline: CesiumJS's credit display adds a {@code <style>} element and
 * credits with style attributes, and Swagger UI's components set styles too. Referrer-Policy {@code same-origin}: a
 * link out of Stip carries no address of a plan or a token. X-Content-Type-Options {@code nosniff} and
 * X-Frame-Options {@code DENY} are Spring Security's defaults.
 */
@Component
class SecurityHeaders implements SecurityContribution {

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#{}]+)", Pattern.CASE_INSENSITIVE);

    private final String policy;

    SecurityHeaders(@Value("${stip.viewer.base-layer.type:natural-earth}") String baseLayerType,
                    @Value("${stip.viewer.base-layer.url:}") String baseLayerUrl) {
        String tiles = "natural-earth".equals(baseLayerType) ? "" : tileOrigin(baseLayerUrl);
        String extra = tiles.isEmpty() ? "" : " " + tiles;
        this.policy = "default-src 'self'; "
                + "script-src 'self' 'wasm-unsafe-eval' blob:; "
                + "worker-src 'self' blob:; "
                + "img-src 'self' data: blob:" + extra + "; "
                + "connect-src 'self'" + extra + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "font-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    /** scheme://host[:port] of a tile URL template such as https://service.pdok.nl/.../{z}/{x}/{y}.png, or "". */
    static String tileOrigin(String url) {
        Matcher origin = ORIGIN.matcher(url == null ? "" : url.strip());
        return origin.find() ? origin.group(1).toLowerCase(Locale.ROOT) : "";
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
