package nl.stip.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.stip.platform.web.ProblemException;
import nl.stip.rules.dmn.DmnDecisions;
import nl.stip.rules.dmn.Question;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Reads answers by the question's type: a yes/no question takes true or false, a number question a number from
 * {@link #MIN} to {@link #MAX}, a list question one of its options, a text question at most {@link #MAX_TEXT}
 * characters, a date question "YYYY-MM-DD". Anything else, or a question the activity does not ask, is 400 naming the
 * question ({@code parameter} "answers.&lt;id&gt;", {@code question} its text).
 */
final class AnswerReader {

    static final double MIN = 0;
    static final double MAX = 1_000_000;
    static final int MAX_TEXT = 1000;

    private AnswerReader() {
    }

    static Map<String, Object> read(DmnDecisions.Activity activity, Map<String, JsonNode> answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (answers == null) {
            return values;
        }
        Map<String, Question> byId = new LinkedHashMap<>();
        activity.questions().forEach(q -> byId.put(q.id(), q));
        for (var entry : answers.entrySet()) {
            Question q = byId.get(entry.getKey());
            if (q == null) {
                throw refuse(entry.getKey(), null, "'" + entry.getKey() + "' is not a question of activity " + activity.key()
                        + "; its questions are " + String.join(", ", byId.keySet()));
            }
            JsonNode v = entry.getValue();
            if (v == null || v.isNull()) {
                continue; // not answered: the question stays open
            }
            values.put(q.id(), value(q, v));
        }
        return values;
    }

    private static Object value(Question q, JsonNode v) {
        switch (q.type()) {
            case Question.BOOLEAN -> {
                if (!v.isBoolean()) {
                    throw refuse(q, "is a yes/no question: answer true or false, not " + v);
                }
                return v.booleanValue();
            }
            case Question.NUMBER -> {
                if (!v.isNumber()) {
                    throw refuse(q, "asks for a number, not " + v);
                }
                BigDecimal n = v.decimalValue();
                if (n.compareTo(BigDecimal.valueOf(MIN)) < 0 || n.compareTo(BigDecimal.valueOf(MAX)) > 0) {
                    throw refuse(q, "takes a number from " + (long) MIN + " to " + (long) MAX + ", not " + n.toPlainString());
                }
                return n;
            }
            case Question.LIST -> {
                if (!v.isString() || !q.options().contains(v.asString())) {
                    throw refuse(q, "takes one of " + q.options() + ", not " + v);
                }
                return v.asString();
            }
            case Question.DATE -> {
                try {
                    return LocalDate.parse(v.isString() ? v.asString() : "");
                } catch (DateTimeParseException e) {
                    throw refuse(q, "asks for a date as YYYY-MM-DD, not " + v);
                }
            }
            default -> {
                if (!v.isString() || v.asString().isBlank() || v.asString().length() > MAX_TEXT) {
                    throw refuse(q, "asks for a text of 1 to " + MAX_TEXT + " characters, not " + (v.isString() ? "that" : v));
                }
                return v.asString().strip();
            }
        }
    }

    private static ProblemException refuse(Question q, String what) {
        return refuse(q.id(), q.text(), "Question '" + q.id() + "'" + (q.text() == null ? "" : " (" + q.text() + ")") + " " + what);
    }

    private static ProblemException refuse(String id, String text, String message) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("parameter", "answers." + id);
        properties.put("questionId", id);
        if (text != null) {
            properties.put("question", text);
        }
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-answer", message, properties);
    }
}
