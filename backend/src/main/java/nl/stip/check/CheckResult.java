package nl.stip.check;

import java.util.List;

/**
 * The answer of the "Binnen de lijntjes scan": one verdict per rule in a fixed order, whether the design fits
 * ({@code compliant}: no verdict failed; verdicts marked "attention" need a look by the municipality but do not
 * fail), the parcels it was checked against, the procedure with a fee estimate, and notices (e.g. demo data).
 */
public record CheckResult(String activity, boolean compliant, int failed, int attention, List<Verdict> verdicts,
                          List<String> parcels, Permit permit, List<String> notices) {
}
