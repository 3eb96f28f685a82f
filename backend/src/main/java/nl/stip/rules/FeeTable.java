package nl.stip.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The fee table ("Kostenoverzicht") of the application properties, in one place: {@code stip.fees.<outcome>.base}
 * (euros) plus {@code stip.fees.<outcome>.percentage-of-building-cost} of the building cost, estimated as gross volume
 * × {@code stip.fees.building-cost-per-m3}; and a typical size per activity ({@code stip.fees.example.<activity>} =
 * "length x width x height" in metres) for the example fee the lookup shows. Every amount is an estimate.
 */
@Component
public class FeeTable {

    private static final Pattern SIZE = Pattern.compile("\\s*([\\d.]+)\\s*[x×]\\s*([\\d.]+)\\s*[x×]\\s*([\\d.]+)\\s*");

    /** A typical size of an activity's building, in metres. */
    public record ExampleSize(double length, double width, double height) {
        public double volumeM3() {
            return length * width * height;
        }
    }

    private final Environment env;

    FeeTable(Environment env) {
        this.env = env;
    }

    public double buildingCostPerM3() {
        return env.getProperty("stip.fees.building-cost-per-m3", Double.class, 0.0);
    }

    public long base(String outcome) {
        return Math.round(env.getProperty("stip.fees." + outcome + ".base", Double.class, 0.0));
    }

    public double percentage(String outcome) {
        return env.getProperty("stip.fees." + outcome + ".percentage-of-building-cost", Double.class, 0.0);
    }

    /** The building cost estimate of a gross volume, in whole euros. */
    public long buildingCost(double grossVolumeM3) {
        return Math.round(grossVolumeM3 * buildingCostPerM3());
    }

    /** The estimated fee for an outcome and a gross volume, in whole euros. */
    public long amount(String outcome, double grossVolumeM3) {
        return base(outcome) + Math.round(buildingCost(grossVolumeM3) * percentage(outcome) / 100);
    }

    /** The typical size configured for an activity; empty for an activity without a building (a tree, an exit). */
    public Optional<ExampleSize> example(String activity) {
        String value = env.getProperty("stip.fees.example." + activity);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException("stip.fees.example." + activity + " must be 'length x width x height' in metres, got '" + value + "'");
        }
        return Optional.of(new ExampleSize(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
    }
}
