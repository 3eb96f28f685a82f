package nl.stip.rules;

import java.util.List;

/**
 * A plan object (a rule area of the omgevingsplan, or an IMRO2012 bestemming, bouwvlak, maatvoering, aanduiding) as
 * people read it: the headline first (name, function, one-line summary), the norms and protections, then the rule's
 * full text, its purpose and its source ("gelaagd aanbieden"). Then what the plan model adds: the kind of object, its
 * IMRO identificatie, artikel, text reference, symbol code and bestemmingshoofdgroep, every measure as the plan wrote
 * it, the plan it belongs to, and the citation in one line (plan, artikel, IMRO id, text reference).
 */
public record RuleAreaView(String code, String name, String function, String headline, List<Norm> norms,
                           List<String> protections, String ruleText, String purpose, String source, boolean demo,
                           String kind, String imroId, String artikel, String textRef, String symboolCode, String hoofdgroep,
                           List<RuleMeasure> measures, RulePlanView plan, String citation) {

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
