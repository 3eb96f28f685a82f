package nl.stip.variants.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(5)
class ParkingIndicator implements Indicator {
    public String id() { return "parking-places"; }
    public String label() { return "Parkeerplaatsen"; }
    public String unit() { return "stuks"; }
    public String explanation() { return "Het aantal parkeerplaatsen (2,5 × 5 m) dat in de variant is geplaatst."; }
    public double compute(IndicatorContext ctx) {
        return ctx.count(PaletteKind.PARKING_SPACE);
    }
}
