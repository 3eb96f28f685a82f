package nl.stip.variants.internal;

import java.util.List;
import java.util.Optional;

import nl.stip.participation.Rounds;
import nl.stip.plans.PlanDirectory;
import nl.stip.variants.IndicatorValue;
import nl.stip.variants.VariantSummary;
import nl.stip.variants.Variants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The face {@link Variants}: saved variants without their authors. */
@Service
class VariantsFace implements Variants {

    private final VariantStore store;
    private final VariantJson json;
    private final Rounds rounds;
    private final PlanDirectory plans;
    private final VariantEvaluator evaluator;

    VariantsFace(VariantStore store, VariantJson json, Rounds rounds, PlanDirectory plans, VariantEvaluator evaluator) {
        this.store = store;
        this.json = json;
        this.rounds = rounds;
        this.plans = plans;
        this.evaluator = evaluator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VariantSummary> ofRound(long roundId) {
        List<VariantSummary> all = new java.util.ArrayList<>(store.ofRound(roundId).stream().map(this::summary).toList());
        java.util.Collections.reverse(all);
        return List.copyOf(all);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VariantSummary> find(long variantId) {
        return store.find(variantId).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorValue> original(long roundId) {
        return rounds.find(roundId).flatMap(r -> plans.find(r.planId())).map(evaluator::original).orElse(List.of());
    }

    private VariantSummary summary(VariantStore.Row r) {
        return new VariantSummary(r.id(), r.roundId(), r.version(), r.title(), r.latest(), r.createdAt(), json.indicators(r.indicators()),
                r.compliant(), r.geoJson());
    }
}
