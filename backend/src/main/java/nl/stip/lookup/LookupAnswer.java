package nl.stip.lookup;

import java.util.List;

import nl.stip.addresses.AddressView;
import nl.stip.buildings.BuildingView;
import nl.stip.parcels.ParcelView;
import nl.stip.rules.Procedure;
import nl.stip.rules.RuleAreaView;
import nl.stip.rules.RulePlanView;

/**
 * "Stip op de kaart": everything known at one point, headline first. {@code summary} holds the three headlines (what
 * is here, what may I build, how does it go); the parts behind it hold the detail. {@code notices} says where data is
 * derived, estimated or demo; {@code message} explains an empty answer. {@code rules} lists every plan object at the
 * point (the deciding plan's first); {@code plan} says which plan decides here and what it sets, object by object.
 */
public record LookupAnswer(LookupPoint point, boolean inside, String message, Summary summary, ParcelView parcel,
                           List<BuildingView> buildings, List<AddressView> addresses, List<RuleAreaView> rules,
                           List<Procedure> procedures, List<String> notices, List<HowItGoes> howItGoes, PlanAnswer plan) {

    /**
     * What the plan that decides here sets at the point, headline first ("Wonen — bouwvlak, max. 10 m hoog, goot 6 m"):
     * the deciding plan (the most recent adopted one where plans overlap) and the others that are "ook van toepassing",
     * then its bestemming, the bouwvlak the point lies in (null outside one), the maatvoeringen, the aanduidingen and the
     * dubbelbestemmingen, each with its citation. {@code note} says which plan decides (and whether it is adopted yet).
     */
    public record PlanAnswer(String headline, String note, RulePlanView decides, List<RulePlanView> alsoApplicable,
                             RuleAreaView bestemming, RuleAreaView bouwvlak, List<RuleAreaView> maatvoeringen,
                             List<RuleAreaView> aanduidingen, List<RuleAreaView> dubbelbestemmingen) {
    }

    /**
     * "Hoe gaat het?" for one activity, short: the outcome, the term in words, and an example fee for a typical size
     * from the fee table ({@code exampleFee}: the estimate in euros, {@code feeText}: the line with "voorbeeld, geschat").
     */
    public record HowItGoes(String activity, String activityLabel, String outcome, String outcomeLabel, String term,
                            Long exampleFee, String feeText) {
    }

    /** The headlines of "gelaagd aanbieden". */
    public record Summary(String here, String allowed, String procedure) {
    }
}
