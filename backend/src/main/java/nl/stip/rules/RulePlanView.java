package nl.stip.rules;

/**
 * The plan a plan object belongs to, as an answer names it: identity, name, kind and status with its date, the text
 * reference of its regels, the authority, the source with its licence, and whether it is in force ({@code adopted}:
 * vastgesteld, onherroepelijk or geconsolideerd, or a source that states no status, such as a file of rule areas).
 * Where plans overlap the adopted plan with the latest date decides; {@code deciding} says whether this one does at
 * the place asked about.
 */
public record RulePlanView(String identificatie, String naam, String typePlan, String planstatus, String planDate,
                           String textRef, String overheid, String source, String licence, boolean demo, boolean adopted,
                           boolean deciding) {

    RulePlanView deciding(boolean decides) {
        return new RulePlanView(identificatie, naam, typePlan, planstatus, planDate, textRef, overheid, source, licence, demo,
                adopted, decides);
    }
}
