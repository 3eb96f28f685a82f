package nl.stip.accounts;

import nl.stip.platform.web.PublicUrl;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What accounts can do: sign up, verify, log in (throttled by {@link LoginThrottle}, or with a mailed one-time link),
 * reset a password, and be invited by a planner. Answers never tell whether an e-mail address has an account:
 * sign-up, reset and login link say "accepted" either way and the difference goes only to that mailbox, at most
 * {@link #MAX_MAILS} mails of a kind an hour.
 */
@Service
class AccountService {

    static final Duration VERIFY_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(3);
    static final Duration LOGIN_LINK_VALIDITY = Duration.ofMinutes(15);
    /** At most this many reset, "already registered" and login-link mails (each kind) per address per {@link #RESEND_WINDOW}. */
    static final int MAX_MAILS = 3;
    /** At most this many verification links per account per {@link #RESEND_WINDOW} (the sign-up mail included). */
    static final int MAX_VERIFY_MAILS = 3;
    static final Duration RESEND_WINDOW = Duration.ofHours(1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private final AccountStore store;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final Texts texts;
    private final PublicUrl publicUrl;
    /** Compared against when the e-mail address is unknown, so both failures take as long. */
    private final String dummyHash;

    AccountService(AccountStore store, LoginThrottle throttle, PasswordEncoder passwords, Mailer mailer, Texts texts,
                   PublicUrl publicUrl) {
        this.store = store;
        this.throttle = throttle;
        this.passwords = passwords;
        this.mailer = mailer;
        this.texts = texts;
        this.publicUrl = publicUrl;
        this.dummyHash = passwords.encode("stip-no-such-account-password");
    }

    @Transactional
    void signUp(String emailInput, String password, String displayNameInput, String roleInput) {
        String email = email(emailInput);
        String displayName = displayName(displayNameInput);
        Role role = role(roleInput);
        if (!role.selfService()) {
            throw new InvalidParameterException("role", "Only INITIATOR or RESIDENT can sign up; a planner creates PLANNER and ADVISOR accounts.");
        }
        PasswordRules.check("password", password, email);
        store.create(email, displayName, passwords.encode(password), role, false).ifPresentOrElse(
                id -> {
                    String token = store.issueToken(id, AccountStore.Purpose.VERIFY, VERIFY_VALIDITY);
                    mailer.send(email, texts.get("mail.verify.subject"),
                            texts.get("mail.verify.text", displayName, verifyLink(token)));
                },
                () -> {
                    if (mayMail(email, AccountStore.MailKind.ALREADY_REGISTERED)) {
                        mailer.send(email, texts.get("mail.already-registered.subject"),
                                texts.get("mail.already-registered.text", publicUrl.root()));
                    }
                });
    }

    /** True when the token confirmed an address; false when it is missing, unknown, used or expired. */
    @Transactional
    boolean verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return store.consumeToken(token.trim(), AccountStore.Purpose.VERIFY).map(id -> {
            store.markVerified(id);
            return true;
        }).orElse(false);
    }

    /**
     * A new verification link for an account that signed up and is not verified yet. Anything else (no account, already
     * verified, invited without a password, or {@link #MAX_VERIFY_MAILS} links within the last hour) sends nothing, and
     * the caller cannot tell which: the answer is the same.
     */
    @Transactional
    void resendVerification(String emailInput) {
        String email = normalised(emailInput);
        store.find(email)
                .filter(account -> !account.verified() && account.passwordHash() != null)
                .filter(account -> store.tokensIssuedWithin(account.id(), AccountStore.Purpose.VERIFY, VERIFY_VALIDITY, RESEND_WINDOW) < MAX_VERIFY_MAILS)
                .ifPresent(account -> {
                    String token = store.issueToken(account.id(), AccountStore.Purpose.VERIFY, VERIFY_VALIDITY);
                    mailer.send(email, texts.get("mail.verify.subject"),
                            texts.get("mail.verify.text", account.displayName(), verifyLink(token)));
                });
    }

    /**
     * Checks the password first, so an unverified account is only revealed to whoever knows its password. While
     * {@link LoginThrottle} says to wait, the password is not checked at all. An old {bcrypt} hash is replaced by the
     * current encoding on a successful login.
     */
    Account logIn(String emailInput, String password, String client) {
        String email = normalised(emailInput);
        throttle.waitFor(email, client).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        Account account = store.find(email).orElse(null);
        String hash = account == null || account.passwordHash() == null ? dummyHash : account.passwordHash();
        boolean matches = matches(password == null ? "" : password, hash);
        if (account == null || account.passwordHash() == null || !matches) {
            throttle.failed(email, client);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "bad-credentials", "E-mail address or password is wrong.");
        }
        if (!account.verified()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-verified",
                    "This account is not verified yet. Open the link in the mail we sent to confirm the e-mail address.");
        }
        store.clearFailures(email, client);
        if (passwords.upgradeEncoding(account.passwordHash())) {
            store.rehash(account.id(), passwords.encode(password));
        }
        return account;
    }

    /** bcrypt refuses to compare more than 72 bytes (an old hash against a long password): that is no match, not an error. */
    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A one-time login link by mail for a verified account: the way in for an owner whose account is held up by
     * someone else's failed logins. Nothing for an unknown or unverified address or past {@link #MAX_MAILS} an hour,
     * and the caller cannot tell which.
     */
    @Transactional
    void requestLoginLink(String emailInput) {
        String email = normalised(emailInput);
        store.find(email)
                .filter(Account::verified)
                .filter(account -> mayMail(email, AccountStore.MailKind.LOGIN_LINK))
                .ifPresent(account -> {
                    String token = store.issueToken(account.id(), AccountStore.Purpose.LOGIN, LOGIN_LINK_VALIDITY);
                    mailer.send(email, texts.get("mail.login-link.subject"),
                            texts.get("mail.login-link.text", account.displayName(), loginLink(token)));
                });
    }

    /** The account a login link belongs to, spending it; 400 {@code invalid-token} when unknown, used or expired. */
    @Transactional
    Account confirmLoginLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidToken();
        }
        long id = store.consumeToken(token.trim(), AccountStore.Purpose.LOGIN).orElseThrow(AccountService::invalidToken);
        return store.findById(id);
    }

    static ProblemException invalidToken() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-token", "This link is invalid, used or expired. Ask for a new one.");
    }

    /** Whether one more mail of this kind may go to the address now (and if so, counts it). */
    private boolean mayMail(String email, AccountStore.MailKind kind) {
        if (store.mailsSentWithin(email, kind, RESEND_WINDOW) >= MAX_MAILS) {
            return false;
        }
        store.recordMail(email, kind);
        return true;
    }

    static Authentication authenticated(Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(account.email(), null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    @Transactional
    void requestPasswordReset(String emailInput) {
        String email = normalised(emailInput);
        store.find(email).filter(account -> mayMail(email, AccountStore.MailKind.RESET)).ifPresent(account -> {
            String token = store.issueToken(account.id(), AccountStore.Purpose.RESET, RESET_VALIDITY);
            mailer.send(email, texts.get("mail.reset.subject"),
                    texts.get("mail.reset.text", account.displayName(), resetLink(token)));
        });
    }

    @Transactional
    void confirmPasswordReset(String token, String newPassword) {
        String checkedToken = token(token);
        PasswordRules.check("newPassword", newPassword, null);
        long id = store.consumeToken(checkedToken, AccountStore.Purpose.RESET)
                .orElseThrow(() -> new InvalidParameterException("token", "This link is invalid, used or expired. Ask for a new one."));
        String email = store.findById(id).email();
        PasswordRules.check("newPassword", newPassword, email);
        store.setPassword(id, passwords.encode(newPassword)); // raises the credentials epoch: every session of the account ends
        store.spendTokens(id, AccountStore.Purpose.RESET);
        store.spendTokens(id, AccountStore.Purpose.LOGIN);
        store.clearFailures(email);
    }

    /** A planner creates an account for any role; the invitation mail holds a link to set the password. */
    @Transactional
    Account invite(String emailInput, String displayNameInput, String roleInput) {
        String email = email(emailInput);
        String displayName = displayName(displayNameInput);
        Role role = role(roleInput);
        long id = store.create(email, displayName, null, role, false)
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "account-exists", "There is already an account for this e-mail address."));
        String token = store.issueToken(id, AccountStore.Purpose.RESET, INVITATION_VALIDITY);
        mailer.send(email, texts.get("mail.invite.subject"),
                texts.get("mail.invite.text", displayName, texts.get("role." + role.name()), resetLink(token)));
        return store.findById(id);
    }

    /**
     * The web app's landing, which confirms with a POST: mail scanners (e.g. Safe Links) that open every link in a
     * mail must not use up the single-use token before the person clicks.
     */
    private String verifyLink(String token) {
        return publicUrl.base() + "/?verify=" + token;
    }

    private String resetLink(String token) {
        return publicUrl.base() + "/?password-reset=" + token;
    }

    /** Confirmed by the web app with a POST, like the verification landing. */
    private String loginLink(String token) {
        return publicUrl.base() + "/?login=" + token;
    }

    /** An e-mail address as accounts are keyed: trimmed, lower case ("" for none). */
    static String normalised(String input) {
        return input == null ? "" : input.trim().toLowerCase(Locale.ROOT);
    }

    static String email(String input) {
        String email = normalised(input);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidParameterException("email", "Not an e-mail address.");
        }
        return email;
    }

    private static String displayName(String input) {
        String name = input == null ? "" : input.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidParameterException("displayName", "A name of 1 to 100 characters is needed.");
        }
        return name;
    }

    private static Role role(String input) {
        try {
            return Role.valueOf(input == null ? "" : input.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("role", "Role must be one of INITIATOR, RESIDENT, PLANNER, ADVISOR.");
        }
    }

    private static String token(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidParameterException("token", "A token from the mail is needed.");
        }
        return token.trim();
    }
}
