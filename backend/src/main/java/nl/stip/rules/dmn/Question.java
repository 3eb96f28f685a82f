package nl.stip.rules.dmn;

import java.util.List;
import java.util.Locale;

/**
 * One input an activity's decision needs, as a question: {@code id} is the inputData's variable name (what the engine
 * is given, and the key of an answer), {@code text} the file's own question text (STTR {@code uitv:vraagTekst}; null
 * where the file has none), {@code type} one of {@link #BOOLEAN}, {@link #NUMBER}, {@link #TEXT}, {@link #LIST},
 * {@link #DATE} (from STTR {@code uitv:gegevensType}, else the inputData's typeRef), {@code options} the choices of a
 * list question, {@code explanation} the file's toelichting, {@code location} the werkingsgebied an STTR
 * {@code uitv:geoVerwijzing} names (null for other questions), {@code ruleId} the STTR uitvoeringsregel (null without).
 */
public record Question(String id, String text, String type, List<String> options, String explanation, String location,
                       String ruleId) {

    public static final String BOOLEAN = "boolean";
    public static final String NUMBER = "number";
    public static final String TEXT = "text";
    public static final String LIST = "list";
    public static final String DATE = "date";

    /** The question's type from an STTR gegevensType or a DMN typeRef ("feel:boolean", "number", "string", ...). */
    static String type(String sttrType, String typeRef, boolean hasOptions, boolean isLocation) {
        if (isLocation) {
            return BOOLEAN;
        }
        String raw = sttrType != null ? sttrType : typeRef;
        if (raw == null) {
            return hasOptions ? LIST : TEXT;
        }
        String t = raw.substring(raw.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "boolean", "bool" -> BOOLEAN;
            case "number", "integer", "int", "long", "double", "decimal", "float", "getal" -> NUMBER;
            case "date", "datum", "date and time", "datetime" -> DATE;
            case "list", "lijst", "enumeration" -> LIST;
            default -> hasOptions ? LIST : TEXT;
        };
    }
}
