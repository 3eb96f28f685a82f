package nl.stip.variants.internal;

import nl.stip.design.ValidatedVolume;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(1)
class BuiltVolumeIndicator implements Indicator {
    public String id() { return "built-volume"; }
    public String label() { return "Bouwvolume"; }
    public String unit() { return "m3"; }
    public String explanation() {
        return "De inhoud van alle bouwdelen samen: oppervlakte × (hoogte − onderkant). Bij een schuin dak telt het deel "
                + "tussen goot en nok voor de helft, zoals de check het meet.";
    }
    public double compute(IndicatorContext ctx) {
        return Indicator.round2(ctx.design().volumes().stream().mapToDouble(ValidatedVolume::grossVolume).sum());
    }
}
