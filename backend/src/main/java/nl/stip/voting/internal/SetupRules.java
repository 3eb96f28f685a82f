package nl.stip.voting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.stip.participation.RoundSummary;
import nl.stip.platform.web.InvalidParameterException;

/** A setup as the planner sent it, checked field by field (400 naming the field, Dutch) and made canonical. */
final class SetupRules {

    static final int MAX_OPTIONS = 30;
    static final long MAX_EUROS = 1_000_000_000L;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private SetupRules() {
    }

    /** {@code variants}: whether an id is a saved variant of this round (the variants module answers it). */
    static VoteSetup check(RoundSummary round, SetupInput in, java.util.function.LongPredicate variants) {
        if (!round.allowVotes() && !round.allowBudget()) {
            throw VotingProblems.votesOff();
        }
        if (in == null || in.method() == null) {
            throw new InvalidParameterException("method", "Kies een manier van stemmen: approval, ranking of budget.");
        }
        String method = in.method();
        switch (method) {
            case "approval", "ranking" -> {
                if (!round.allowVotes()) {
                    throw new InvalidParameterException("method", "Stemmen staat uit in deze ronde; alleen een budget verdelen kan.");
                }
            }
            case "budget" -> {
                if (!round.allowBudget()) {
                    throw new InvalidParameterException("method", "Budget verdelen staat uit in deze ronde; alleen stemmen kan.");
                }
            }
            default -> throw new InvalidParameterException("method", "Onbekende manier van stemmen '" + method + "': kies approval, ranking of budget.");
        }
        boolean budget = method.equals("budget");
        List<VoteSetup.Option> options = options(in.options(), budget, variants);
        Integer maxChoices = null;
        if (method.equals("approval")) {
            maxChoices = in.maxChoices();
            if (maxChoices == null || maxChoices < 1 || maxChoices > options.size()) {
                throw new InvalidParameterException("maxChoices", "Geef aan hoeveel opties iemand mag kiezen: 1 tot " + options.size() + ".");
            }
        }
        Long total = null;
        Integer min = null;
        Integer max = null;
        if (budget) {
            total = euros("budget", in.budget());
            if (total == null || total < 1) {
                throw new InvalidParameterException("budget", "Geef het budget in hele euro's, meer dan € 0.");
            }
            min = count("minOptions", in.minOptions(), options.size());
            max = count("maxOptions", in.maxOptions(), options.size());
            if (min != null && max != null && min > max) {
                throw new InvalidParameterException("minOptions", "Het minimum aantal opties (" + min + ") is groter dan het maximum (" + max + ").");
            }
        }
        return new VoteSetup(method, options, maxChoices, total, min, max, Boolean.TRUE.equals(in.hideResultsUntilClosed()));
    }

    private static List<VoteSetup.Option> options(List<SetupInput.OptionInput> in, boolean budget, java.util.function.LongPredicate variants) {
        if (in == null || in.size() < 2) {
            throw new InvalidParameterException("options", "Geef minstens 2 opties om uit te kiezen.");
        }
        if (in.size() > MAX_OPTIONS) {
            throw new InvalidParameterException("options", "Hoogstens " + MAX_OPTIONS + " opties.");
        }
        Set<String> keys = new HashSet<>();
        List<VoteSetup.Option> options = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            SetupInput.OptionInput o = in.get(i);
            String field = "options[" + i + "]";
            if (o.key() == null || !KEY.matcher(o.key()).matches()) {
                throw new InvalidParameterException(field + ".key", "Een sleutel is 1 tot 40 letters, cijfers, - of _.");
            }
            if (!keys.add(o.key())) {
                throw new InvalidParameterException(field + ".key", "De sleutel '" + o.key() + "' komt twee keer voor.");
            }
            String label = o.label() == null ? "" : o.label().strip();
            if (label.isEmpty() || label.length() > 120) {
                throw new InvalidParameterException(field + ".label", "Geef de optie een naam van 1 tot 120 tekens.");
            }
            Long cost = euros(field + ".cost", o.cost());
            if (budget && cost == null) {
                throw new InvalidParameterException(field + ".cost", "Geef de kosten van de optie in hele euro's.");
            }
            if (o.variantId() != null && !variants.test(o.variantId())) {
                throw new InvalidParameterException(field + ".variantId", "Variant " + o.variantId()
                        + " is geen opgeslagen variant van deze ronde. Kies een variant uit deze ronde, of laat het veld leeg.");
            }
            options.add(new VoteSetup.Option(o.key(), label, budget ? cost : null, o.variantId()));
        }
        return List.copyOf(options);
    }

    private static Long euros(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(MAX_EUROS)) > 0) {
            throw new InvalidParameterException(field, "Geef een bedrag in hele euro's, van 0 tot " + Euros.of(MAX_EUROS) + ".");
        }
        return value.longValueExact();
    }

    private static Integer count(String field, Integer value, int options) {
        if (value != null && (value < 1 || value > options)) {
            throw new InvalidParameterException(field, "Een aantal opties van 1 tot " + options + ".");
        }
        return value;
    }
}
