package nl.stip.rules;

import java.util.List;

import nl.stip.rules.dmn.Question;

/**
 * How an activity goes at a place: the outcome the DMN tables give, why, the procedure and its legal time limit, and
 * the basis of the fee. {@code decisionSource} names the DMN model, so every answer can be traced to its table.
 * {@code openQuestions}: what still has to be answered before the tables can decide (outcome "nog-niet-te-bepalen").
 */
public record Procedure(String activity, String activityLabel, String outcome, String outcomeLabel, String explanation,
                        String procedure, int legalTermWeeks, String feeBasis, String decisionSource,
                        List<Question> openQuestions) {
}
