package nl.stip.reporting.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import nl.stip.participation.Rounds;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.PublishedPlans;

/**
 * Who gets a round's participatieverslag: planners and the plan's owner always (once the round is closed); anyone
 * else who may read the round (its own rule, {@link RoundGate#readable}: 404 for a round one may not know) only when
 * the plan is published; while the round is a draft or open, 409.
 */
@Component
class ReportAccess {

    private final Rounds rounds;
    private final RoundGate gate;
    private final PlanDirectory plans;
    private final PublishedPlans published;

    ReportAccess(Rounds rounds, RoundGate gate, PlanDirectory plans, PublishedPlans published) {
        this.rounds = rounds;
        this.gate = gate;
        this.plans = plans;
        this.published = published;
    }

    RoundSummary require(long roundId, Authentication who) {
        Authentication caller = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? null : who;
        RoundSummary round = rounds.find(roundId).orElseThrow(() -> new NotFoundException("Er is geen ronde " + roundId + "."));
        PlanFacts plan = plans.find(round.planId()).orElseThrow(() -> new NotFoundException("Er is geen ronde " + roundId + "."));
        boolean full = caller != null && (gate.isPlanner(caller) || caller.getName().equals(plan.owner()));
        if (!full) {
            gate.readable(roundId, who);
            if (published.publishedAt(plan.id()).isEmpty()) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "report-not-public",
                        "Het participatieverslag is openbaar zodra het plan gepubliceerd is. Tot dan zien alleen de initiatiefnemer en de gemeente het.");
            }
        }
        if (!round.state().equals("closed") && !round.state().equals("reported")) {
            throw new ProblemException(HttpStatus.CONFLICT, "round-not-closed",
                    "Het participatieverslag is er pas als de ronde gesloten is. Deze ronde is nog " + ("draft".equals(round.state()) ? "een concept" : "open") + ".");
        }
        return round;
    }
}
