package nl.stip.importing.lvbag;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The LV-BAG object types the importer reads, with their XML element and the code in extract file names. */
enum LvBagType {
    PAND("Pand", "PND", "pand"),
    WOONPLAATS("Woonplaats", "WPL", "woonplaats"),
    OPENBARE_RUIMTE("OpenbareRuimte", "OPR", "openbare ruimte"),
    NUMMERAANDUIDING("Nummeraanduiding", "NUM", "nummeraanduiding"),
    VERBLIJFSOBJECT("Verblijfsobject", "VBO", "verblijfsobject");

    /**
     * The object type code of a Kadaster extract file or folder name: gemeente code or 9999, type, date, as in
     * {@code 0221VBO15092020.zip} or {@code 9999NUM08112020-000001.xml}. Also LIG, STA and the other codes, which
     * name types this importer does not read.
     */
    private static final Pattern CODE = Pattern.compile("(?<![A-Z])([A-Z]{3})\\d{8}(?![0-9])");

    private final String element;
    private final String code;
    private final String label;

    LvBagType(String element, String code, String label) {
        this.element = element;
        this.code = code;
        this.label = label;
    }

    String element() {
        return element;
    }

    String label() {
        return label;
    }

    /**
     * Whether a file of this name may hold objects of this type: a name with a type code holds only that type (so
     * a VBO zip is not opened to look for panden); a name without one may hold any.
     */
    boolean mayBeIn(String fileName) {
        return codeOf(fileName).map(code::equals).orElse(true);
    }

    static Optional<String> codeOf(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        Matcher m = CODE.matcher(base);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
