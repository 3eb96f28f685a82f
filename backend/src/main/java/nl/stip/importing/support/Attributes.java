package nl.stip.importing.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.stip.importing.ImportException;
import nl.stip.importing.ImportOptions;

/**
 * Picks a feature's attributes for the targets an importer fills: the attribute named by {@code --map target=...},
 * else the first of the target's default names that the feature has. Values convert leniently (a number written as
 * text is a number) and say why when they cannot.
 */
public final class Attributes {

    private final Map<String, List<String>> names;

    private Attributes(Map<String, List<String>> names) {
        this.names = names;
    }

    /**
     * {@code defaults}: for each target, the attribute names tried in order. Unknown --map targets are refused here,
     * before anything is read.
     */
    public static Attributes of(Map<String, List<String>> defaults, ImportOptions options, String kind) {
        for (String target : options.mapping().keySet()) {
            if (!defaults.containsKey(target)) {
                throw new ImportException("--map " + target + "=...: unknown target for " + kind + "; known targets: "
                        + String.join(", ", defaults.keySet()));
            }
        }
        Map<String, List<String>> names = new java.util.LinkedHashMap<>(defaults);
        options.mapping().forEach((target, attribute) -> names.put(target, List.of(attribute)));
        return new Attributes(names);
    }

    /** The raw value of {@code target} (null when absent). */
    public Object value(Map<String, Object> properties, String target) {
        for (String name : names.get(target)) {
            Object value = properties.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public String text(Map<String, Object> properties, String target) {
        Object value = value(properties, target);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d && d == Math.rint(d) && !d.isInfinite() ? Long.toString(d.longValue()) : value.toString();
        text = text.trim();
        return text.isEmpty() ? null : text;
    }

    /** The number, or null when absent; IllegalArgumentException naming the attribute when it is not a number. */
    public Double number(Map<String, Object> properties, String target) {
        Object value = value(properties, target);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(describe(target) + " '" + text + "' is not a number");
        }
    }

    /** A whole number, or null when absent. */
    public Integer integer(Map<String, Object> properties, String target) {
        Double number = number(properties, target);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(describe(target) + " " + number + " is not a whole number");
        }
        return number.intValue();
    }

    /** true/false, also from "ja"/"nee", "J"/"N", "yes"/"no", 1/0; null when absent. */
    public Boolean bool(Map<String, Object> properties, String target) {
        Object value = value(properties, target);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().trim().toLowerCase();
        return switch (text) {
            case "" -> null;
            case "true", "t", "ja", "j", "yes", "y", "1", "1.0" -> true;
            case "false", "f", "nee", "n", "no", "0", "0.0" -> false;
            default -> throw new IllegalArgumentException(describe(target) + " '" + value + "' is not true/false");
        };
    }

    /** "target (attribute a | b)" for messages. */
    public String describe(String target) {
        Collection<String> attributes = names.get(target);
        return target + " (attribute " + String.join(" | ", attributes) + ")";
    }
}
