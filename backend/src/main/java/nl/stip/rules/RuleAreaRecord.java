package nl.stip.rules;

import java.util.Set;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A rule area of an omgevingsplan to store: its unique code, function, norms (heights in metres above ground level,
 * built-up percentage of the parcel, distance to the parcel boundary), protections, the rule's text and purpose, and
 * its area in RD New. The constructor refuses values the platform cannot use, saying which and why.
 */
public record RuleAreaRecord(String code, String name, String function, Double maxHeightM, Double maxEavesHeightM,
                             Double maxBuiltUpPct, Double minBoundaryDistanceM, boolean monument, boolean beschermdStadsgezicht,
                             String ruleText, String purpose, String source, boolean demo, MultiPolygon geometry) {

    public static final Set<String> FUNCTIONS = Set.of("wonen", "gemengd", "centrum", "bedrijf", "groen", "water", "verkeer", "maatschappelijk");

    public RuleAreaRecord {
        require(code, "code");
        require(name, "name");
        require(ruleText, "ruleText");
        require(purpose, "purpose");
        require(source, "source");
        if (function == null || !FUNCTIONS.contains(function)) {
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
