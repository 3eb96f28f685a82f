package nl.stip.lookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.platform.Texts;
import nl.stip.rules.Norm;
import nl.stip.rules.RuleAreaView;
import nl.stip.rules.RulePlanView;

/**
 * The plan part of "Stip op de kaart": from the plan objects at a point (the deciding plan's first, as
 * {@code RuleAreaQueries.at} gives them), what the deciding plan sets there, headline first.
 */
final class PlanAnswers {

    /** The norms the headline names, in this order. */
    private static final List<String> HEADLINE_NORMS = List.of("max-hoogte", "max-goothoogte", "max-bebouwingspercentage");

    private PlanAnswers() {
    }

    /** Null when no plan object lies at the point. */
    static LookupAnswer.PlanAnswer of(List<RuleAreaView> areas, Texts texts) {
        if (areas.isEmpty()) {
            return null;
        }
        RulePlanView decides = areas.get(0).plan();
        Map<String, RulePlanView> others = new LinkedHashMap<>();
        List<RuleAreaView> deciding = new ArrayList<>();
        for (RuleAreaView a : areas) {
            if (a.plan().deciding()) {
                deciding.add(a);
            } else {
                others.putIfAbsent(a.plan().identificatie(), a.plan());
            }
        }
        RuleAreaView bestemming = first(deciding, "bestemming");
        RuleAreaView bouwvlak = first(deciding, "bouwvlak");
        List<RuleAreaView> maatvoeringen = of(deciding, "maatvoering");
        List<RuleAreaView> aanduidingen = deciding.stream()
                .filter(a -> a.kind().endsWith("aanduiding") || a.kind().equals("figuur")).toList();
        List<RuleAreaView> dubbel = of(deciding, "dubbelbestemming");

        List<String> parts = new ArrayList<>();
        if (bouwvlak != null) {
            parts.add(texts.get("lookup.plan.bouwvlak"));
        }
        for (String key : HEADLINE_NORMS) {
            strictest(deciding, key).ifPresent(value -> parts.add(texts.get("measure.short." + key, Texts.number(value))));
        }
        String name = bestemming == null ? texts.get("lookup.plan.no-bestemming") : bestemming.name();
        String headline = parts.isEmpty() ? name : texts.get("lookup.plan.headline", name, String.join(", ", parts));

        List<String> note = new ArrayList<>();
        note.add(decides.planstatus() == null || decides.planDate() == null ? texts.get("lookup.plan.decides.undated", decides.naam())
                : texts.get("lookup.plan.decides", decides.naam(), decides.planstatus(), decides.planDate()));
        if (!decides.adopted()) {
            note.add(texts.get("lookup.plan.not-adopted", decides.naam(), decides.planstatus()));
        }
        if (!others.isEmpty()) {
            note.add(texts.get("lookup.plan.also", String.join(", ", others.values().stream().map(RulePlanView::naam).toList())));
        }
        return new LookupAnswer.PlanAnswer(headline, String.join(" ", note), decides, List.copyOf(others.values()), bestemming, bouwvlak,
                maatvoeringen, aanduidingen, dubbel);
    }

    private static RuleAreaView first(List<RuleAreaView> areas, String kind) {
        return areas.stream().filter(a -> a.kind().equals(kind)).findFirst().orElse(null);
    }

    private static List<RuleAreaView> of(List<RuleAreaView> areas, String kind) {
        return areas.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    /** The lowest value of a maximum over the deciding plan's objects at the point. */
    private static java.util.Optional<Double> strictest(List<RuleAreaView> areas, String key) {
        return areas.stream().flatMap(a -> a.norms().stream()).filter(n -> n.key().equals(key)).map(Norm::value).min(Double::compare);
    }
}
