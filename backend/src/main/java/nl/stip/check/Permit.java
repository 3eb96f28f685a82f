package nl.stip.check;

/**
 * What the toepasbare regels decide for the design's activity at its place (null outcome for "anders"), the procedure
 * in plain words, the legal time limit in weeks, and the fee estimate ("Kostenoverzicht").
 */
public record Permit(String activity, String activityLabel, String outcome, String outcomeLabel, String explanation,
                     String procedure, Integer legalTermWeeks, String decisionSource, FeeEstimate fee) {

    /**
     * An estimate of the leges, never a bill: base fee plus a percentage of an estimated building cost, which is the
     * design's gross volume times a cost per m³. Amounts in whole euros; {@code basis} says all this in Dutch.
     */
    public record FeeEstimate(boolean estimate, double grossVolumeM3, long buildingCostEstimate, long baseFee,
                              double percentageOfBuildingCost, long amount, String currency, String basis) {
    }
}
