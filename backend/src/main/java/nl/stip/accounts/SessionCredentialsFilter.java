package nl.stip.accounts;

import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a local login's session once the account's password has changed since that login (a completed reset ends every
 * other session of the account, also on other instances: the epoch is in the database). The request then goes on
 * anonymously, so it answers what it answers to someone logged out (401 for what needs a login). Checked on
 * {@code /api/} requests only: the rest is public. Not a bean, so Spring Boot does not register it a second time
 * outside the security chain.
 */
class SessionCredentialsFilter extends OncePerRequestFilter {

    /** What a local login (password or login link) stores in its session. */
    record LoggedIn(long accountId, long credentialsEpoch) implements Serializable {
    }

    static final String ATTRIBUTE = SessionCredentialsFilter.class.getName() + ".LOGGED_IN";

    private final AccountStore store;

    SessionCredentialsFilter(AccountStore store) {
        this.store = store;
    }

    static void remember(HttpServletRequest request, Account account) {
        request.getSession().setAttribute(ATTRIBUTE, new LoggedIn(account.id(), account.credentialsEpoch()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof LoggedIn login) {
            OptionalLong current = store.credentialsEpoch(login.accountId());
            if (current.isEmpty() || current.getAsLong() != login.credentialsEpoch()) {
                session.invalidate();
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
