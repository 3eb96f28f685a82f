package nl.stip.rules;

import java.util.List;

/** What the toepasbare regels need to know of a place: its function and protections, from its rule areas. */
public record LocationFacts(String functie, boolean beschermdStadsgezicht, boolean monument) {

    /** The facts of a place from its rule areas (most specific first); null when no rule area applies. */
    public static LocationFacts of(List<RuleAreaView> areas) {
        if (areas.isEmpty()) {
            return null;
        }
        return new LocationFacts(areas.get(0).function(),
                areas.stream().anyMatch(RuleAreaView::beschermdStadsgezicht),
                areas.stream().anyMatch(RuleAreaView::monument));
    }
}
