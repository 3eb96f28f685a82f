package nl.stip.rules;

/** One norm of a rule area: what is limited (a stable key), its limit, the unit and a Dutch label. */
public record Norm(String key, String label, double value, String unit) {
}
