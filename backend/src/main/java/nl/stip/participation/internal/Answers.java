package nl.stip.participation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.participation.internal.RoundViews.AnswerAggregate;
import nl.stip.participation.internal.RoundViews.NewAnswer;
import nl.stip.platform.web.InvalidParameterException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Answers to a round's questions: one per person and question, changeable while the round is open, visible only as
 * aggregates (an open question: how many answered; a choice: the count per option; a scale: the count per step and
 * the mean). Each answer is one change of the round's log ({@code answer-aggregate}).
 */
@Service
class Answers {

    private final JdbcClient jdbc;
    private final QuestionRepository questions;
    private final Contributions contributions;
    private final RoundChangeLog log;
    private final RoundService roundService;

    Answers(JdbcClient jdbc, QuestionRepository questions, Contributions contributions, RoundChangeLog log, RoundService roundService) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.contributions = contributions;
        this.log = log;
        this.roundService = roundService;
    }

    @Transactional
    AnswerAggregate answer(Authentication who, long roundId, long questionId, NewAnswer body) {
        contributions.writable(who, roundId);
        Question q = questions.findById(questionId).filter(x -> x.getRoundId() == roundId)
                .orElseThrow(() -> new nl.stip.platform.web.NotFoundException("The round has no question " + questionId + "."));
        String value = value(q, body == null ? null : body.value());
        contributions.lockOpen(roundId);
        jdbc.sql("""
                INSERT INTO round_answer (question_id, round_id, author_email, value) VALUES (?, ?, ?, ?)
                ON CONFLICT (question_id, author_email) DO UPDATE SET value = excluded.value, answered_at = now()""")
                .params(questionId, roundId, who.getName(), value).update();
        AnswerAggregate aggregate = new AnswerAggregate(questionId, aggregate(q));
        log.append(roundId, "answer-aggregate", aggregate);
        return aggregate;
    }

    private String value(Question q, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new InvalidParameterException("value", "an answer needs a value");
        }
        return switch (q.getKind()) {
            case "scale" -> {
                if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 5) {
                    throw new InvalidParameterException("value", "the answer to a scale question is a whole number 1 to 5");
                }
                yield String.valueOf(value.asInt());
            }
            case "choice" -> {
                List<String> options = roundService.options(q);
                if (!value.isString() || !options.contains(value.asString())) {
                    throw new InvalidParameterException("value", "the answer is one of the options: " + String.join(", ", options));
                }
                yield value.asString();
            }
            default -> {
                if (!value.isString()) {
                    throw new InvalidParameterException("value", "the answer to an open question is a text");
                }
                yield PlainText.required("value", value.asString(), PlainText.MAX);
            }
        };
    }

    /** The aggregate of a question's answers: what everybody may see. */
    Map<String, Object> aggregate(Question q) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> counts = jdbc.sql("SELECT value, count(*) FROM round_answer WHERE question_id = ? GROUP BY value")
                .param(q.getId()).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        long total = counts.stream().mapToLong(Map.Entry::getValue).sum();
        out.put("count", total);
        if (q.getKind().equals("choice")) {
            Map<String, Long> per = new LinkedHashMap<>();
            roundService.options(q).forEach(o -> per.put(o, 0L));
            counts.forEach(e -> per.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
            out.put("counts", per);
        } else if (q.getKind().equals("scale")) {
            Map<String, Long> per = new LinkedHashMap<>();
            for (int i = 1; i <= 5; i++) {
                per.put(String.valueOf(i), 0L);
            }
            double sum = 0;
            for (Map.Entry<String, Long> e : counts) {
                per.computeIfPresent(e.getKey(), (k, v) -> e.getValue());
                sum += Integer.parseInt(e.getKey()) * (double) e.getValue();
            }
            out.put("counts", per);
            out.put("mean", total == 0 ? null : Math.round(sum / total * 100) / 100.0);
        }
        return out;
    }

    /** The caller's own answer (null without one or when anonymous). */
    String mine(long questionId, String email) {
        if (email == null) {
            return null;
        }
        return jdbc.sql("SELECT value FROM round_answer WHERE question_id = ? AND author_email = ?").params(questionId, email)
                .query(String.class).optional().orElse(null);
    }
}
