package nl.stip.questionnaire;

import java.util.List;

import nl.stip.rules.Procedure;

/**
 * An activity's questionnaire: the questions in the file's order, each with the value Stip filled in or the caller
 * answered, and the {@code conclusion} with what is known so far (outcome "nog-niet-te-bepalen" with its open questions
 * until every question has a value). {@code source} names the DMN file; {@code notices} say where values come from.
 */
record Questionnaire(String activity, String label, String source, List<Item> questions, Procedure conclusion,
                     List<String> notices) {

    /**
     * One question: {@code id} (the key of an answer), the file's {@code text}, {@code type} (boolean, number, text, list,
     * date) with {@code options} for a list, the file's {@code explanation}, and its {@code value}: answered by the caller
     * ({@code answered}), or filled in by Stip ({@code prefilled}, with {@code prefilledFrom} "design" or "location",
     * {@code prefilledNote} "ingevuld uit uw ontwerp" and {@code basis}: what was measured), or null (to be asked).
     * {@code mapped}: the configured mapping names it, so a design or place could fill it in.
     */
    record Item(String id, String text, String type, List<String> options, String explanation, String location,
                Object value, boolean answered, boolean prefilled, String prefilledFrom, String prefilledNote, String basis,
                boolean mapped) {
    }
}
