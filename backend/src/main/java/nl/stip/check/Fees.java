package nl.stip.check;

import java.util.List;

import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The fee estimate ("Kostenoverzicht") from the fee table in the application properties:
 * {@code stip.fees.<outcome>.base} (euros) and {@code stip.fees.<outcome>.percentage-of-building-cost}, with the
 * building cost estimated as gross volume × {@code stip.fees.building-cost-per-m3}. An outcome without entries costs
 * nothing. Every figure is an estimate and says on which basis.
 */
@Component
class Fees {

    private final Environment env;
    private final Texts texts;

    Fees(Environment env, Texts texts) {
        this.env = env;
        this.texts = texts;
    }

    Permit.FeeEstimate estimate(String outcome, List<ValidatedVolume> volumes) {
        double volume = Math.round(volumes.stream().mapToDouble(ValidatedVolume::grossVolume).sum() * 10) / 10.0;
        double perM3 = env.getProperty("stip.fees.building-cost-per-m3", Double.class, 0.0);
        long cost = Math.round(volume * perM3);
        if (outcome == null) {
            return new Permit.FeeEstimate(true, volume, cost, 0, 0, 0, "EUR",
                    texts.get("check.fee.unknown", Texts.number(volume), Texts.number(perM3), Texts.number(cost)));
        }
        long base = Math.round(env.getProperty("stip.fees." + outcome + ".base", Double.class, 0.0));
        double pct = env.getProperty("stip.fees." + outcome + ".percentage-of-building-cost", Double.class, 0.0);
        long amount = base + Math.round(cost * pct / 100);
        String basis = amount == 0 ? texts.get("check.fee.none", Texts.number(volume))
                : texts.get("check.fee.basis", Texts.number(base), Texts.number(pct), Texts.number(cost),
                        Texts.number(volume), Texts.number(perM3), Texts.number(amount));
        return new Permit.FeeEstimate(true, volume, cost, base, pct, amount, "EUR", basis);
    }
}
