package nl.stip.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.stip.platform.web.InvalidParameterException;

/**
 * What a new password must be: 12 to 200 characters, not the e-mail address, not only white space or one or two
 * characters repeated, and not on the list of common passwords ({@code accounts/common-passwords.txt}). Any length up
 * to 200 characters is hashed whole (Argon2id has no 72-byte limit as bcrypt has).
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    private PasswordRules() {
    }

    static void check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidParameterException(field, "The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidParameterException(field, "The password may have at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank() || password.codePoints().distinct().count() <= 2) {
            throw new InvalidParameterException(field, "The password must not be only spaces or one or two characters repeated.");
        }
        if (email != null && password.trim().equalsIgnoreCase(email)) {
            throw new InvalidParameterException(field, "The password must not be the e-mail address.");
        }
        if (COMMON.contains(normalised(password))) {
            throw new InvalidParameterException(field, "This password is one of the most used passwords: choose another.");
        }
    }

    static boolean common(String password) {
        return COMMON.contains(normalised(password));
    }

    private static String normalised(String password) {
        return password.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordRules::normalised).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
