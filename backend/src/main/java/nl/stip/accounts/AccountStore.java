package nl.stip.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, their single-use mail tokens and failed logins, in plain SQL. */
@Repository
class AccountStore {

    enum Purpose { VERIFY, RESET }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ACCOUNT = "SELECT id, email, display_name, password_hash, role, verified FROM account";

    Optional<Account> find(String email) {
        return jdbc.sql(ACCOUNT + " WHERE email = ?").param(email).query(AccountStore::account).optional();
    }

    Account findById(long id) {
        return jdbc.sql(ACCOUNT + " WHERE id = ?").param(id).query(AccountStore::account).single();
    }

    private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)), rs.getBoolean(6));
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

    void setPassword(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ?, verified = true WHERE id = ?").params(passwordHash, id).update();
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

    int recentFailures(String email, Duration window) {
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < now() - make_interval(secs => CAST(? AS double precision))").param(window.toSeconds()).update();
        return jdbc.sql("SELECT count(*) FROM login_failure WHERE email = ? AND failed_at >= now() - make_interval(secs => CAST(? AS double precision))")
                .params(email, window.toSeconds()).query(Integer.class).single();
    }

    void recordFailure(String email) {
        jdbc.sql("INSERT INTO login_failure (email) VALUES (?)").param(email).update();
    }

    void clearFailures(String email) {
        jdbc.sql("DELETE FROM login_failure WHERE email = ?").param(email).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
