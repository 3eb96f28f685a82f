package nl.stip.ogcapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.stip.geo.SpatialSql.OutputCrs;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of one request, checked: only the names an endpoint knows, each at most once, and
 * {@code f} (the format) only as json. Conversions say which parameter was wrong and why.
 */
final class QueryParameters {

    static final String FORMAT = "f";

    private final MultiValueMap<String, String> values;

    private QueryParameters(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** Rejects any parameter outside {@code allowed} (and f) and any given twice. */
    static QueryParameters check(MultiValueMap<String, String> values, String... allowed) {
        Set<String> known = new TreeSet<>(List.of(allowed));
        known.add(FORMAT);
        for (var entry : values.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new OgcBadRequestException(entry.getKey(), "Unknown query parameter '" + entry.getKey()
                        + "'; this resource accepts " + String.join(", ", known) + ".");
            }
            if (entry.getValue().size() > 1) {
                throw new OgcBadRequestException(entry.getKey(), "Query parameter '" + entry.getKey() + "' is given more than once.");
            }
        }
        QueryParameters parameters = new QueryParameters(values);
        String format = parameters.text(FORMAT);
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new OgcBadRequestException(FORMAT, "Format '" + format + "' is not offered; use f=json (or leave f out).");
        }
        return parameters;
    }

    /** The parameter's value, or null when absent. */
    String text(String name) {
        return values.getFirst(name);
    }

    int integer(String name, int fallback, int min, int max) {
        String text = text(name);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new OgcBadRequestException(name, "'" + text + "' is not a whole number; " + name + " must be one from " + min + " to " + max + ".");
        }
        if (value < min || value > max) {
            throw new OgcBadRequestException(name, name + " must be from " + min + " to " + max + ", not " + value + ".");
        }
        return (int) value;
    }

    /** A CRS given by its URI; CRS84 when absent. */
    OutputCrs crs(String name) {
        String text = text(name);
        if (text == null) {
            return OutputCrs.CRS84;
        }
        OutputCrs crs = OutputCrs.fromUri(text.trim());
        if (crs == null) {
            throw new OgcBadRequestException(name, "CRS '" + text + "' is not supported; use one of " + supportedCrsUris() + ".");
        }
        return crs;
    }

    /** The comma-separated numbers of a parameter, or null when absent. */
    double[] numbers(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = new BigDecimal(parts[i].trim()).doubleValue();
            } catch (NumberFormatException e) {
                throw new OgcBadRequestException(name, "'" + parts[i] + "' in " + name + " is not a number.");
            }
            if (!Double.isFinite(numbers[i])) {
                throw new OgcBadRequestException(name, "'" + parts[i] + "' in " + name + " is too large a number.");
            }
        }
        return numbers;
    }

    static List<String> supportedCrsUris() {
        return java.util.Arrays.stream(OutputCrs.values()).map(OutputCrs::uri).toList();
    }
}
