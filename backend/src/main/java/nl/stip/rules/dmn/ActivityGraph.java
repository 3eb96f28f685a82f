package nl.stip.rules.dmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The activities of one DMN file and what each needs: the decisions no other decision requires, and the inputData of
 * each one's transitive requirement graph, turned into questions with the STTR extensions where the file has them.
 */
final class ActivityGraph {

    /** The concept types an STTR functioneleStructuurRef starts its last segment with, before the activity's id. */
    private static final List<String> CONCEPT_TYPES = List.of("Conclusie", "Indieningsvereisten", "Maatregelen");

    private ActivityGraph() {
    }

    static List<DmnFile.Decision> topLevel(DmnFile file) {
        Set<String> required = new HashSet<>();
        file.decisions().values().forEach(d -> required.addAll(d.requiredDecisions()));
        return file.decisions().values().stream().filter(d -> !required.contains(d.id())).toList();
    }

    /**
     * The activity's key: for an STTR decision the activity id of its functioneleStructuurRef
     * (".../id/concept/Conclusienl.imow-gm0363.activiteit.2" gives "nl.imow-gm0363.activiteit.2"), else its name.
     */
    static String key(DmnFile.Decision decision) {
        String ref = decision.structureRef();
        if (ref == null) {
            return decision.name() != null ? decision.name() : decision.id();
        }
        String last = ref.substring(ref.lastIndexOf('/') + 1);
        for (String type : CONCEPT_TYPES) {
            if (last.startsWith(type) && last.length() > type.length()) {
                return last.substring(type.length());
            }
        }
        return last;
    }

    /** Its label: the decision's own, else (an STTR conclusion, named "_Conclusie_dummy" or so) the model's name. */
    static String label(DmnFile.Decision decision, DmnFile file) {
        if (decision.label() != null) {
            return decision.label();
        }
        if (decision.structureRef() != null) {
            return file.modelName();
        }
        return decision.name() != null ? decision.name() : decision.id();
    }

    /** The inputData the decision needs, directly or through the decisions it requires, as questions, in file order. */
    static List<Question> questions(DmnFile file, DmnFile.Decision top) {
        Set<String> inputIds = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<DmnFile.Decision> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            DmnFile.Decision d = todo.pop();
            if (!seen.add(d.id())) {
                continue;
            }
            inputIds.addAll(d.requiredInputs());
            for (String id : d.requiredDecisions()) {
                DmnFile.Decision required = file.decisions().get(id);
                if (required == null) {
                    throw new IllegalStateException("DMN file " + file.file() + ": decision " + d.id() + " requires decision " + id
                            + ", which the file does not have");
                }
                todo.add(required);
            }
        }
        List<Question> questions = new ArrayList<>();
        for (DmnFile.InputData input : file.inputs().values()) {
            if (!inputIds.remove(input.id())) {
                continue;
            }
            DmnFile.Rule rule = input.ruleRef() == null ? null : file.rules().get(input.ruleRef());
            if (input.ruleRef() != null && rule == null) {
                throw new IllegalStateException("DMN file " + file.file() + ": inputData " + input.id() + " refers to uitvoeringsregel "
                        + input.ruleRef() + ", which the file does not have");
            }
            String name = input.name() != null ? input.name() : input.id();
            if (rule == null) {
                questions.add(new Question(name, null, Question.type(null, input.typeRef(), false, false), List.of(), null, null, null));
            } else {
                questions.add(new Question(name, rule.questionText(),
                        Question.type(rule.dataType(), input.typeRef(), !rule.options().isEmpty(), rule.location() != null),
                        rule.options(), rule.explanation(), rule.location(), rule.id()));
            }
        }
        if (!inputIds.isEmpty()) {
            throw new IllegalStateException("DMN file " + file.file() + ": decision " + top.id() + " requires inputData " + inputIds
                    + ", which the file does not have");
        }
        return List.copyOf(questions);
    }
}
