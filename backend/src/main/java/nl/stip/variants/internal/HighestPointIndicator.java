package nl.stip.variants.internal;

import nl.stip.design.ValidatedVolume;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(2)
class HighestPointIndicator implements Indicator {
    public String id() { return "highest-point"; }
    public String label() { return "Hoogste punt"; }
    public String unit() { return "m"; }
    public String explanation() { return "De hoogte van het hoogste bouwdeel boven het maaiveld (de nok bij een schuin dak)."; }
    public double compute(IndicatorContext ctx) {
        return Indicator.round2(ctx.design().volumes().stream().mapToDouble(ValidatedVolume::height).max().orElse(0));
    }
}
