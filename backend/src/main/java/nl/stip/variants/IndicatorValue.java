package nl.stip.variants;

/** One indicator of a design: its id (e.g. {@code built-volume}), Dutch label, value and unit. */
public record IndicatorValue(String id, String label, double value, String unit) {
}
