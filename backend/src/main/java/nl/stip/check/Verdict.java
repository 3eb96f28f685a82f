package nl.stip.check;

import java.util.List;
import java.util.Map;

/**
 * How a design measures against one rule. {@code status}: "pass", "fail", or "attention" (a protection or an unknown
 * that the municipality assesses itself: not a failure, not a pass). {@code measured} and {@code limit} are in
 * {@code unit} (null where the rule has no number). {@code volumes} are the 0-based volumes concerned.
 * {@code failingGeometry} is a GeoJSON FeatureCollection in WGS84 of what fails (null when nothing fails); each
 * feature names its {@code volume} and, for heights, the range {@code fromHeight}–{@code toHeight} (metres above
 * ground) that exceeds the limit, so a viewer can draw that part in red.
 */
public record Verdict(String ruleKey, String label, String status, Double measured, Double limit, String unit,
                      String explanation, String purpose, Citation citation, List<Integer> volumes,
                      Map<String, Object> failingGeometry) {

    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String ATTENTION = "attention";

    /**
     * Where the rule comes from: the rule area's code and name and the plan it belongs to; {@code plan} names the plan
     * and {@code text} is the citation in one line (plan, artikel, IMRO id, text reference).
     */
    public record Citation(String code, String name, String source, boolean demo, String plan, String text) {
    }
}
