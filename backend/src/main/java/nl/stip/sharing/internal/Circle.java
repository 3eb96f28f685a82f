package nl.stip.sharing.internal;

import nl.stip.accounts.Role;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.plans.PlanRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The caller's part in a plan's circle, decided as plans decides it (owner first, then planner, then the role the
 * owner gave): whoever has no part does not learn that the plan exists (404); a part that may see the plan but not
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
    private final SharingStore store;

    Circle(PlanDirectory plans, SharingStore store) {
        this.plans = plans;
        this.store = store;
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

    Part part(Authentication who, PlanFacts plan) {
        if (who == null) {
            return Part.NONE;
        }
        if (plan.owner().equals(who.getName())) {
            return Part.OWNER;
        }
        if (planner(who)) {
            return Part.PLANNER;
        }
        return store.member(plan.id(), who.getName()).map(m -> switch (PlanRole.of(m.role())) {
            case CO_EDITOR -> Part.CO_EDITOR;
            case ADVISOR -> Part.ADVISOR;
            case VIEWER -> Part.VIEWER;
        }).orElse(Part.NONE);
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
