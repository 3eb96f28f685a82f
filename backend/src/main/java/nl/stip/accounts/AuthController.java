package nl.stip.accounts;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.stip.platform.web.ClientAddress;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.platform.web.SessionCsrfTokenRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local accounts: sign-up, verification, login (password or mailed link) and password reset. In OpenID Connect mode
 * these answer 404: the identity provider does all of it. {@code GET me} works in both modes.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    record SignUp(String email, String password, String displayName, String role) {
    }

    record Login(String email, String password) {
    }

    record ResetRequest(String email) {
    }

    record VerifyRequest(String token) {
    }

    record ResendRequest(String email) {
    }

    record ResetConfirmation(String token, String newPassword) {
    }

    record LoginLinkRequest(String email) {
    }

    record LoginLinkConfirmation(String token) {
    }

    /** The logged-in user, as login and {@code GET me} answer it. */
    record CurrentUser(boolean authenticated, String email, String displayName, List<String> roles) {
    }

    /** {@code GET me} for a visitor who is not logged in: 200, so the web app's first look is no error. */
    record Anonymous(boolean authenticated) {
    }

    private final AuthMode mode;
    private final AccountService accounts;
    private final AccountStore store;
    private final ClientAddress clients;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    /** A new session id (fixation) and a new CSRF token after login, as Spring Security's own login filters do. */
    private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(new SessionCsrfTokenRepository())));

    AuthController(@Value("${" + AuthMode.PROPERTY + ":local}") String mode, AccountService accounts, AccountStore store,
                   ClientAddress clients) {
        this.mode = AuthMode.of(mode);
        this.accounts = accounts;
        this.store = store;
        this.clients = clients;
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void signUp(@RequestBody SignUp body) {
        requireLocal();
        accounts.signUp(body.email(), body.password(), body.displayName(), body.role());
    }

    /**
     * Links in older verification mails: on to the web app's landing, which confirms with a POST. A GET never uses up
     * the token, so a mail scanner that opens every link cannot spend it.
     */
    @GetMapping("/verify")
    ResponseEntity<Void> verifyLink(@RequestParam(required = false) String token) {
        requireLocal();
        String target = token != null && token.matches("[A-Za-z0-9_-]{16,100}") ? "/?verify=" + token : "/?account=verify-failed";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
    }

    /** Confirms the e-mail address with the token from the mail: 204, or 400 when it is unknown, used or expired. */
    @PostMapping("/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@RequestBody(required = false) VerifyRequest body) {
        requireLocal();
        if (!accounts.verify(body == null ? null : body.token())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-token",
                    "This link is invalid, used or expired. Ask for a new one.");
        }
    }

    @PostMapping("/verify/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resendVerification(@RequestBody ResendRequest body) {
        requireLocal();
        accounts.resendVerification(body.email());
    }

    @PostMapping("/login")
    CurrentUser logIn(@RequestBody Login body, HttpServletRequest request, HttpServletResponse response) {
        requireLocal();
        return startSession(accounts.logIn(body.email(), body.password(), clients.of(request)), request, response);
    }

    /** A one-time login link by mail: 202 whether or not the address has an account (at most 3 an hour). */
    @PostMapping("/login-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestLoginLink(@RequestBody LoginLinkRequest body) {
        requireLocal();
        accounts.requestLoginLink(body.email());
    }

    /** The web app's landing {@code /?login=<token>} confirms with this POST, which spends the token and logs in. */
    @PostMapping("/login-link/confirm")
    CurrentUser confirmLoginLink(@RequestBody(required = false) LoginLinkConfirmation body, HttpServletRequest request,
                                 HttpServletResponse response) {
        requireLocal();
        return startSession(accounts.confirmLoginLink(body == null ? null : body.token()), request, response);
    }

    /**
     * What Spring Security's own login filters do: a new session id (against fixation), a new CSRF token (the one from
     * before the login stops working), the security context in the session, and the credentials epoch the session
     * logged in at (a later password change ends it).
     */
    private CurrentUser startSession(Account account, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = AccountService.authenticated(account);
        sessionStrategy.onAuthentication(authentication, request, response);
        renderNewCsrfToken(request);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        contextRepository.saveContext(context, request, response);
        SessionCredentialsFilter.remember(request, account);
        return currentUser(account.email());
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestPasswordReset(@RequestBody ResetRequest body) {
        requireLocal();
        accounts.requestPasswordReset(body.email());
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmPasswordReset(@RequestBody ResetConfirmation body) {
        requireLocal();
        accounts.confirmPasswordReset(body.token(), body.newPassword());
    }

    /** Who is logged in; {@code {"authenticated": false}} for a visitor who is not (in both modes). */
    @GetMapping("/me")
    Object me(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return new Anonymous(false);
        }
        return store.find(authentication.getName())
                .<Object>map(account -> currentUser(account.email()))
                .orElseGet(() -> new Anonymous(false));
    }

    private CurrentUser currentUser(String email) {
        Account account = store.find(email).orElseThrow(() -> new NotFoundException("The account no longer exists."));
        return new CurrentUser(true, account.email(), account.displayName(), List.of(account.role().name()));
    }

    /** The new CSRF token is deferred; load it now so its cookie goes out with this answer for the next POST. */
    private static void renderNewCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    void requireLocal() {
        if (mode != AuthMode.LOCAL) {
            throw new NotFoundException("Log in through the identity provider: local accounts are switched off.");
        }
    }
}
