package nl.stip.variants;

import java.util.List;
import java.util.Optional;

/** The variants of rounds for other modules (reporting, voting); no access decision, no personal data. */
public interface Variants {

    /** All saved variants of a round, every version, in the order they were saved. */
    List<VariantSummary> ofRound(long roundId);

    Optional<VariantSummary> find(long variantId);

    /** The indicators of the round's plan's current design (the original), as the variants are compared with it. */
    List<IndicatorValue> original(long roundId);
}
