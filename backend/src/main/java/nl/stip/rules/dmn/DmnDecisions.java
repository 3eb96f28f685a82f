package nl.stip.rules.dmn;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The toepasbare regels: DMN decision tables (one decision per activity) evaluated by the Apache KIE DMN engine.
 * Loaded once from the configured location; a model with errors stops the start with the engine's messages.
 */
public final class DmnDecisions {

    /** One decision: an activity with its label, in the model it came from. */
    public record Activity(String key, String label, String modelName) {
    }

    /** What a decision table returned. */
    public record Verdict(String outcome, String explanation) {
    }

    private final DMNRuntime runtime;
    private final Map<String, DMNModel> modelByActivity = new LinkedHashMap<>();
    private final List<Activity> activities = new ArrayList<>();

    public DmnDecisions(String locationPattern) throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (var file : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
            Resource resource = ResourceFactory.newReaderResource(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            resource.setSourcePath(file.getFilename());
            resources.add(resource);
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("No DMN files found at " + locationPattern);
        }
        runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(resources)
                .getOrElseThrow(e -> new IllegalStateException("DMN files at " + locationPattern + " cannot be read: " + e.getMessage(), e));
        for (DMNModel model : runtime.getModels()) {
            if (model.hasErrors()) {
                throw new IllegalStateException("DMN model " + model.getName() + " has errors: " + model.getMessages());
            }
            for (DecisionNode decision : model.getDecisions()) {
                String label = decision.getDecision().getLabel();
                activities.add(new Activity(decision.getName(), label != null ? label : decision.getName(), model.getName()));
                modelByActivity.put(decision.getName(), model);
            }
        }
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    /** Evaluates the activity's decision table with the given inputs. */
    public Verdict evaluate(String activity, Map<String, Object> inputs) {
        DMNModel model = modelByActivity.get(activity);
        if (model == null) {
            throw new IllegalArgumentException("No decision for activity " + activity);
        }
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        DMNResult result = runtime.evaluateByName(model, context, activity);
        DMNDecisionResult decision = result.getDecisionResultByName(activity);
        if (result.hasErrors() || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED
                || !(decision.getResult() instanceof Map<?, ?> row)) {
            throw new IllegalStateException("DMN decision " + activity + " failed for " + inputs + ": " + result.getMessages());
        }
        return new Verdict(String.valueOf(row.get("uitkomst")), String.valueOf(row.get("toelichting")));
    }
}
