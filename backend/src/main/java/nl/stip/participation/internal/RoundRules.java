package nl.stip.participation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.stip.participation.internal.RoundViews.Interactions;
import nl.stip.participation.internal.RoundViews.QuestionInput;
import nl.stip.platform.web.InvalidParameterException;

/** The checks of a round's settings (create and edit): each failure a 400 naming its field. */
final class RoundRules {

    static final Set<String> MODERATION = Set.of("pre", "post");
    static final Set<String> AUDIENCE = Set.of("accounts", "concerned");
    static final Set<String> QUESTION_KINDS = Set.of("open", "choice", "scale");
    static final int MAX_QUESTIONS = 20;
    static final int MAX_OPTIONS = 10;
    static final int MAX_REPLY_DEPTH = 3;

    private RoundRules() {
    }

    static Instant instant(String field, String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidParameterException(field, field + " is required: a moment in ISO-8601, e.g. 2026-12-01T09:00:00+01:00");
        }
        try {
            return OffsetDateTime.parse(input.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(input.strip());
            } catch (DateTimeParseException again) {
                throw new InvalidParameterException(field, field + " is not a moment in ISO-8601 with a time zone, e.g. 2026-12-01T09:00:00+01:00");
            }
        }
    }

    static void period(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidParameterException("endsAt", "the round must end after it starts");
        }
    }

    static String oneOf(String field, String input, Set<String> allowed, String otherwise) {
        if (input == null) {
            return otherwise;
        }
        if (!allowed.contains(input)) {
            throw new InvalidParameterException(field, "unknown " + field + " '" + input + "'; one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return input;
    }

    static int replyDepth(Integer input, int otherwise) {
        if (input == null) {
            return otherwise;
        }
        if (input < 0 || input > MAX_REPLY_DEPTH) {
            throw new InvalidParameterException("replyDepth", "replyDepth is 0 (no replies) to " + MAX_REPLY_DEPTH);
        }
        return input;
    }

    static final int MAX_RATE_PER_MINUTE = 10_000;

    /** A round's own limit on contributions a minute (1 to 10,000); null keeps {@code otherwise}. */
    static Integer ratePerMinute(Integer input, Integer otherwise) {
        if (input == null) {
            return otherwise;
        }
        if (input < 1 || input > MAX_RATE_PER_MINUTE) {
            throw new InvalidParameterException("ratePerMinute", "ratePerMinute is 1 to " + MAX_RATE_PER_MINUTE
                    + " reactions and replies a minute, all participants together; leave it out for the default");
        }
        return input;
    }

    static boolean flag(Boolean input, boolean otherwise) {
        return input == null ? otherwise : input;
    }

    static Interactions interactions(Interactions in) {
        return in == null ? new Interactions(true, true, true, false, false, false) : in;
    }

    /** A checked question: kind, text and (for choice) its options. */
    record Checked(String kind, String text, List<String> options) {
    }

    static List<Checked> questions(List<QuestionInput> input) {
        if (input == null) {
            return List.of();
        }
        if (input.size() > MAX_QUESTIONS) {
            throw new InvalidParameterException("questions", "at most " + MAX_QUESTIONS + " questions");
        }
        List<Checked> out = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "questions[" + i + "]";
            QuestionInput q = input.get(i);
            if (q == null) {
                throw new InvalidParameterException(at, "a question is an object with kind, text and (for choice) options");
            }
            if (q.kind() == null) {
                throw new InvalidParameterException(at + ".kind", "a question needs a kind: open, choice or scale");
            }
            String kind = oneOf(at + ".kind", q.kind(), QUESTION_KINDS, null);
            String text = PlainText.required(at + ".text", q.text(), 500);
            List<String> options = null;
            if (kind.equals("choice")) {
                if (q.options() == null || q.options().size() < 2 || q.options().size() > MAX_OPTIONS) {
                    throw new InvalidParameterException(at + ".options", "a choice question has 2 to " + MAX_OPTIONS + " options");
                }
                options = new ArrayList<>();
                for (int o = 0; o < q.options().size(); o++) {
                    String option = PlainText.required(at + ".options[" + o + "]", q.options().get(o), 200);
                    if (options.contains(option)) {
                        throw new InvalidParameterException(at + ".options[" + o + "]", "the option is given twice");
                    }
                    options.add(option);
                }
            } else if (q.options() != null) {
                throw new InvalidParameterException(at + ".options", "only a choice question has options");
            }
            out.add(new Checked(kind, text, options));
        }
        return out;
    }
}
