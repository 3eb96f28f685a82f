package nl.stip.rules;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.platform.Texts;
import nl.stip.rules.dmn.DmnDecisions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The procedure per common activity at a place, decided by the DMN tables. The inputs are few and discrete, so each
 * combination is evaluated once and remembered: the tables decide, the cache only saves repeating them.
 */
@Service
public class ProcedureService {

    private final DmnDecisions decisions;
    private final Texts texts;
    private final Map<Inputs, List<Procedure>> cache = new ConcurrentHashMap<>();

    /** What the tables are asked: the place's facts, and whether a design fits the rules there (null: no design). */
    private record Inputs(LocationFacts facts, Boolean fitsRules) {
    }

    ProcedureService(@Value("${stip.rules.dmn-location}") String dmnLocation, Texts texts) throws IOException {
        this.decisions = new DmnDecisions(dmnLocation);
        this.texts = texts;
    }

    /** The keys of the activities the tables decide on, in the tables' order. */
    public List<String> activityKeys() {
        return decisions.activities().stream().map(DmnDecisions.Activity::key).toList();
    }

    /** The procedures for every activity the tables know, at a place with these facts (no design to judge). */
    public List<Procedure> proceduresFor(LocationFacts facts) {
        return proceduresFor(facts, null);
    }

    /**
     * The procedures for a design at a place: {@code fitsRules} false means the design breaks a rule of the
     * omgevingsplan, so what would be vergunningvrij needs a permit to deviate from the plan.
     */
    public List<Procedure> proceduresFor(LocationFacts facts, Boolean fitsRules) {
        return cache.computeIfAbsent(new Inputs(facts, fitsRules), this::evaluate);
    }

    private List<Procedure> evaluate(Inputs key) {
        LocationFacts facts = key.facts();
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("functie", facts.functie());
        inputs.put("beschermdStadsgezicht", facts.beschermdStadsgezicht());
        inputs.put("monument", facts.monument());
        inputs.put("pastBinnenRegels", key.fitsRules());
        return decisions.activities().stream().map(activity -> {
            DmnDecisions.Verdict verdict = decisions.evaluate(activity.key(), inputs);
            Outcome outcome = Outcome.fromCode(verdict.outcome());
            return new Procedure(activity.key(), activity.label(), outcome.code(), texts.get("outcome." + outcome.code()),
                    verdict.explanation(), texts.get("procedure." + outcome.code(), outcome.legalTermWeeks()),
                    outcome.legalTermWeeks(), texts.get("fee." + outcome.code()), activity.modelName());
        }).toList();
    }
}
