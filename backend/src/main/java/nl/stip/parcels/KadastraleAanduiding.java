package nl.stip.parcels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kadastrale aanduiding of a parcel: kadastrale gemeente (AKR code such as "OTL02"), sectie (one or two letters)
 * and perceelnummer, written "OTL02 B 2298".
 */
public record KadastraleAanduiding(String gemeente, String sectie, int perceelnummer) {

    private static final Pattern TEXT = Pattern.compile("^\\s*([A-Z]{3}\\d{2}|\\d{1,4})[\\s-]*([A-Z]{1,2})[\\s-]*(\\d{1,5})\\s*$");

    public static String format(String gemeente, String sectie, int perceelnummer) {
        return gemeente + " " + sectie + " " + perceelnummer;
    }

    /** Parses "OTL02 B 2298", "OTL02B2298" or "OTL02-B-2298"; throws IllegalArgumentException saying what is wrong. */
    public static KadastraleAanduiding parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a kadastrale aanduiding (expected e.g. 'OTL02 B 2298')");
        }
        return new KadastraleAanduiding(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return format(gemeente, sectie, perceelnummer);
    }
}
