package nl.stip.variants.internal;

import java.util.List;

import nl.stip.variants.IndicatorValue;
import org.springframework.stereotype.Component;

/** All indicators, in their fixed order (the {@code @Order} of each class). */
@Component
class Indicators {

    private final List<Indicator> all;

    Indicators(List<Indicator> all) {
        this.all = List.copyOf(all);
    }

    List<Indicator> all() {
        return all;
    }

    List<IndicatorValue> compute(IndicatorContext ctx) {
        return all.stream().map(i -> new IndicatorValue(i.id(), i.label(), i.compute(ctx), i.unit())).toList();
    }
}
