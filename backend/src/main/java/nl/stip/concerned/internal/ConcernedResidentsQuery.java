package nl.stip.concerned.internal;

import java.util.List;
import java.util.Optional;

import nl.stip.concerned.ConcernedResidents;
import nl.stip.concerned.internal.ConcernedStore.HomeRow;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ConcernedResidents} on the concerned set as {@link ConcernedComputation} measures it. */
@Service
class ConcernedResidentsQuery implements ConcernedResidents {

    private final ConcernedComputation computation;
    private final Concern concern;
    private final ConcernedStore store;
    private final Homes homes;
    private final PlanDirectory plans;

    ConcernedResidentsQuery(ConcernedComputation computation, Concern concern, ConcernedStore store, Homes homes, PlanDirectory plans) {
        this.computation = computation;
        this.concern = concern;
        this.store = store;
        this.homes = homes;
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isConfirmedConcerned(long planId, String email) {
        if (email == null) {
            return false;
        }
        Optional<PlanFacts> plan = plans.find(planId);
        Optional<HomeRow> home = homes.confirmedRow(email);
        if (plan.isEmpty() || home.isEmpty() || email.equals(plan.get().owner())) {
            return false;
        }
        return concern.placeOf(plan.get(), home.get()).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> confirmedResidents(long planId) {
        Optional<PlanFacts> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return List.of();
        }
        return computation.compute(plan.get())
                .map(c -> store.confirmedIn(c.panden().keySet()).stream().map(HomeRow::email)
                        .filter(e -> !e.equals(plan.get().owner())).distinct().toList())
                .orElse(List.of());
    }
}
