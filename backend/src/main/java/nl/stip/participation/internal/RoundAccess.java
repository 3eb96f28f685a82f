package nl.stip.participation.internal;

import java.util.Optional;

import nl.stip.accounts.Role;
import nl.stip.concerned.ConcernedResidents;
import nl.stip.plans.PlanDirectory;
import nl.stip.sharing.SharingDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and who may take part in which round: one rule for REST and for the live subscriptions.
 * <ul>
 * <li>Planners, the plan's owner and its members (co-editor, advisor, viewer) read every round of the plan, drafts too.</li>
 * <li>Everyone else sees rounds past draft on a published plan (their settings and life cycle), and reads their contents
 * (state, changes, live deltas): any visitor, also anonymous, of a round open to all accounts; of a round for the
 * concerned only its confirmed concerned residents.</li>
 * <li>Taking part (writing) in a round: planners, the owner and members; then any account in an {@code accounts}
 * round, only confirmed concerned residents in a {@code concerned} one. Whether the round is open, and blocks, are
 * decided where the write happens.</li>
 * </ul>
 */
@Component
public class RoundAccess {

    private final RoundRepository rounds;
    private final PlanDirectory plans;
    private final SharingDirectory sharing;
    private final ConcernedResidents concerned;

    RoundAccess(RoundRepository rounds, PlanDirectory plans, SharingDirectory sharing, ConcernedResidents concerned) {
        this.rounds = rounds;
        this.plans = plans;
        this.sharing = sharing;
        this.concerned = concerned;
    }

    /** Whether the caller (null or anonymous allowed) may read the round, its state and its deltas. */
    @Transactional(readOnly = true)
    public boolean mayRead(long roundId, Authentication auth) {
        return rounds.findById(roundId).map(r -> mayRead(r, auth)).orElse(false);
    }

    /** Whether the caller may take part in the round (write, when it is open). */
    @Transactional(readOnly = true)
    public boolean mayParticipate(long roundId, Authentication auth) {
        return rounds.findById(roundId).map(r -> mayParticipate(r, auth)).orElse(false);
    }

    /** Whether the caller is a planner (sees names, moderates). */
    public boolean isPlanner(Authentication auth) {
        return loggedIn(auth) && auth.getAuthorities().stream().anyMatch(a -> Role.PLANNER.authority().equals(a.getAuthority()));
    }

    /** Whether the caller is logged in (not null, not anonymous). */
    public static boolean loggedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Whether the caller may know the round exists and read its settings (GET /rounds/{id}, the lists). */
    boolean maySee(Round round, Authentication auth) {
        return inCircle(round, auth) || (!round.isDraft() && sharing.isPublished(round.getPlanId()));
    }

    /** Whether the caller may read the round's contents: its state, its changes, its live topic. */
    boolean mayRead(Round round, Authentication auth) {
        if (inCircle(round, auth)) {
            return true;
        }
        if (round.isDraft() || !sharing.isPublished(round.getPlanId())) {
            return false;
        }
        return !round.restricted() || (loggedIn(auth) && concerned.isConfirmedConcerned(round.getPlanId(), auth.getName()));
    }

    /**
     * The round when the caller may read its contents; 404 when they may not know it, 401 for a visitor and 403 for
     * anyone else in a round for the concerned only.
     */
    Round requireReadable(long roundId, Authentication auth) {
        Round round = rounds.findById(roundId).filter(r -> maySee(r, auth)).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!mayRead(round, auth)) {
            throw loggedIn(auth) ? RoundProblems.notParticipant() : RoundProblems.loginRequired();
        }
        return round;
    }

    boolean mayParticipate(Round round, Authentication auth) {
        if (!loggedIn(auth)) {
            return false;
        }
        if (inCircle(round, auth)) {
            return true;
        }
        if (round.isDraft() || !sharing.isPublished(round.getPlanId())) {
            return false;
        }
        return !round.restricted() || concerned.isConfirmedConcerned(round.getPlanId(), auth.getName());
    }

    /** Planners, the plan's owner and its members. */
    boolean inCircle(Round round, Authentication auth) {
        return loggedIn(auth) && (isPlanner(auth) || part(round.getPlanId(), auth).isPresent());
    }

    /** The caller's part in the plan: owner, co-editor, advisor, viewer or planner (empty outside the circle). */
    Optional<String> part(long planId, Authentication auth) {
        return loggedIn(auth) ? plans.partOf(auth, planId) : Optional.empty();
    }

    boolean isOwner(long planId, Authentication auth) {
        return loggedIn(auth) && plans.find(planId).map(p -> p.owner().equals(auth.getName())).orElse(false);
    }
}
