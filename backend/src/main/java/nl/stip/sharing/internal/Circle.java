package nl.stip.sharing.internal;

import nl.stip.accounts.Role;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The caller's part in a plan's circle, as plans decides it (owner first, then planner, then the role the owner gave,
 * which plans reads back from this module through {@link nl.stip.plans.PlanMembership}): whoever has no part does not learn that the plan exists (404); a part that may see the plan but not
 * do this gets 403 with a code.
 */
@Component
class Circle {

    enum Part {
        OWNER("owner"), CO_EDITOR("co-editor"), ADVISOR("advisor"), VIEWER("viewer"), PLANNER("planner"), NONE(null);

        final String key;

        Part(String key) {
            this.key = key;
        }
    }

    /** A plan and the caller's part in it. */
    record Seat(PlanFacts plan, Part part) {
    }

    private final PlanDirectory plans;

    Circle(PlanDirectory plans) {
        this.plans = plans;
    }

    /** The plan and the caller's part; 404 when the caller is not in its circle (or it does not exist). */
    Seat seat(Authentication who, long planId) {
        PlanFacts plan = plans.find(planId).orElseThrow(() -> new NotFoundException("There is no plan " + planId + "."));
        Part part = part(who, plan);
        if (part == Part.NONE) {
            throw new NotFoundException("There is no plan " + planId + ".");
        }
        return new Seat(plan, part);
    }

    /** The part plans gives the caller (one rule for both modules: {@link PlanDirectory#partOf}). */
    Part part(Authentication who, PlanFacts plan) {
        String key = plans.partOf(who, plan.id()).orElse(null);
        for (Part p : Part.values()) {
            if (p.key != null && p.key.equals(key)) {
                return p;
            }
        }
        return Part.NONE;
    }

    /** The seat when the caller's part is one of {@code allowed}; 404 outside the circle, 403 {@code code} inside it. */
    Seat require(Authentication who, long planId, String code, String why, Part... allowed) {
        Seat seat = seat(who, planId);
        for (Part p : allowed) {
            if (seat.part() == p) {
                return seat;
            }
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, code, why);
    }

    static boolean planner(Authentication who) {
        return who != null && who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.PLANNER.authority()::equals);
    }
}
