package nl.stip.check;

import java.util.List;

import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import nl.stip.rules.FeeTable;
import org.springframework.stereotype.Component;

/**
 * The fee estimate ("Kostenoverzicht") from the fee table in the application properties:
 * {@code stip.fees.<outcome>.base} (euros) and {@code stip.fees.<outcome>.percentage-of-building-cost}, with the
 * building cost estimated as gross volume × {@code stip.fees.building-cost-per-m3}. An outcome without entries costs
 * nothing. Every figure is an estimate and says on which basis.
 */
@Component
class Fees {

    private final FeeTable table;
    private final Texts texts;

    Fees(FeeTable table, Texts texts) {
        this.table = table;
        this.texts = texts;
    }

    Permit.FeeEstimate estimate(String outcome, List<ValidatedVolume> volumes) {
        double volume = Math.round(volumes.stream().mapToDouble(ValidatedVolume::grossVolume).sum() * 10) / 10.0;
        double perM3 = table.buildingCostPerM3();
        long cost = table.buildingCost(volume);
        if (outcome == null) {
            return new Permit.FeeEstimate(true, volume, cost, 0, 0, 0, "EUR",
                    texts.get("check.fee.unknown", Texts.number(volume), Texts.number(perM3), Texts.number(cost)));
        }
        long base = table.base(outcome);
        double pct = table.percentage(outcome);
        long amount = table.amount(outcome, volume);
        String basis = amount == 0 ? texts.get("check.fee.none", Texts.number(volume))
                : texts.get("check.fee.basis", Texts.number(base), Texts.number(pct), Texts.number(cost),
                        Texts.number(volume), Texts.number(perM3), Texts.number(amount));
        return new Permit.FeeEstimate(true, volume, cost, base, pct, amount, "EUR", basis);
    }
}
