package nl.stip.variants.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(6)
class TreesIndicator implements Indicator {
    public String id() { return "trees"; }
    public String label() { return "Bomen"; }
    public String unit() { return "stuks"; }
    public String explanation() { return "Het aantal bomen dat in de variant is geplaatst."; }
    public double compute(IndicatorContext ctx) {
        return ctx.count(PaletteKind.TREE);
    }
}
