package nl.stip.variants.internal;

import org.locationtech.jts.geom.Geometry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(3)
class BuiltUpShareIndicator implements Indicator {
    public String id() { return "built-up-share"; }
    public String label() { return "Bebouwd deel van het perceel"; }
    public String unit() { return "%"; }
    public String explanation() {
        return "Welk deel van de percelen van het plan bebouwd is met de bouwdelen (van bovenaf gezien, overlap één keer geteld).";
    }
    public double compute(IndicatorContext ctx) {
        Geometry parcels = ctx.parcels();
        if (parcels == null || parcels.getArea() <= 0) {
            return 0;
        }
        Geometry built = ctx.design().footprintUnion().intersection(parcels);
        return Indicator.round2(100 * built.getArea() / parcels.getArea());
    }
}
