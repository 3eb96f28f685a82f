package nl.stip.voting.internal;

import java.util.List;

import nl.stip.voting.VoteResult;
import nl.stip.voting.VoteResult.OptionResult;
import org.springframework.stereotype.Component;

/**
 * Ranking counted with Borda: with n options the voter's first choice gets n−1 points, the second n−2, … the n-th 0;
 * options the voter did not rank get 0. count = ballots that ranked the option; share = its points / all points.
 */
@Component
class BordaRanking implements VotingMethod {

    @Override
    public String name() {
        return "ranking";
    }

    @Override
    public void validate(VoteSetup setup, List<String> choices) {
        VotingMethod.knownAndDistinct(setup, choices);
    }

    @Override
    public VoteResult count(long roundId, VoteSetup setup, List<List<String>> ballots) {
        int n = setup.options().size();
        long[] points = new long[n];
        for (List<String> ballot : ballots) {
            for (int rank = 0; rank < ballot.size(); rank++) {
                String key = ballot.get(rank);
                for (int i = 0; i < n; i++) {
                    if (setup.options().get(i).key().equals(key)) {
                        points[i] += n - 1 - rank;
                    }
                }
            }
        }
        long total = java.util.Arrays.stream(points).sum();
        List<OptionResult> options = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            VoteSetup.Option o = setup.options().get(i);
            options.add(new OptionResult(o.key(), o.label(), null, o.variantId(), VotingMethod.chose(ballots, o.key()),
                    VotingMethod.share(points[i], total), points[i], null));
        }
        return new VoteResult(roundId, name(), ballots.size(), List.copyOf(options), null, null, countedWith(setup), false);
    }

    @Override
    public String countedWith(VoteSetup setup) {
        int n = setup.options().size();
        return "Borda (n-1 … 0 punten): bij " + n + " opties krijgt de eerste keuze " + (n - 1)
                + " punten, elke volgende één punt minder, de laatste 0; opties die iemand niet rangschikt krijgen 0 punten.";
    }
}
