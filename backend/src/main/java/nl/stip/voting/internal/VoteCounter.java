package nl.stip.voting.internal;

import java.util.Optional;

import nl.stip.participation.RoundSummary;
import nl.stip.voting.VoteResult;
import org.springframework.stereotype.Component;

/** Counts a round's ballots with its method; decides what a reader sees while the results are hidden. */
@Component
public class VoteCounter {

    private final VoteStore store;
    private final VotingMethods methods;

    VoteCounter(VoteStore store, VotingMethods methods) {
        this.store = store;
        this.methods = methods;
    }

    /** The real result, never hidden; empty when the round has no vote. */
    public Optional<VoteResult> result(long roundId) {
        return store.setup(roundId).map(setup -> count(roundId, setup));
    }

    VoteResult count(long roundId, VoteSetup setup) {
        return methods.of(setup.method()).count(roundId, setup, store.ballots(roundId));
    }

    /** Hidden for everyone but planners while the planner holds the results back and the round is not closed. */
    static boolean hiddenFor(VoteSetup setup, RoundSummary round, boolean planner) {
        return setup.hidden() && !closed(round) && !planner;
    }

    /** What may go on the public delta log (or to a reader) now. */
    static VoteResult publicView(VoteSetup setup, RoundSummary round, VoteResult result) {
        return setup.hidden() && !closed(round) ? result.withoutFigures() : result;
    }

    static boolean closed(RoundSummary round) {
        return "closed".equals(round.state()) || "reported".equals(round.state());
    }
}
