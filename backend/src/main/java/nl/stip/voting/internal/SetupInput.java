package nl.stip.voting.internal;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code PUT /rounds/{id}/vote-setup}; amounts as decimals so that a fraction of a euro can be refused. */
record SetupInput(String method, List<OptionInput> options, Integer maxChoices, BigDecimal budget, Integer minOptions, Integer maxOptions,
                  Boolean hideResultsUntilClosed) {

    record OptionInput(String key, String label, BigDecimal cost, Long variantId) {
    }
}
