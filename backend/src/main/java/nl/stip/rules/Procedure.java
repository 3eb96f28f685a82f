package nl.stip.rules;

/**
 * How an activity goes at a place: the outcome the DMN tables give, why, the procedure and its legal time limit, and
 * the basis of the fee. {@code decisionSource} names the DMN model, so every answer can be traced to its table.
 */
public record Procedure(String activity, String activityLabel, String outcome, String outcomeLabel, String explanation,
                        String procedure, int legalTermWeeks, String feeBasis, String decisionSource) {
}
