package nl.stip.voting.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Whole euros as Dutch readers write them: "€ 60.000". */
final class Euros {

    private Euros() {
    }

    static String of(long euros) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + format.format(euros);
    }

    /** A share (0..1) as a Dutch percentage with one decimal: "33,3%". */
    static String percent(double share) {
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return format.format(share * 100) + "%";
    }
}
