package nl.stip.importing.imro;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IMRO2012 list of measures a Maatvoering's waardeType may name (the code list of "omvang" values: aantal,
 * bouwhoogte, goothoogte, dakhelling, bebouwingspercentage, vloeroppervlakte, ..., each plain, maximum and minimum),
 * and the reading of a waarde, which plan software writes with a Dutch decimal comma ("2,5") or a point ("2.5").
 */
final class ImroWaardeTypes {

    private static final Set<String> MEASURES = Set.of(
            "aantal", "aantal bedrijven", "aantal bezoekers", "aantal bouwlagen", "aantal gebouwen", "aantal parkeerplaatsen",
            "aantal rijstroken", "aantal sporen", "aantal winkels", "aantal wooneenheden", "aantal aaneen te bouwen wooneenheden",
            "bebouwd oppervlak (m2)", "breedte (m)", "dakhelling (graden)", "diepte (m)", "hoogte (m)", "bouwhoogte (m)",
            "goothoogte (m)", "hoogteligging vlak (m)", "lengte (m)", "oppervlakte (m2)", "vloeroppervlakte (m2)",
            "vloeroppervlakte; bruto (m2)", "vloeroppervlakte; netto (m2)", "vloeroppervlakte; bvo (m2)",
            "vloeroppervlakte; vvo (m2)", "volume (m3)", "bebouwingspercentage (%)", "verticale bouwdiepte (m)");

    private static final Set<String> PLAIN_ONLY = Set.of("maatvoering", "vloeroppervlakte, bruto (m2)", "vloeroppervlakte, netto (m2)");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");

    private ImroWaardeTypes() {
    }

    /** Whether the waardeType is on the IMRO2012 list (case and surrounding spaces aside). */
    static boolean known(String waardeType) {
        String type = waardeType.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (PLAIN_ONLY.contains(type) || MEASURES.contains(type)) {
            return true;
        }
        for (String prefix : new String[] {"maximum ", "minimum "}) {
            if (type.startsWith(prefix) && MEASURES.contains(type.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The waarde as a number ("10", "2,5", "2.5"), or null when it is not one. */
    static Double number(String waarde) {
        String text = waarde == null ? "" : waarde.trim();
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return Double.valueOf(text.replace(',', '.'));
    }
}
