package nl.stip.lookup;

import java.util.List;

import nl.stip.addresses.AddressView;
import nl.stip.buildings.BuildingView;
import nl.stip.parcels.ParcelView;
import nl.stip.rules.Procedure;
import nl.stip.rules.RuleAreaView;

/**
 * "Stip op de kaart": everything known at one point, headline first. {@code summary} holds the three headlines (what
 * is here, what may I build, how does it go); the parts behind it hold the detail. {@code notices} says where data is
 * derived, estimated or demo; {@code message} explains an empty answer.
 */
public record LookupAnswer(LookupPoint point, boolean inside, String message, Summary summary, ParcelView parcel,
                           List<BuildingView> buildings, List<AddressView> addresses, List<RuleAreaView> rules,
                           List<Procedure> procedures, List<String> notices, List<HowItGoes> howItGoes) {

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
