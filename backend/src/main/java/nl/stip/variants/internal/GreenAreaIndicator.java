package nl.stip.variants.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(4)
class GreenAreaIndicator implements Indicator {
    public String id() { return "green-area"; }
    public String label() { return "Groen"; }
    public String unit() { return "m2"; }
    public String explanation() {
        return "De oppervlakte van het groen dat in de variant is geplaatst: bomen (hun kroon, 4 × 4 m), hagen (4 × 1 m) en "
                + "groene daken (5 × 5 m), elk opgeteld. Water, speelplekken en bestaand groen tellen niet mee.";
    }
    public double compute(IndicatorContext ctx) {
        return Indicator.round2(ctx.objects().stream().filter(o -> o.kind().green).mapToDouble(o -> o.kind().footprintM2()).sum());
    }
}
