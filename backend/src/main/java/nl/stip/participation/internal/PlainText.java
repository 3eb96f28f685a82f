package nl.stip.participation.internal;

import nl.stip.platform.web.InvalidParameterException;

/** Plain text as participation stores it: stripped, 1 to {@code max} characters (code points), no control characters but line breaks and tabs. */
final class PlainText {

    static final int MAX = 2000;

    private PlainText() {
    }

    static String required(String field, String input, int max) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidParameterException(field, "the " + field + " is empty: write 1 to " + max + " characters");
        }
        return checked(field, text, max);
    }

    static String optional(String field, String input, int max) {
        String text = input == null ? "" : input.strip();
        return text.isEmpty() ? null : checked(field, text, max);
    }

    private static String checked(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new InvalidParameterException(field, "the " + field + " has " + length + " characters; at most " + max);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidParameterException(field, "the " + field + " holds a control character (such as NUL); send plain text");
        }
        return text;
    }
}
