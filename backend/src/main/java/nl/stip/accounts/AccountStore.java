package nl.stip.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, their single-use mail tokens, failed logins and mail counts, in plain SQL. */
@Repository
class AccountStore {

    enum Purpose { VERIFY, RESET, LOGIN }

    /** Mails anyone can cause to be sent to an address; rate-limited per address. */
    enum MailKind { RESET, ALREADY_REGISTERED, LOGIN_LINK }

    /** How many failures a key has within the window, and how many seconds ago the newest was (0 when none). */
    record Failures(int count, long secondsSinceLast) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ACCOUNT = "SELECT id, email, display_name, password_hash, role, verified, credentials_epoch FROM account";

    Optional<Account> find(String email) {
        return jdbc.sql(ACCOUNT + " WHERE email = ?").param(email).query(AccountStore::account).optional();
    }

    Account findById(long id) {
        return jdbc.sql(ACCOUNT + " WHERE id = ?").param(id).query(AccountStore::account).single();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getLong(7));
    }

    /** The new account's id, or empty when the e-mail address already has an account. */
    Optional<Long> create(String email, String displayName, String passwordHash, Role role, boolean verified) {
        return jdbc.sql("INSERT INTO account (email, display_name, password_hash, role, verified) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (email) DO NOTHING RETURNING id")
                .params(email, displayName, passwordHash, role.name(), verified)
                .query(Long.class).optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    void markVerified(long id) {
        jdbc.sql("UPDATE account SET verified = true WHERE id = ?").param(id).update();
    }

    /** A new password (reset or invitation): also verifies the address and raises the credentials epoch. */
    void setPassword(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ?, verified = true, credentials_epoch = credentials_epoch + 1 WHERE id = ?")
                .params(passwordHash, id).update();
    }

    /** A new random token (32 bytes, URL-safe); only its hash is stored. */
    String issueToken(long accountId, Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO account_token (token_hash, account_id, purpose, expires_at) "
                        + "VALUES (?, ?, ?, now() + make_interval(secs => CAST(? AS double precision)))")
                .params(hash(token), accountId, purpose.name(), validFor.toSeconds()).update();
        return token;
    }

    /** How many tokens of a purpose (all issued valid for {@code validFor}) the account got within the last {@code window}. */
    int tokensIssuedWithin(long accountId, Purpose purpose, Duration validFor, Duration window) {
        return jdbc.sql("SELECT count(*) FROM account_token WHERE account_id = ? AND purpose = ? "
                        + "AND expires_at > now() + make_interval(secs => CAST(? AS double precision))")
                .params(accountId, purpose.name(), validFor.minus(window).toSeconds())
                .query(Integer.class).single();
    }

    /** Uses up a valid token (atomically: a second use finds nothing); the account it belongs to. */
    Optional<Long> consumeToken(String token, Purpose purpose) {
        return jdbc.sql("UPDATE account_token SET used_at = now() "
                        + "WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > now() RETURNING account_id")
                .params(hash(token), purpose.name())
                .query(Long.class).optional();
    }

    /** Failures of an e-mail address (all clients) within the window. */
    Failures failuresOfEmail(String email, Duration window) {
        return failures("email = ?", window, email);
    }

    /** Failures from a client address (all e-mail addresses) within the window. */
    Failures failuresOfClient(String client, Duration window) {
        return failures("client = ?", window, client);
    }

    /** Failures of an e-mail address from one client address within the window. */
    Failures failuresOfEmailFromClient(String email, String client, Duration window) {
        return failures("email = ? AND client = ?", window, email, client);
    }

    private Failures failures(String where, Duration window, Object... keys) {
        Object[] params = Arrays.copyOf(keys, keys.length + 1);
        params[keys.length] = window.toSeconds();
        return jdbc.sql("SELECT count(*), COALESCE(CEIL(EXTRACT(EPOCH FROM now() - max(failed_at))), 0) FROM login_failure WHERE "
                        + where + " AND failed_at >= now() - make_interval(secs => CAST(? AS double precision))")
                .params(params)
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getLong(2))).single();
    }

    /** Records a failed login; rows older than the window are deleted on the way. */
    void recordFailure(String email, String client, Duration window) {
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - make_interval(secs => CAST(? AS double precision))").param(window.toSeconds()).update();
        jdbc.sql("INSERT INTO login_failure (email, client) VALUES (?, ?)").params(email, client).update();
    }

    /** After a successful login: that client's failures for that address no longer count. */
    void clearFailures(String email, String client) {
        jdbc.sql("DELETE FROM login_failure WHERE email = ? AND client = ?").params(email, client).update();
    }

    /** After a password change: the guesses against the old password no longer count, from any client. */
    void clearFailures(String email) {
        jdbc.sql("DELETE FROM login_failure WHERE email = ?").param(email).update();
    }

    /** How many mails of a kind went to the address within the window. */
    int mailsSentWithin(String recipient, MailKind kind, Duration window) {
        return jdbc.sql("SELECT count(*) FROM account_mail WHERE recipient = ? AND kind = ? "
                        + "AND sent_at >= now() - make_interval(secs => CAST(? AS double precision))")
                .params(recipient, kind.name(), window.toSeconds()).query(Integer.class).single();
    }

    void recordMail(String recipient, MailKind kind) {
        jdbc.sql("DELETE FROM account_mail WHERE sent_at < now() - interval '1 day'").update();
        jdbc.sql("INSERT INTO account_mail (recipient, kind) VALUES (?, ?)").params(recipient, kind.name()).update();
    }

    /** The account's credentials epoch (raised by every password change), or empty when the account is gone. */
    OptionalLong credentialsEpoch(long accountId) {
        return jdbc.sql("SELECT credentials_epoch FROM account WHERE id = ?").param(accountId).query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** A stronger hash of the same password (an old {bcrypt} one after a login): not a change of credentials. */
    void rehash(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
    }

    /** Spends every unused token of a purpose of the account (after a password change: other reset links stop working). */
    void spendTokens(long accountId, Purpose purpose) {
        jdbc.sql("UPDATE account_token SET used_at = now() WHERE account_id = ? AND purpose = ? AND used_at IS NULL")
                .params(accountId, purpose.name()).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
