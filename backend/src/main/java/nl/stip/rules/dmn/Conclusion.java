package nl.stip.rules.dmn;

import java.util.Locale;
import java.util.Optional;

/**
 * The conclusions of an STTR "Conclusie" decision, strictest first. The file writes them as strings ("Vergunningplicht",
 * "Toestemmingsvrij", ...); they are matched without regard to case, spaces, dashes or underscores.
 */
public enum Conclusion {
    VERGUNNINGPLICHT, MELDINGSPLICHT, INFORMATIEPLICHT, NEEM_CONTACT_OP_MET, TOESTEMMINGSVRIJ, NIET_VAN_TOEPASSING;

    /** The conclusion a decision's output names; empty for anything else (e.g. an intermediate "no hit"). */
    public static Optional<Conclusion> of(String output) {
        if (output == null) {
            return Optional.empty();
        }
        String wanted = normal(output);
        for (Conclusion c : values()) {
            if (normal(c.name()).equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** How strict an output is: a known conclusion ranks by this order, anything else below all of them. */
    static int strictness(String output) {
        return of(output).map(c -> values().length - c.ordinal()).orElse(0);
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
