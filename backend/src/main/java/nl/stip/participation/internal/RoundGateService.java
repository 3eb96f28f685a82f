package nl.stip.participation.internal;

import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link RoundGate}: the round's own access rule, refusals and delta log, for the modules that build on rounds. */
@Service
class RoundGateService implements RoundGate {

    private final RoundRepository rounds;
    private final RoundAccess access;
    private final Contributions contributions;
    private final RoundChangeLog log;
    private final ApplicationEventPublisher events;

    RoundGateService(RoundRepository rounds, RoundAccess access, Contributions contributions, RoundChangeLog log, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.access = access;
        this.contributions = contributions;
        this.log = log;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public RoundSummary readable(long roundId, Authentication who) {
        return summary(access.requireReadable(roundId, who));
    }

    @Override
    @Transactional(readOnly = true)
    public RoundSummary writable(long roundId, Authentication who) {
        return summary(contributions.writable(who, roundId));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public RoundSummary lockWritable(long roundId, Authentication who) {
        contributions.writable(who, roundId);
        return summary(contributions.lockOpen(roundId));
    }

    @Override
    @Transactional(readOnly = true)
    public RoundSummary forPlanner(long roundId, Authentication who) {
        Round round = rounds.findById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!access.isPlanner(who)) {
            throw RoundProblems.plannerOnly();
        }
        return summary(round);
    }

    @Override
    public boolean mayRead(long roundId, Authentication who) {
        return access.mayRead(roundId, who);
    }

    @Override
    public boolean isPlanner(Authentication who) {
        return access.isPlanner(who);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inCircle(long roundId, Authentication who) {
        return rounds.findById(roundId).map(r -> access.inCircle(r, who)).orElse(false);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(long roundId, String type, Object publicPayload) {
        return log.append(roundId, type, publicPayload);
    }

    @Override
    public void sendDraft(long roundId, String type, Object publicPayload) {
        events.publishEvent(new RoundDraft(roundId, type, publicPayload));
    }

    static RoundSummary summary(Round r) {
        return new RoundSummary(r.getId(), r.getPlanId(), r.getTitle(), r.getState(), r.getAudience(), r.getModeration(),
                r.getStartsAt(), r.getEndsAt(), r.getOpenedAt(), r.getClosedAt(), r.getLastSeq(),
                r.isAllowVariants(), r.isAllowVotes(), r.isAllowBudget());
    }
}
