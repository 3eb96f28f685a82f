package nl.stip.voting.internal;

import nl.stip.participation.RoundClosed;
import nl.stip.participation.RoundGate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a round whose results were hidden closes, the results go on its delta log: from now on everyone sees them. */
@Component
class ResultsOnClose {

    private final VoteStore store;
    private final VoteCounter counter;
    private final RoundGate gate;

    ResultsOnClose(VoteStore store, VoteCounter counter, RoundGate gate) {
        this.store = store;
        this.counter = counter;
        this.gate = gate;
    }

    @ApplicationModuleListener
    void on(RoundClosed closed) {
        store.setup(closed.roundId()).filter(VoteSetup::hidden)
                .ifPresent(setup -> gate.append(closed.roundId(), "results", counter.count(closed.roundId(), setup)));
    }
}
