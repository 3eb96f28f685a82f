package nl.stip.voting.internal;

import java.util.List;
import java.util.Optional;

/** A round's vote as the planner set it up (also the JSON of {@code GET/PUT /rounds/{id}/vote-setup}). */
record VoteSetup(String method, List<Option> options, Integer maxChoices, Long budget, Integer minOptions, Integer maxOptions,
                 Boolean hideResultsUntilClosed) {

    /** An option: {@code cost} in whole euros (budget), {@code variantId} a saved variant of the round or null. */
    record Option(String key, String label, Long cost, Long variantId) {
    }

    Optional<Option> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    boolean hidden() {
        return Boolean.TRUE.equals(hideResultsUntilClosed);
    }
}
