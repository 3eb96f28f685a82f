package nl.stip.voting;

import java.util.Optional;

import nl.stip.voting.internal.VoteCounter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The voting module's public query: a round's real result (never hidden), for the report; empty without a vote. */
@Service
public class Voting {

    private final VoteCounter counter;

    Voting(VoteCounter counter) {
        this.counter = counter;
    }

    @Transactional(readOnly = true)
    public Optional<VoteResult> result(long roundId) {
        return counter.result(roundId);
    }
}
