package nl.stip.plans;

import java.util.Map;
import java.util.Optional;

/**
 * The port through which plans learn who else than the owner and planners takes part in a plan: "what role does this
 * person have on this plan". Plans defines it and decides with it (visibility, {@link PhasePolicy}); the module that
 * keeps members and invitations ({@code sharing}) implements it, so plans never imports sharing. Without an
 * implementation nobody has a role.
 */
public interface PlanMembership {

    /** The role of a person (principal name: e-mail in lower case) on a plan, if any. */
    Optional<PlanRole> roleOf(long planId, String person);

    /** Every plan shared with this person and their role on it. */
    Map<Long, PlanRole> plansOf(String person);
}
