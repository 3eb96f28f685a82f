package nl.stip.lookup;

import java.util.ArrayList;
import java.util.List;

import nl.stip.addresses.AddressQueries;
import nl.stip.addresses.AddressView;
import nl.stip.buildings.BuildingQueries;
import nl.stip.buildings.BuildingView;
import nl.stip.parcels.ParcelQueries;
import nl.stip.parcels.ParcelView;
import nl.stip.platform.Texts;
import nl.stip.rules.FeeTable;
import nl.stip.rules.LocationFacts;
import nl.stip.rules.Outcome;
import nl.stip.rules.Procedure;
import nl.stip.rules.ProcedureService;
import nl.stip.rules.RuleAreaQueries;
import nl.stip.rules.RuleAreaView;
import org.springframework.stereotype.Service;

/** Gathers what is here (parcel, buildings, addresses), what may be built (rule areas) and how it goes (procedures). */
@Service
class LookupService {

    private final ParcelQueries parcels;
    private final BuildingQueries buildings;
    private final AddressQueries addresses;
    private final RuleAreaQueries rules;
    private final ProcedureService procedures;
    private final FeeTable fees;
    private final Texts texts;

    LookupService(ParcelQueries parcels, BuildingQueries buildings, AddressQueries addresses, RuleAreaQueries rules,
                  ProcedureService procedures, FeeTable fees, Texts texts) {
        this.parcels = parcels;
        this.buildings = buildings;
        this.addresses = addresses;
        this.rules = rules;
        this.procedures = procedures;
        this.fees = fees;
        this.texts = texts;
        // A typical size that cannot be read stops the start with its reason, not a lookup later.
        procedures.activityKeys().forEach(fees::example);
    }

    LookupAnswer lookup(LookupPoint point) {
        List<RuleAreaView> areas = point.inRdDomain() ? rules.at(point.x(), point.y()) : List.of();
        ParcelQueries.Located located = point.inRdDomain() ? parcels.locate(point.x(), point.y()).orElse(null) : null;
        ParcelView parcel = located == null ? null : located.view();
        List<BuildingView> here = point.inRdDomain() ? buildings.at(point.x(), point.y()) : List.of();
        if (here.isEmpty() && parcel != null) {
            here = buildings.onParcel(located.geometry());
        }
        if (areas.isEmpty() && parcel == null && here.isEmpty()) {
            return new LookupAnswer(point, false, texts.get("lookup.outside"), null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), null);
        }
        List<AddressView> addressList = addresses.forBuildingsOrParcel(here.stream().map(BuildingView::identificatie).toList(),
                located == null ? null : located.geometry());
        LocationFacts facts = LocationFacts.of(areas);
        List<Procedure> procedureList = facts == null ? List.of() : procedures.proceduresFor(facts);
        LookupAnswer.PlanAnswer plan = PlanAnswers.of(areas, texts);
        LookupAnswer.Summary summary = new LookupAnswer.Summary(hereHeadline(parcel, here),
                plan != null && plan.bestemming() != null && plan.bestemming().imroId() != null ? plan.headline() : allowedHeadline(areas),
                procedureHeadline(procedureList));
        List<String> notices = notices(parcel, here, areas);
        if (plan != null && (!plan.alsoApplicable().isEmpty() || !plan.decides().adopted())) {
            notices.add(plan.note());
        }
        return new LookupAnswer(point, true, parcel == null ? texts.get("lookup.no-parcel") : null, summary, parcel, here,
                addressList, areas, procedureList, notices, howItGoes(procedureList), plan);
    }

    private List<LookupAnswer.HowItGoes> howItGoes(List<Procedure> list) {
        return list.stream().map(p -> {
            String term = texts.get("lookup.how.term." + p.outcome(), p.legalTermWeeks());
            if (Outcome.find(p.outcome()).filter(Outcome::hasTerm).isEmpty()) {
                // open, undecided or only "ask the municipality": no example fee, the procedure's own fee line
                return new LookupAnswer.HowItGoes(p.activity(), p.activityLabel(), p.outcome(), p.outcomeLabel(), term, null, p.feeBasis());
            }
            var size = fees.example(p.activity());
            long amount = fees.amount(p.outcome(), size.map(FeeTable.ExampleSize::volumeM3).orElse(0.0));
            String fee = amount == 0 ? texts.get("lookup.how.fee.none")
                    : size.map(s -> texts.get("lookup.how.fee.example", Texts.number(s.length()), Texts.number(s.width()),
                            Texts.number(s.height()), Texts.number(amount)))
                    .orElseGet(() -> texts.get("lookup.how.fee.base", Texts.number(amount)));
            return new LookupAnswer.HowItGoes(p.activity(), p.activityLabel(), p.outcome(), p.outcomeLabel(), term,
                    amount, fee);
        }).toList();
    }

    private String hereHeadline(ParcelView parcel, List<BuildingView> here) {
        List<String> parts = new ArrayList<>();
        if (parcel != null) {
            parts.add(texts.get("summary.here.parcel", parcel.kadastraleAanduiding(), Texts.number(parcel.areaM2())));
        }
        if (!here.isEmpty()) {
            BuildingView main = here.get(0);
            parts.add(main.bouwjaar() == null ? texts.get("summary.here.building-unknown-year", main.status())
                    : texts.get("summary.here.building", String.valueOf(main.bouwjaar()), main.status()));
        }
        return parts.isEmpty() ? texts.get("summary.here.nothing") : String.join(", ", parts);
    }

    private String allowedHeadline(List<RuleAreaView> areas) {
        if (areas.isEmpty()) {
            return texts.get("summary.allowed.none");
        }
        String headline = areas.get(0).headline();
        List<String> protections = areas.stream().flatMap(a -> a.protections().stream()).distinct()
                .map(p -> texts.get("protection." + p)).toList();
        return protections.isEmpty() ? headline : headline + ". " + texts.get("summary.allowed.protected", String.join(", ", protections));
    }

    private String procedureHeadline(List<Procedure> list) {
        if (list.isEmpty()) {
            return texts.get("summary.procedure.none");
        }
        return String.join("; ", list.stream().map(p -> p.activityLabel() + ": " + p.outcomeLabel().toLowerCase(Texts.DUTCH)).toList());
    }

    private List<String> notices(ParcelView parcel, List<BuildingView> here, List<RuleAreaView> areas) {
        List<String> notices = new ArrayList<>();
        if ((parcel != null && parcel.demo()) || areas.stream().anyMatch(RuleAreaView::demo)) {
            notices.add(texts.get("lookup.demo-notice"));
        }
        here.stream().filter(b -> "estimated".equals(b.heightSource()))
                .forEach(b -> notices.add(texts.get("lookup.estimated-height", b.identificatie())));
        return notices;
    }
}
