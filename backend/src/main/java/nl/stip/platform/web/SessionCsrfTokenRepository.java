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
    /** The one safe request that starts a session for its token: the web app asks it before its first POST. */
    public static final String TOKEN_PATH = "/api/v1/auth/csrf";

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
        if (token != null && request.getSession(false) == null && isSafe(request)
                && !request.getRequestURI().equals(request.getContextPath() + TOKEN_PATH)) {
            // A visitor's GET (the map, lookups, the viewer's first "who am I?") starts no session just to mirror a
            // token it does not need: a session per anonymous request would pile up in memory, and such an answer
            // arriving after a login (sent with the session from before it) would set a new, empty session's cookie
            // over the login's and log the person out again. Only the token endpoint starts one.
            return;
        }
        session.saveToken(token, request, response);
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, token == null ? "" : token.getToken())
                .path(path).sameSite("Strict").secure(request.isSecure()).httpOnly(false)
                .maxAge(token == null ? 0 : -1).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static boolean isSafe(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return session.loadToken(request);
    }
}
