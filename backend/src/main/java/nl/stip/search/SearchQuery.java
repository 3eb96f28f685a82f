package nl.stip.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.parcels.KadastraleAanduiding;
import nl.stip.platform.web.InvalidParameterException;

/**
 * What someone typed, recognised as one of: a BAG identificatie (16 digits), a kadastrale aanduiding ("OTL02 B 2298"),
 * a postcode with house number ("6981 AB 12", "6981AB12a"), or a street with an optional house number ("Kerkstraat 12").
 */
sealed interface SearchQuery {

    int MAX_LENGTH = 100;

    record BagId(String identificatie) implements SearchQuery {
    }

    record Parcel(KadastraleAanduiding aanduiding) implements SearchQuery {
    }

    record Postcode(String postcode, Integer huisnummer, String huisletter) implements SearchQuery {
    }

    record Street(String straat, Integer huisnummer, String huisletter) implements SearchQuery {
    }

    Pattern BAG_ID = Pattern.compile("\\d{16}");
    Pattern POSTCODE = Pattern.compile("(\\d{4})\\s*([A-Za-z]{2})(?:[\\s,]*(\\d{1,5})\\s*([A-Za-z]?))?");
    Pattern STREET = Pattern.compile("(.*?[\\p{L}.'\\-)])(?:\\s+(\\d{1,5})\\s*([A-Za-z]?))?");

    static SearchQuery parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.length() < 2) {
            throw new InvalidParameterException("q", "Type at least 2 characters to search.");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidParameterException("q", "A search text has at most " + MAX_LENGTH + " characters.");
        }
        if (BAG_ID.matcher(q).matches()) {
            return new BagId(q);
        }
        Matcher postcode = POSTCODE.matcher(q);
        if (postcode.matches()) {
            return new Postcode(postcode.group(1) + postcode.group(2).toUpperCase(),
                    postcode.group(3) == null ? null : Integer.valueOf(postcode.group(3)), emptyToNull(postcode.group(4)));
        }
        try {
            return new Parcel(KadastraleAanduiding.parse(q));
        } catch (IllegalArgumentException notAParcel) {
            // not a kadastrale aanduiding: a street
        }
        Matcher street = STREET.matcher(q);
        if (street.matches()) {
            return new Street(street.group(1).strip(), street.group(2) == null ? null : Integer.valueOf(street.group(2)),
                    emptyToNull(street.group(3)));
        }
        throw new InvalidParameterException("q", "Search for an address (street and number, or postcode and number), "
                + "a BAG identificatie (16 digits) or a kadastrale aanduiding (e.g. OTL02 B 2298).");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s.toUpperCase();
    }
}
