package nl.stip.concerned.internal;

import java.util.Arrays;
import java.util.Optional;

import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a plan's concerned parties, on the part plans gives the caller ({@link PlanDirectory#partOf}):
 * outside the plan's circle the plan does not exist (404, as in the plans module); inside it a part that may not do
 * this gets 403 with a code.
 */
@Component
class Access {

    private final PlanDirectory plans;

    Access(PlanDirectory plans) {
        this.plans = plans;
    }

    /** The plan when the caller's part is one of {@code parts} (owner, co-editor, advisor, viewer, planner). */
    PlanFacts require(Authentication who, long planId, String code, String why, String... parts) {
        PlanFacts plan = plans.find(planId).orElseThrow(() -> notFound(planId));
        String part = plans.partOf(who, planId).orElseThrow(() -> notFound(planId));
        if (Arrays.asList(parts).contains(part)) {
            return plan;
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, code, why);
    }

    Optional<String> part(Authentication who, long planId) {
        return plans.partOf(who, planId);
    }

    static NotFoundException notFound(long planId) {
        return new NotFoundException("There is no plan " + planId + ".");
    }
}
