package nl.stip.rules;

import java.io.IOException;
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
    private final Map<LocationFacts, List<Procedure>> cache = new ConcurrentHashMap<>();

    ProcedureService(@Value("${stip.rules.dmn-location}") String dmnLocation, Texts texts) throws IOException {
        this.decisions = new DmnDecisions(dmnLocation);
        this.texts = texts;
    }

    public List<DmnDecisions.Activity> activities() {
        return decisions.activities();
    }

    /** The keys of the activities the tables decide on, in the tables' order. */
    public List<String> activityKeys() {
        return decisions.activities().stream().map(DmnDecisions.Activity::key).toList();
    }

    /** The procedures for every activity the tables know, at a place with these facts. */
    public List<Procedure> proceduresFor(LocationFacts facts) {
        return cache.computeIfAbsent(facts, this::evaluate);
    }

    private List<Procedure> evaluate(LocationFacts facts) {
        Map<String, Object> inputs = Map.of("functie", facts.functie(),
                "beschermdStadsgezicht", facts.beschermdStadsgezicht(), "monument", facts.monument());
        return decisions.activities().stream().map(activity -> {
            DmnDecisions.Verdict verdict = decisions.evaluate(activity.key(), inputs);
            Outcome outcome = Outcome.fromCode(verdict.outcome());
            return new Procedure(activity.key(), activity.label(), outcome.code(), texts.get("outcome." + outcome.code()),
                    verdict.explanation(), texts.get("procedure." + outcome.code(), outcome.legalTermWeeks()),
                    outcome.legalTermWeeks(), texts.get("fee." + outcome.code()), activity.modelName());
        }).toList();
    }
}
