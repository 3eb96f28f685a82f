package nl.stip.concerned.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code on a home letter: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as
 * XXXX-XXXX (~40 bits). Input is read leniently (case, spaces and dashes do not matter); only its hash is compared.
 */
final class LetterCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LetterCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces or dashes, upper case; null when it cannot be a code at all. */
    static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String code = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == 8 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }

    static String hash(String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String normalised, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(normalised).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
