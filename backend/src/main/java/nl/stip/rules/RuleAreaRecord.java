package nl.stip.rules;

import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A plan object to store (a rule area of an omgevingsplan, or an IMRO2012 bestemming, bouwvlak, maatvoering or
 * aanduiding): its unique code, kind, function, norms (heights in metres above ground level, built-up percentage of
 * the parcel, distance to the parcel boundary), protections, the rule's text and purpose, and its area in RD New. An
 * IMRO object ({@code imroId} set) cites its plan instead of a rule text: artikel, text reference (verwijzingNaarTekst),
 * symbol code, bestemmingshoofdgroep, and every measure as written. The constructor refuses values the platform cannot
 * use, saying which and why.
 */
public record RuleAreaRecord(String code, String name, String function, Double maxHeightM, Double maxEavesHeightM,
                             Double maxBuiltUpPct, Double minBoundaryDistanceM, boolean monument, boolean beschermdStadsgezicht,
                             String ruleText, String purpose, String source, boolean demo, MultiPolygon geometry,
                             String kind, String imroId, String artikel, String textRef, String symboolCode, String hoofdgroep,
                             List<RuleMeasure> measures) {

    /** Stip's functions: the first eight of the demo and GeoJSON plans, then the IMRO2012 bestemmingshoofdgroepen without one. */
    public static final Set<String> FUNCTIONS = Set.of("wonen", "gemengd", "centrum", "bedrijf", "groen", "water", "verkeer", "maatschappelijk",
            "tuin", "sport", "agrarisch", "cultuur-en-ontspanning", "detailhandel", "dienstverlening", "horeca", "kantoor", "recreatie",
            "bos", "natuur", "waarde", "leiding", "waterstaat", "overig");

    /** The kinds of plan object, in the order an answer lists them. */
    public static final List<String> KINDS = List.of("bestemming", "bouwvlak", "maatvoering", "functieaanduiding", "bouwaanduiding",
            "dubbelbestemming", "gebiedsaanduiding", "figuur");

    public static final String BESTEMMING = "bestemming";

    /** A rule area of a demo or GeoJSON plan: a bestemming with its own rule text. */
    public RuleAreaRecord(String code, String name, String function, Double maxHeightM, Double maxEavesHeightM,
                          Double maxBuiltUpPct, Double minBoundaryDistanceM, boolean monument, boolean beschermdStadsgezicht,
                          String ruleText, String purpose, String source, boolean demo, MultiPolygon geometry) {
        this(code, name, function, maxHeightM, maxEavesHeightM, maxBuiltUpPct, minBoundaryDistanceM, monument, beschermdStadsgezicht,
                ruleText, purpose, source, demo, geometry, BESTEMMING, null, null, null, null, null, List.of());
    }

    public RuleAreaRecord {
        require(code, "code");
        require(name, "name");
        if (imroId == null) {
            require(ruleText, "ruleText");
            require(purpose, "purpose");
        }
        require(source, "source");
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind '" + kind + "' is not one of " + String.join(", ", KINDS));
        }
        measures = measures == null ? List.of() : List.copyOf(measures);
        if (function == null ? BESTEMMING.equals(kind) : !FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("function '" + function + "' is not one of " + String.join(", ", FUNCTIONS.stream().sorted().toList()));
        }
        height(maxHeightM, "maxHeightM");
        height(maxEavesHeightM, "maxEavesHeightM");
        if (maxHeightM != null && maxEavesHeightM != null && maxEavesHeightM > maxHeightM) {
            throw new IllegalArgumentException("maxEavesHeightM " + maxEavesHeightM + " is above maxHeightM " + maxHeightM);
        }
        if (maxBuiltUpPct != null && !(maxBuiltUpPct >= 0 && maxBuiltUpPct <= 100)) {
            throw new IllegalArgumentException("maxBuiltUpPct " + maxBuiltUpPct + " is not a percentage (0-100)");
        }
        if (minBoundaryDistanceM != null && !(minBoundaryDistanceM >= 0 && minBoundaryDistanceM < 1000)) {
            throw new IllegalArgumentException("minBoundaryDistanceM " + minBoundaryDistanceM + " is not a distance in metres (0-1000)");
        }
        if (geometry == null || geometry.isEmpty()) {
            throw new IllegalArgumentException("no area");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
    }

    private static void height(Double value, String field) {
        if (value != null && !(value > 0 && value < 400)) {
            throw new IllegalArgumentException(field + " " + value + " is not a height in metres (above 0, below 400)");
        }
    }
}
