package nl.stip.reporting.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Dutch numbers ("1.234,5"), dates and the labels of the round's codes, as the report shows them. */
final class Dutch {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy", NL).withZone(ZoneId.of("Europe/Amsterdam"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", NL).withZone(ZoneId.of("Europe/Amsterdam"));

    static final Map<String, String> THEMES = Map.of("height", "Hoogte", "sunlight", "Bezonning", "privacy", "Privacy",
            "traffic", "Verkeer", "green", "Groen", "noise", "Geluid", "other", "Overig");
    static final Map<String, String> STANCES = Map.of("support", "Voor", "neutral", "Neutraal", "concern", "Zorg");

    private Dutch() {
    }

    static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(n);
    }

    static String number(double n) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(NL)).format(n);
    }

    static String date(Instant at) {
        return at == null ? "–" : DATE.format(at);
    }

    static String dateTime(Instant at) {
        return at == null ? "–" : DATE_TIME.format(at);
    }

    static String theme(String code) {
        return THEMES.getOrDefault(code, code);
    }

    static String stance(String code) {
        return STANCES.getOrDefault(code, code);
    }

    /**
     * User text as plain text for every output: control characters (which break a PDF or a CSV reader) become spaces;
     * markup stays the characters it is, since no output interprets it.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\n') {
                b.append(' ');
            } else if (Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.PRIVATE_USE || c == 0xFFFE || c == 0xFFFF) {
                b.append('?');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
