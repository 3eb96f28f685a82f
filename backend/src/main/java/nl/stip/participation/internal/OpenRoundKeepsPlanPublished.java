package nl.stip.participation.internal;

import java.util.Optional;

import nl.stip.participation.Rounds;
import nl.stip.sharing.UnpublishGuard;
import org.springframework.stereotype.Component;

/** A plan with an open round stays published: its participants must be able to read it. */
@Component
class OpenRoundKeepsPlanPublished implements UnpublishGuard {

    private final Rounds rounds;

    OpenRoundKeepsPlanPublished(Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<String> mustStayPublished(long planId) {
        return rounds.anyOpen(planId) ? Optional.of("a participation round on the plan is open; close it first") : Optional.empty();
    }
}
