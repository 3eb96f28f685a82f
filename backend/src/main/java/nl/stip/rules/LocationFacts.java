package nl.stip.rules;

import java.util.List;

/** What the toepasbare regels need to know of a place: its function and protections, from its rule areas. */
public record LocationFacts(String functie, boolean beschermdStadsgezicht, boolean monument) {

    /**
     * The facts of a place from its plan objects (the deciding plan's first, most specific first): the function of the
     * first bestemming; null when no bestemming applies.
     */
    public static LocationFacts of(List<RuleAreaView> areas) {
        RuleAreaView bestemming = areas.stream().filter(a -> RuleAreaRecord.BESTEMMING.equals(a.kind()) && a.function() != null)
                .findFirst().orElse(null);
        if (bestemming == null) {
            return null;
        }
        return new LocationFacts(bestemming.function(),
                areas.stream().anyMatch(RuleAreaView::beschermdStadsgezicht),
                areas.stream().anyMatch(RuleAreaView::monument));
    }
}
