package nl.stip.voting.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import nl.stip.voting.BallotCast;
import nl.stip.voting.VoteResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots: one per person and round (a unique key), changeable while the round is open, idempotent (the same ballot
 * again changes nothing and answers the same). Checked in order: may the caller vote here, is there a vote, is the
 * ballot valid, then — under the setup's share lock and the round's row lock, taken last — written; the database
 * refuses a ballot over the budget as well. Each change puts the results (or, while hidden, the number of ballots) on
 * the round's delta log in the same transaction.
 */
@Service
class BallotService {

    private final RoundGate gate;
    private final VoteStore store;
    private final VotingMethods methods;
    private final VoteCounter counter;
    private final ApplicationEventPublisher events;

    BallotService(RoundGate gate, VoteStore store, VotingMethods methods, VoteCounter counter, ApplicationEventPublisher events) {
        this.gate = gate;
        this.store = store;
        this.methods = methods;
        this.counter = counter;
        this.events = events;
    }

    record BallotInput(List<String> choices) {
    }

    /** The caller's ballot; {@code spent} for a budget; {@code cast} false when they have not voted. */
    record Ballot(List<String> choices, Long spent, boolean cast) {
    }

    record BallotAnswer(Ballot ballot, VoteResult results) {
    }

    record BallotCount(long ballots) {
    }

    @Transactional
    public BallotAnswer cast(Authentication who, long roundId, BallotInput in) {
        gate.writable(roundId, who);
        VoteSetup setup = store.setup(roundId, " FOR SHARE").orElseThrow(() -> VotingProblems.noVote(roundId));
        List<String> choices = in == null ? null : in.choices();
        methods.of(setup.method()).validate(setup, choices);
        RoundSummary round = gate.lockWritable(roundId, who);
        if (store.ballotOf(roundId, who.getName()).filter(choices::equals).isPresent()) {
            return answer(who, round, setup, choices);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean first;
        try {
            first = store.upsertBallot(roundId, who.getName(), choices, now);
        } catch (DataIntegrityViolationException overBudget) {
            throw VotingProblems.overBudget();
        }
        VoteResult result = counter.count(roundId, setup);
        if (setup.hidden()) {
            gate.append(roundId, "ballots", new BallotCount(result.ballots()));
        } else {
            gate.append(roundId, "results", result);
        }
        events.publishEvent(new BallotCast(roundId, first, result.ballots(), now));
        return new BallotAnswer(ballot(setup, Optional.of(choices)), seenBy(who, round, setup, result));
    }

    @Transactional(readOnly = true)
    public Ballot mine(Authentication who, long roundId) {
        gate.readable(roundId, who);
        VoteSetup setup = store.setup(roundId).orElseThrow(() -> VotingProblems.noVote(roundId));
        return ballot(setup, store.ballotOf(roundId, who.getName()));
    }

    @Transactional(readOnly = true)
    public VoteResult results(Authentication who, long roundId) {
        RoundSummary round = gate.readable(roundId, who);
        VoteSetup setup = store.setup(roundId).orElseThrow(() -> VotingProblems.noVote(roundId));
        return seenBy(who, round, setup, counter.count(roundId, setup));
    }

    private BallotAnswer answer(Authentication who, RoundSummary round, VoteSetup setup, List<String> choices) {
        return new BallotAnswer(ballot(setup, Optional.of(choices)), seenBy(who, round, setup, counter.count(round.id(), setup)));
    }

    private VoteResult seenBy(Authentication who, RoundSummary round, VoteSetup setup, VoteResult result) {
        return VoteCounter.hiddenFor(setup, round, who != null && gate.isPlanner(who)) ? result.withoutFigures() : result;
    }

    private static Ballot ballot(VoteSetup setup, Optional<List<String>> choices) {
        Long spent = "budget".equals(setup.method()) ? choices.map(c -> BudgetVoting.spent(setup, c)).orElse(0L) : null;
        return new Ballot(choices.orElse(List.of()), spent, choices.isPresent());
    }
}
