package nl.stip.platform.live;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.stip.platform.web.SessionCsrfTokenRepository;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.lang.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Ties a WebSocket to the HTTP session it was opened with: the login (the handshake's principal, taken by Spring from
 * the request) and the session's CSRF token, which the STOMP CONNECT must then present. The session itself is kept
 * so a subscription made after a logout is refused. Starts no session for a visitor without one.
 */
final class SessionHandshake implements HandshakeInterceptor {

    static final String HTTP_SESSION = SessionHandshake.class.getName() + ".HTTP_SESSION";
    static final String CSRF_TOKEN = SessionHandshake.class.getName() + ".CSRF_TOKEN";

    private final SessionCsrfTokenRepository tokens = new SessionCsrfTokenRepository();

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (request instanceof ServletServerHttpRequest servlet) {
            HttpServletRequest http = servlet.getServletRequest();
            HttpSession session = http.getSession(false);
            if (session != null) {
                attributes.put(HTTP_SESSION, session);
                CsrfToken token = tokens.loadToken(http);
                if (token != null) {
                    attributes.put(CSRF_TOKEN, token.getToken());
                }
            }
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               @Nullable Exception exception) {
    }

    /** Whether the HTTP session the socket was opened with has ended since (logout, password change, timeout). */
    static boolean sessionEnded(@Nullable Map<String, Object> attributes) {
        if (attributes == null || !(attributes.get(HTTP_SESSION) instanceof HttpSession session)) {
            return false;
        }
        try {
            session.getAttributeNames();
            return false;
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }
}
