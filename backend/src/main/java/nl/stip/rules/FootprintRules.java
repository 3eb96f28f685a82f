package nl.stip.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rule areas a footprint overlaps (most specific first) and whether they cover it whole. Where a footprint spans
 * several areas, the strictest norm of them applies.
 */
public record FootprintRules(List<RuleAreaView> areas, boolean covered) {

    /** The area with the strictest value of a norm: the lowest maximum, or the highest minimum ({@code highestWins}). */
    public Optional<Strictest> strictest(String normKey, boolean highestWins) {
        Strictest best = null;
        for (RuleAreaView area : areas) {
            for (Norm norm : area.norms()) {
                if (norm.key().equals(normKey) && (best == null
                        || (highestWins ? norm.value() > best.norm().value() : norm.value() < best.norm().value()))) {
                    best = new Strictest(area, norm);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A norm with the rule area it comes from. */
    public record Strictest(RuleAreaView area, Norm norm) {
        public double value() {
            return norm.value();
        }
    }
}
