package nl.stip.rules;

/**
 * One measure of a plan object as the plan writes it (an IMRO2012 Maatvoering's WaardeEnType): the measure's name
 * ({@code waardeType}, e.g. "maximum bouwhoogte (m)"), its value, the value as written ("7,5") and whether the
 * waardeType is on the IMRO2012 list. Kept whole, so nothing of a Maatvoering is lost; the known ones also fill the
 * norms the check uses.
 */
public record RuleMeasure(String waardeType, double value, String written, boolean known) {

    public RuleMeasure {
        if (waardeType == null || waardeType.isBlank()) {
            throw new IllegalArgumentException("a measure without waardeType");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("measure " + waardeType + ": value " + value + " is not a number");
        }
    }
}
