package nl.stip.rules;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.stip.platform.Texts;
import nl.stip.rules.dmn.DmnDecisions;
import nl.stip.rules.dmn.Question;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The procedure per activity at a place, decided by the DMN files: Stip's own tables (asked the place's facts) and
 * STTR files (asked their questions, of which {@link QuestionMapping} fills in what the place or a design knows). An
 * activity that cannot be decided with what is known says "nog niet te bepalen" with its open questions; one
 * activity never breaks another. Without answers the inputs are few and discrete, so each combination is evaluated
 * once and remembered: the tables decide, the cache only saves repeating them.
 */
@Service
public class ProcedureService {

    private final DmnDecisions decisions;
    private final QuestionMapping mapping;
    private final Texts texts;
    private final Map<Inputs, List<Procedure>> cache = new ConcurrentHashMap<>();

    /** What the tables are asked: the place's facts, and whether a design fits the rules there (null: no design). */
    private record Inputs(LocationFacts facts, Boolean fitsRules) {
    }

    ProcedureService(@Value("${stip.rules.dmn-location}") String dmnLocation,
                     @Value("${stip.rules.questions:}") String questionMapping, Texts texts) throws IOException {
        this.decisions = new DmnDecisions(dmnLocation);
        this.mapping = new QuestionMapping(questionMapping, decisions);
        this.texts = texts;
    }

    /** The keys of the activities the tables decide on, in the tables' order. */
    public List<String> activityKeys() {
        return decisions.activities().stream().map(DmnDecisions.Activity::key).toList();
    }

    /** An activity with its questions (each with a text to show), or empty for an unknown key. */
    public Optional<DmnDecisions.Activity> activity(String key) {
        return decisions.activities().stream().filter(a -> a.key().equals(key)).findFirst()
                .map(a -> new DmnDecisions.Activity(a.key(), a.label(), a.modelName(), a.file(), a.decisionName(),
                        a.questions().stream().map(this::shown).toList()));
    }

    /** Whether the mapping names this question (so Stip may fill it in). */
    public boolean isMapped(Question question) {
        return mapping.isMapped(question);
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
        return cache.computeIfAbsent(new Inputs(facts, fitsRules), key -> decisions.activities().stream()
                .map(a -> decide(a, known(a, key.facts(), key.fitsRules(), QuestionMapping.Measures.NONE), Map.of()))
                .toList());
    }

    /**
     * What Stip itself knows for an activity's questions: the place's facts for Stip's own tables, and every question
     * the mapping names and the place or design can answer. Question id to what was filled in, in question order.
     */
    public Map<String, QuestionMapping.Prefill> prefill(String key, LocationFacts facts, Boolean fitsRules, QuestionMapping.Measures measures) {
        return known(decisions.activity(key), facts, fitsRules, measures);
    }

    /** Decides an activity with what Stip knows ({@link #prefill}) overruled by the given answers (question id to value). */
    public Procedure decide(String key, LocationFacts facts, Boolean fitsRules, QuestionMapping.Measures measures,
                            Map<String, Object> answers) {
        DmnDecisions.Activity activity = decisions.activity(key);
        return decide(activity, known(activity, facts, fitsRules, measures), answers);
    }

    private Map<String, QuestionMapping.Prefill> known(DmnDecisions.Activity activity, LocationFacts facts, Boolean fitsRules,
                                                       QuestionMapping.Measures measures) {
        Map<String, Object> stip = new HashMap<>();
        if (facts != null) {
            stip.put("functie", facts.functie());
            stip.put("beschermdStadsgezicht", facts.beschermdStadsgezicht());
            stip.put("monument", facts.monument());
        }
        stip.put("pastBinnenRegels", fitsRules);
        Map<String, QuestionMapping.Prefill> known = new LinkedHashMap<>();
        for (Question q : activity.questions()) {
            Optional<QuestionMapping.Prefill> mapped = mapping.prefill(q, facts, measures, texts);
            if (mapped.isPresent()) {
                known.put(q.id(), mapped.get());
            } else if (q.ruleId() == null && stip.containsKey(q.id())) {
                // Stip's own tables' inputs: the place's facts (null pastBinnenRegels: no design judged)
                known.put(q.id(), new QuestionMapping.Prefill(stip.get(q.id()), "location", null));
            }
        }
        return known;
    }

    private Procedure decide(DmnDecisions.Activity activity, Map<String, QuestionMapping.Prefill> known, Map<String, Object> answers) {
        Map<String, Object> inputs = new HashMap<>();
        known.forEach((id, prefill) -> inputs.put(id, prefill.value()));
        inputs.putAll(answers);
        DmnDecisions.Evaluation evaluation = decisions.evaluate(activity.key(), inputs);
        if (evaluation.decided()) {
            Optional<Outcome> outcome = Outcome.fromDecision(evaluation.verdict().outcome());
            if (outcome.isPresent()) {
                String explanation = evaluation.verdict().explanation() != null ? evaluation.verdict().explanation()
                        : texts.get("explanation.sttr", evaluation.verdict().outcome(), activity.file());
                return procedure(activity, outcome.get(), explanation, List.of());
            }
            return procedure(activity, Outcome.UNDECIDED, texts.get("explanation.unknown-outcome", evaluation.verdict().outcome(), activity.file()), List.of());
        }
        if (!evaluation.open().isEmpty()) {
            List<Question> open = evaluation.open().stream().map(this::shown).toList();
            return procedure(activity, Outcome.OPEN, texts.get("explanation.nog-niet-te-bepalen", open.size()), open);
        }
        return procedure(activity, Outcome.UNDECIDED, texts.get("explanation.niet-te-bepalen", activity.file()), List.of());
    }

    private Procedure procedure(DmnDecisions.Activity activity, Outcome outcome, String explanation, List<Question> open) {
        return new Procedure(activity.key(), activity.label(), outcome.code(), texts.get("outcome." + outcome.code()),
                explanation, texts.get("procedure." + outcome.code(), outcome.legalTermWeeks()),
                outcome.legalTermWeeks(), texts.get("fee." + outcome.code()), activity.modelName(), open);
    }

    /** The question as people see it: the file's own text, or for a location reference one Stip words itself. */
    private Question shown(Question q) {
        if (q.text() != null) {
            return q;
        }
        String text = q.location() != null ? texts.get("questions.location", q.location()) : q.id();
        return new Question(q.id(), text, q.type(), q.options(), q.explanation(), q.location(), q.ruleId());
    }
}
