package nl.stip.voting.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import nl.stip.variants.Variants;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planner's vote setup of a round: set while no one has voted, then frozen (consul issue 5321). */
@Service
class VoteSetupService {

    private final RoundGate gate;
    private final VoteStore store;
    private final Variants variants;

    VoteSetupService(RoundGate gate, VoteStore store, Variants variants) {
        this.gate = gate;
        this.store = store;
        this.variants = variants;
    }

    /** What {@code GET /vote-setup} answers: the setup and whether ballots froze it. */
    record SetupView(String method, java.util.List<VoteSetup.Option> options, Integer maxChoices, Long budget, Integer minOptions,
                     Integer maxOptions, boolean hideResultsUntilClosed, boolean frozen, long ballots) {

        static SetupView of(VoteSetup s, long ballots) {
            return new SetupView(s.method(), s.options(), s.maxChoices(), s.budget(), s.minOptions(), s.maxOptions(), s.hidden(), ballots > 0, ballots);
        }
    }

    @Transactional
    public SetupView put(Authentication who, long roundId, SetupInput in) {
        RoundSummary round = gate.forPlanner(roundId, who);
        if (!"draft".equals(round.state()) && !"open".equals(round.state())) {
            throw VotingProblems.roundClosed();
        }
        VoteSetup setup = SetupRules.check(round, in, id -> variants.find(id).filter(v -> v.roundId() == roundId).isPresent());
        // The setup's row lock: a ballot reads the setup under a share lock, so none slips in between this check and the write.
        store.setup(roundId, " FOR UPDATE");
        if (store.ballotCount(roundId) > 0) {
            throw VotingProblems.frozen();
        }
        store.save(roundId, setup, Instant.now().truncatedTo(ChronoUnit.MICROS));
        SetupView view = SetupView.of(store.setup(roundId).orElseThrow(), 0);
        gate.append(roundId, "vote-setup", view);
        return view;
    }

    @Transactional(readOnly = true)
    public SetupView get(Authentication who, long roundId) {
        gate.readable(roundId, who);
        VoteSetup setup = store.setup(roundId).orElseThrow(() -> VotingProblems.noVote(roundId));
        return SetupView.of(setup, store.ballotCount(roundId));
    }
}
