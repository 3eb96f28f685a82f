package nl.stip.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Which IMRO2012 measures (a Maatvoering's waardeType) are norms the check applies: maximum bouwhoogte, maximum
 * goothoogte and maximum bebouwingspercentage, onto the norm keys of {@link Norm}. Every other measure is kept as
 * written and shown, not checked.
 */
public final class ImroNorms {

    private static final Map<String, String> NORMS = Map.of(
            "maximum bouwhoogte (m)", "max-hoogte",
            "maximum goothoogte (m)", "max-goothoogte",
            "maximum bebouwingspercentage (%)", "max-bebouwingspercentage");

    private ImroNorms() {
    }

    /** The norm key of the waardeType ("maximum bouwhoogte (m)" → "max-hoogte"), or null when it is not one the check applies. */
    public static String normKey(String waardeType) {
        if (waardeType == null) {
            return null;
        }
        String type = waardeType.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String key = NORMS.get(type);
        if (key != null) {
            return key;
        }
        // written without the unit ("maximum bouwhoogte")
        return NORMS.entrySet().stream().filter(e -> e.getKey().startsWith(type + " (")).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
