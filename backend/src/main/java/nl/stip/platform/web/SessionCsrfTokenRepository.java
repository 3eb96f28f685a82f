package nl.stip.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the HTTP session, the only copy requests are checked against, and mirrored into the readable
 * {@code XSRF-TOKEN} cookie ({@code SameSite=Strict}, {@code Secure} over HTTPS) so the web app can send the value back
 * in {@code X-XSRF-TOKEN}. Unlike a double-submit cookie, a cookie and header pair that someone made up (or set from a
 * sibling subdomain) matches nothing. Stateless: every instance reads and writes the same session attribute, so the
 * login code can rotate the token with its own instance.
 */
public final class SessionCsrfTokenRepository implements CsrfTokenRepository {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    public SessionCsrfTokenRepository() {
        session.setHeaderName(HEADER);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        session.saveToken(token, request, response);
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token == null ? "" : token.getToken())
                .path(path).sameSite("Strict").secure(request.isSecure()).httpOnly(false)
                .maxAge(token == null ? 0 : -1).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return session.loadToken(request);
    }
}
