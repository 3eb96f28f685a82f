package nl.stip.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The session cookie (JSESSIONID) is {@code Secure} when Stip is served over HTTPS: by default when
 * {@code stip.public-url} starts with {@code https://}; {@code stip.cookie.secure} (STIP_COOKIE_SECURE) true or false
 * overrides that, e.g. for a TLS-terminating proxy in front of a plain-HTTP test address. HttpOnly and SameSite come
 * from {@code server.servlet.session.cookie.*}.
 */
@Component
class SessionCookie implements ServletContextInitializer {

    private final boolean secure;

    SessionCookie(@Value("${stip.cookie.secure:}") String override, PublicUrl publicUrl) {
        this.secure = secure(override, publicUrl.base());
    }

    static boolean secure(String override, String publicUrl) {
        if (override != null && !override.isBlank()) {
            return switch (override.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("stip.cookie.secure must be true or false, got '" + override + "'");
            };
        }
        return publicUrl != null && publicUrl.strip().regionMatches(true, 0, "https://", 0, 8);
    }

    boolean secure() {
        return secure;
    }

    @Override
    public void onStartup(jakarta.servlet.ServletContext servletContext) {
        servletContext.getSessionCookieConfig().setSecure(secure);
    }
}
