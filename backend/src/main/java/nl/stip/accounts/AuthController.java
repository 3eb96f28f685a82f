package nl.stip.accounts;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
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
 * Local accounts: sign-up, verification, login and password reset. In OpenID Connect mode these answer 404: the
 * identity provider does all of it.
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

    record CurrentUser(String email, String displayName, List<String> roles) {
    }

    private final AuthMode mode;
    private final AccountService accounts;
    private final AccountStore store;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    /** A new session id (fixation) and a new CSRF token after login, as Spring Security's own login filters do. */
    private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(CookieCsrfTokenRepository.withHttpOnlyFalse())));

    AuthController(@Value("${" + AuthMode.PROPERTY + ":local}") String mode, AccountService accounts, AccountStore store) {
        this.mode = AuthMode.of(mode);
        this.accounts = accounts;
        this.store = store;
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
        Authentication authentication = accounts.logIn(body.email(), body.password());
        sessionStrategy.onAuthentication(authentication, request, response);
        renderNewCsrfToken(request);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        contextRepository.saveContext(context, request, response);
        return currentUser(authentication.getName());
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

    @GetMapping("/me")
    CurrentUser me(Authentication authentication) {
        return currentUser(authentication.getName());
    }

    private CurrentUser currentUser(String email) {
        Account account = store.find(email).orElseThrow(() -> new NotFoundException("The account no longer exists."));
        return new CurrentUser(account.email(), account.displayName(), List.of(account.role().name()));
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
