package nl.stip.rules;

import java.util.List;

/**
 * A rule area of the omgevingsplan as people read it: the headline first (name, function, one-line summary), the
 * norms and protections, then the rule's full text, its purpose and its source ("gelaagd aanbieden").
 */
public record RuleAreaView(String code, String name, String function, String headline, List<Norm> norms,
                           List<String> protections, String ruleText, String purpose, String source, boolean demo) {

    public boolean beschermdStadsgezicht() {
        return protections.contains(Protection.BESCHERMD_STADSGEZICHT);
    }

    public boolean monument() {
        return protections.contains(Protection.MONUMENT);
    }

    /** Protection keys as they appear in {@link #protections()}. */
    public static final class Protection {
        public static final String MONUMENT = "monument";
        public static final String BESCHERMD_STADSGEZICHT = "beschermd-stadsgezicht";

        private Protection() {
        }
    }
}
