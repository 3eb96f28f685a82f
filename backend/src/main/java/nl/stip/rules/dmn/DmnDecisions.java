package nl.stip.rules.dmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The toepasbare regels: DMN files (Stip's own tables and national STTR files alike) evaluated by the Apache KIE DMN
 * engine. Every file is validated at start-up: not DMN, no decision, or a model with errors stops the start with a
 * message naming the file. An activity is a decision no other decision of its file requires (an STTR conclusion, or one
 * of Stip's tables); its questions are the inputData of its whole requirement graph, with the STTR question where the
 * file has one. {@link #evaluate} never throws for a known activity: what cannot be decided is said so.
 */
public final class DmnDecisions {

    private static final Logger log = LoggerFactory.getLogger(DmnDecisions.class);

    /**
     * One activity: its key (the STTR activity of a conclusion's functioneleStructuurRef, else the decision's name), its
     * label, the model and file it came from, the decision evaluated, and the questions it needs, in the file's order.
     */
    public record Activity(String key, String label, String modelName, String file, String decisionName,
                           List<Question> questions) {
    }

    /** What a decision returned: the outcome as the file writes it (an uitkomst code or an STTR conclusion) and why. */
    public record Verdict(String outcome, String explanation) {
    }

    /**
     * The result of evaluating an activity: a verdict, or (verdict null) the questions still open, or (verdict null, no
     * open questions) {@code problem}: why the file's rules gave no answer with everything known.
     */
    public record Evaluation(Verdict verdict, List<Question> open, String problem) {
        public boolean decided() {
            return verdict != null;
        }
    }

    private final DMNRuntime runtime;
    private final Map<String, DMNModel> modelByActivity = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();

    /** Loads the DMN files of one or more location patterns, comma-separated (e.g. Stip's tables plus STTR files). */
    public DmnDecisions(String locationPatterns) throws IOException {
        List<Resource> resources = new ArrayList<>();
        Map<String, DmnFile> files = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : locationPatterns.split(",")) {
            if (pattern.isBlank()) {
                continue;
            }
            for (var file : resolver.getResources(pattern.strip())) {
                if (!file.exists()) {
                    throw new IllegalStateException("DMN file " + file.getDescription() + " does not exist");
                }
                String source = file.getURL().toString();
                String name = file.getFilename();
                if (files.containsKey(source)) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    files.put(source, DmnFile.read(name, in));
                }
                Resource resource = ResourceFactory.newReaderResource(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
                resource.setSourcePath(source);
                resources.add(resource);
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("No DMN files found at " + locationPatterns);
        }
        runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(resources)
                .getOrElseThrow(e -> new IllegalStateException("DMN files " + files.values().stream().map(DmnFile::file).toList()
                        + " cannot be compiled: " + e.getMessage(), e));
        for (DMNModel model : runtime.getModels()) {
            DmnFile file = files.get(model.getResource().getSourcePath());
            String fileName = file == null ? model.getResource().getSourcePath() : file.file();
            if (model.hasErrors()) {
                throw new IllegalStateException("DMN file " + fileName + " (model " + model.getName() + ") has errors: " + model.getMessages());
            }
            if (file == null) {
                throw new IllegalStateException("DMN model " + model.getName() + " came from no file that was read");
            }
            for (DmnFile.Decision decision : ActivityGraph.topLevel(file)) {
                Activity activity = new Activity(ActivityGraph.key(decision), ActivityGraph.label(decision, file), model.getName(),
                        file.file(), decision.name(), ActivityGraph.questions(file, decision));
                Activity earlier = activities.putIfAbsent(activity.key(), activity);
                if (earlier != null) {
                    throw new IllegalStateException("Activity '" + activity.key() + "' is decided in two DMN files: "
                            + earlier.file() + " and " + file.file() + "; keep one");
                }
                modelByActivity.put(activity.key(), model);
            }
        }
    }

    public List<Activity> activities() {
        return List.copyOf(activities.values());
    }

    public Activity activity(String key) {
        Activity activity = activities.get(key);
        if (activity == null) {
            throw new IllegalArgumentException("No decision for activity " + key);
        }
        return activity;
    }

    /**
     * Evaluates the activity's decision with the given inputs (a key present with a null value counts as known: "not
     * applicable"). A question the inputs do not answer leaves the decision open; the engine is then not asked, since it
     * would stop at the first missing input or, given nulls, match "-" rules as if the answer were known.
     */
    public Evaluation evaluate(String key, Map<String, ?> inputs) {
        Activity activity = activity(key);
        List<Question> open = activity.questions().stream().filter(q -> !inputs.containsKey(q.id())).toList();
        if (!open.isEmpty()) {
            return new Evaluation(null, open, null);
        }
        DMNModel model = modelByActivity.get(key);
        try {
            DMNContext context = runtime.newContext();
            Map<String, Object> given = new HashMap<>();
            inputs.forEach((name, value) -> given.put(name, value instanceof Number n && !(value instanceof BigDecimal)
                    ? new BigDecimal(n.toString()) : value));
            given.forEach(context::set);
            DMNResult result = runtime.evaluateByName(model, context, activity.decisionName());
            DMNDecisionResult decision = result.getDecisionResultByName(activity.decisionName());
            if (result.hasErrors() || decision == null || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
                return failed(activity, "the engine reported " + result.getMessages());
            }
            Verdict verdict = verdict(decision.getResult());
            return verdict == null ? failed(activity, "no rule of the table matched (result " + decision.getResult() + ")")
                    : new Evaluation(verdict, List.of(), null);
        } catch (RuntimeException e) {
            return failed(activity, e.toString());
        }
    }

    private static Evaluation failed(Activity activity, String why) {
        log.warn("DMN decision {} of {} gave no answer: {}", activity.decisionName(), activity.file(), why);
        return new Evaluation(null, List.of(), why);
    }

    /**
     * The verdict in a decision's result: Stip's row ({@code uitkomst}, {@code toelichting}), an STTR conclusion (a
     * string, or a row or list of them: the strictest counts), or null when the table gave nothing.
     */
    static Verdict verdict(Object result) {
        if (result instanceof Map<?, ?> row) {
            if (row.containsKey("uitkomst")) {
                Object outcome = row.get("uitkomst");
                Object explanation = row.get("toelichting");
                return outcome == null ? null : new Verdict(outcome.toString(), explanation == null ? null : explanation.toString());
            }
            return verdict(List.copyOf(row.values()));
        }
        if (result instanceof Collection<?> list) {
            String strictest = null;
            for (Object item : list) {
                if (item != null && (strictest == null || Conclusion.strictness(item.toString()) > Conclusion.strictness(strictest))) {
                    strictest = item.toString();
                }
            }
            return strictest == null ? null : new Verdict(strictest, null);
        }
        return result == null ? null : new Verdict(result.toString(), null);
    }
}
