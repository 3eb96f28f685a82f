package nl.stip.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stip.platform.Texts;
import nl.stip.rules.dmn.DmnDecisions;
import nl.stip.rules.dmn.Question;

/**
 * Which question of the toepasbare regels is which quantity Stip can measure ({@code stip.rules.questions}): entries
 * {@code <question>=<quantity>[<op><number>]} separated by ';' or new lines. {@code <question>} is a question's id (the
 * inputData name), its STTR uitvoeringsregel id, or the werkingsgebied a geoVerwijzing names. Quantities of the design:
 * {@code area-m2} (footprint area), {@code height-m} (highest point), {@code boundary-distance-m} (to the boundary of the
 * parcel under it); of the location: {@code protection:<monument|beschermd-stadsgezicht>}, {@code function:<name>}
 * (from the rule areas there) and {@code area:<name>} (whether a plan object of that name, code or IMRO id lies there:
 * how a geoVerwijzing's werkingsgebied is answered from an IMRO plan, e.g. {@code area:Waarde - Archeologie 2}). A number quantity answers a number question as it is, or a yes/no question through a
 * comparison ({@code height-m>5}). Unmapped questions are asked. A mapping that names no question, or does not fit the
 * question's type, stops the start naming the entry.
 */
public final class QuestionMapping {

    private static final Pattern ENTRY = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(area:[^<>=;\\n]*[^<>=;\\n\\s]|[a-z0-9:\\-]+?)\\s*(?:(<=|>=|<|>)\\s*(-?[0-9]+(?:\\.[0-9]+)?))?\\s*");
    static final List<String> DESIGN_QUANTITIES = List.of("area-m2", "height-m", "boundary-distance-m");

    /** What the design measures (metres, square metres); null where there is no design or no parcel. */
    public record Measures(Double areaM2, Double heightM, Double boundaryDistanceM) {
        public static final Measures NONE = new Measures(null, null, null);

        Double get(String quantity) {
            return switch (quantity) {
                case "area-m2" -> areaM2;
                case "height-m" -> heightM;
                case "boundary-distance-m" -> boundaryDistanceM;
                default -> null;
            };
        }
    }

    /**
     * A value Stip filled in: {@code source} "design" or "location", {@code basis} what it was measured or read as
     * (plain Dutch, e.g. "hoogte 6,2 m"), so the viewer can say "ingevuld uit uw ontwerp" and let it be changed.
     */
    public record Prefill(Object value, String source, String basis) {
    }

    private record Mapped(String entry, String quantity, String op, Double threshold) {
    }

    private final Map<String, Mapped> byRef = new LinkedHashMap<>();

    /** Parses and checks the mapping against the loaded questions. */
    QuestionMapping(String property, DmnDecisions decisions) {
        if (property == null) {
            return;
        }
        for (String entry : property.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalStateException("stip.rules.questions: '" + entry.strip() + "' is not <question>=<quantity>[<op><number>]");
            }
            String quantity = m.group(2);
            boolean design = DESIGN_QUANTITIES.contains(quantity);
            if (!design && !quantity.startsWith("protection:") && !quantity.startsWith("function:") && !quantity.startsWith("area:")) {
                throw new IllegalStateException("stip.rules.questions: '" + entry.strip() + "' names unknown quantity '" + quantity
                        + "' (known: " + String.join(", ", DESIGN_QUANTITIES) + ", protection:<key>, function:<name>, area:<name>)");
            }
            if (quantity.startsWith("area:") && quantity.substring("area:".length()).isBlank()) {
                throw new IllegalStateException("stip.rules.questions: '" + entry.strip() + "': area: needs the name, code or IMRO id of a plan object");
            }
            if (quantity.startsWith("protection:") && !List.of(RuleAreaView.Protection.MONUMENT, RuleAreaView.Protection.BESCHERMD_STADSGEZICHT)
                    .contains(quantity.substring("protection:".length()))) {
                throw new IllegalStateException("stip.rules.questions: '" + entry.strip() + "': the protections Stip knows are "
                        + RuleAreaView.Protection.MONUMENT + " and " + RuleAreaView.Protection.BESCHERMD_STADSGEZICHT);
            }
            if (!design && m.group(3) != null) {
                throw new IllegalStateException("stip.rules.questions: '" + entry.strip() + "': only a number quantity can be compared");
            }
            byRef.put(m.group(1), new Mapped(entry.strip(), quantity, m.group(3), m.group(4) == null ? null : Double.valueOf(m.group(4))));
        }
        check(decisions);
    }

    private void check(DmnDecisions decisions) {
        for (Mapped mapped : byRef.values()) {
            List<Question> asked = decisions.activities().stream().flatMap(a -> a.questions().stream())
                    .filter(q -> mapped(q).orElse(null) == mapped).toList();
            if (asked.isEmpty()) {
                throw new IllegalStateException("stip.rules.questions: '" + mapped.entry() + "' names no question of the DMN files");
            }
            for (Question q : asked) {
                boolean number = DESIGN_QUANTITIES.contains(mapped.quantity()) && mapped.op() == null;
                String wanted = number ? Question.NUMBER : Question.BOOLEAN;
                if (!q.type().equals(wanted)) {
                    throw new IllegalStateException("stip.rules.questions: '" + mapped.entry() + "' gives a " + wanted
                            + " answer, but question '" + q.id() + "' (" + q.text() + ") asks for " + q.type());
                }
            }
        }
    }

    private Optional<Mapped> mapped(Question q) {
        for (String ref : new String[] {q.id(), q.ruleId(), q.location()}) {
            if (ref != null && byRef.containsKey(ref)) {
                return Optional.of(byRef.get(ref));
            }
        }
        return Optional.empty();
    }

    /** Whether the mapping names this question at all. */
    public boolean isMapped(Question q) {
        return mapped(q).isPresent();
    }

    /** The value Stip knows for a question at a place (facts null: no rule area) and of a design; empty if unknown. */
    public Optional<Prefill> prefill(Question q, LocationFacts facts, Measures measures, Texts texts) {
        Optional<Mapped> found = mapped(q);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mapped m = found.get();
        if (m.quantity().startsWith("protection:")) {
            if (facts == null) {
                return Optional.empty();
            }
            String key = m.quantity().substring("protection:".length());
            boolean yes = switch (key) {
                case RuleAreaView.Protection.MONUMENT -> facts.monument();
                case RuleAreaView.Protection.BESCHERMD_STADSGEZICHT -> facts.beschermdStadsgezicht();
                default -> false;
            };
            return Optional.of(new Prefill(yes, "location", texts.get(yes ? "questions.basis.protection.yes" : "questions.basis.protection.no",
                    texts.get("protection." + key))));
        }
        if (m.quantity().startsWith("area:")) {
            if (facts == null) {
                return Optional.empty();
            }
            String area = m.quantity().substring("area:".length()).strip();
            boolean yes = facts.liesIn(area);
            return Optional.of(new Prefill(yes, "location", texts.get(yes ? "questions.basis.area.yes" : "questions.basis.area.no", area)));
        }
        if (m.quantity().startsWith("function:")) {
            if (facts == null || facts.functie() == null) {
                return Optional.empty();
            }
            String function = m.quantity().substring("function:".length());
            return Optional.of(new Prefill(function.equals(facts.functie()), "location", texts.get("questions.basis.function", facts.functie())));
        }
        Double measured = measures == null ? null : measures.get(m.quantity());
        if (measured == null) {
            return Optional.empty();
        }
        double rounded = Math.round(measured * 100) / 100.0;
        String basis = texts.get("questions.basis." + m.quantity(), Texts.number(rounded));
        if (m.op() == null) {
            return Optional.of(new Prefill(rounded, "design", basis));
        }
        double t = m.threshold();
        boolean yes = switch (m.op()) {
            case ">" -> measured > t;
            case ">=" -> measured >= t;
            case "<" -> measured < t;
            default -> measured <= t;
        };
        return Optional.of(new Prefill(yes, "design", basis));
    }
}
