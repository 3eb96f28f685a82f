package nl.stip.sharing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.stip.plans.PlanMembership;
import nl.stip.plans.PlanRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells plans who has which role on a plan: the members who accepted an invitation. */
@Component
class Membership implements PlanMembership {

    private final SharingStore store;

    Membership(SharingStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanRole> roleOf(long planId, String person) {
        return store.member(planId, person).map(m -> PlanRole.of(m.role()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PlanRole> plansOf(String person) {
        Map<Long, PlanRole> plans = new LinkedHashMap<>();
        store.memberships(person).forEach(m -> plans.put(m.planId(), PlanRole.of(m.role())));
        return plans;
    }
}
