package nl.stip.voting;

import java.util.List;

/**
 * A round's vote counted: per option the ballots that chose it ({@code count}), its {@code share} (of the ballots; for a
 * ranking, of all Borda points), its Borda {@code points} (ranking only) and the budget {@code spent} on it (count × cost,
 * budget only). {@code hidden}: the results are held back until the round closes and {@code options} is empty.
 */
public record VoteResult(long roundId, String method, long ballots, List<OptionResult> options, Long budget, Long budgetSpent,
                         String countedWith, boolean hidden) {

    public record OptionResult(String key, String label, Long cost, Long variantId, long count, double share, Long points, Long spent) {
    }

    /** The same without the figures: what a reader sees while the planner hides the results. */
    public VoteResult withoutFigures() {
        return new VoteResult(roundId, method, ballots, List.of(), budget, null, countedWith, true);
    }
}
