package nl.stip.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the toepasbare regels need to know of a place: its function and protections, from its rule areas, and the
 * names of every plan object there ({@code areas}: name, code and IMRO identificatie of each bestemming,
 * dubbelbestemming and aanduiding, lower case), so a location question of an STTR file ("Ligt de plek in het
 * werkingsgebied ...?") can be answered from the plan where the mapping names the object.
 */
public record LocationFacts(String functie, boolean beschermdStadsgezicht, boolean monument, Set<String> areas) {

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
        Set<String> names = new LinkedHashSet<>();
        for (RuleAreaView a : areas) {
            for (String name : new String[] {a.name(), a.code(), a.imroId()}) {
                if (name != null && !name.isBlank()) {
                    names.add(normal(name));
                }
            }
        }
        return new LocationFacts(bestemming.function(),
                areas.stream().anyMatch(RuleAreaView::beschermdStadsgezicht),
                areas.stream().anyMatch(RuleAreaView::monument), Set.copyOf(names));
    }

    /** Whether a plan object with this name, code or IMRO identificatie lies at the place (case and spacing ignored). */
    public boolean liesIn(String area) {
        return areas.contains(normal(area));
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
