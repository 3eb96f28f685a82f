package nl.stip.variants.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(7)
class CheckOutcomeIndicator implements Indicator {
    public String id() { return "check-failed"; }
    public String label() { return "Regels niet gehaald"; }
    public String unit() { return "regels"; }
    public String explanation() {
        return "Het aantal regels van het omgevingsplan waar het ontwerp niet aan voldoet, volgens dezelfde check als het plan. "
                + "0 betekent: past binnen de regels.";
    }
    public double compute(IndicatorContext ctx) {
        return ctx.check().failed();
    }
}
