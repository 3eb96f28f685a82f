package nl.stip.check;

import java.util.ArrayList;
import java.util.List;

import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedModel;
import nl.stip.design.ValidatedVolume;
import nl.stip.geo.GeoJson;
import nl.stip.platform.Texts;
import nl.stip.rules.LocationFacts;
import nl.stip.rules.Outcome;
import nl.stip.rules.Procedure;
import nl.stip.rules.ProcedureService;
import nl.stip.rules.RuleAreaView;
import org.springframework.stereotype.Service;

/**
 * The "Binnen de lijntjes scan": measures a validated design against the rules of the omgevingsplan where it stands
 * and says how the procedure goes and roughly what it costs. Stateless and deterministic: the same design gives the
 * same answer, verdicts always in the order of {@link Rules}. Per-volume geometry is JTS in RD New; the site
 * (parcels, existing buildings) is one PostGIS query, the rule areas came with the validated design.
 */
@Service
public class CheckService {

    private final PlanSiteQueries sites;
    private final Rules rules;
    private final ProcedureService procedures;
    private final Fees fees;
    private final Texts texts;
    private final SunlightVerdict sunlight;

    CheckService(PlanSiteQueries sites, Rules rules, ProcedureService procedures, Fees fees, Texts texts, SunlightVerdict sunlight) {
        this.sunlight = sunlight;
        this.sites = sites;
        this.rules = rules;
        this.procedures = procedures;
        this.fees = fees;
        this.texts = texts;
    }

    /** Checks the design against the initiator's own parcels, decided as {@code choice} says. */
    public CheckResult check(ValidatedDesign design, SiteChoice choice) {
        return check(design, choice, false);
    }

    /** As {@link #check(ValidatedDesign, SiteChoice)}, with the sun at the neighbours as the last verdict when asked. */
    public CheckResult check(ValidatedDesign design, SiteChoice choice, boolean withSunlight) {
        PlanSite site = sites.site(design.volumes(), choice);
        List<Verdict> verdicts = new ArrayList<>(rules.verdicts(design, site));
        if (withSunlight) {
            verdicts.add(sunlight.of(design));
        }
        int failed = (int) verdicts.stream().filter(v -> v.status().equals(Verdict.FAIL)).count();
        int attention = (int) verdicts.stream().filter(v -> v.status().equals(Verdict.ATTENTION)).count();
        List<String> notices = new ArrayList<>();
        boolean demo = site.demo() || design.volumes().stream().flatMap(v -> v.rules().areas().stream()).anyMatch(RuleAreaView::demo);
        if (demo) {
            notices.add(texts.get("lookup.demo-notice"));
        }
        notices.add(texts.get("check.notice"));
        List<CheckResult.ModelVolume> models = new ArrayList<>();
        for (ValidatedModel m : design.models()) {
            ValidatedVolume v = design.volumes().get(m.volume());
            String explanation = texts.get("check.model.derived", m.volume() + 1, m.index() + 1, m.filename(),
                    Texts.number(round(m.width())), Texts.number(round(m.depth())), Texts.number(round(v.height())));
            notices.add(explanation);
            models.add(new CheckResult.ModelVolume(m.index(), m.volume(), m.documentId(), m.filename(), GeoJson.wgs84(v.footprint()), m.box(),
                    round(v.baseHeight()), round(v.height()), round(m.width()), round(m.depth()), "bounding-box", explanation));
        }
        List<CheckResult.SiteParcel> own = new ArrayList<>();
        for (int i = 0; i < site.parcelIds().size(); i++) {
            own.add(new CheckResult.SiteParcel(site.parcelIds().get(i), site.parcels().get(i), site.outlines().get(i)));
        }
        return new CheckResult(design.activity(), failed == 0, failed, attention, verdicts, site.parcels(),
                new CheckResult.Site(site.chosenBy(), List.copyOf(own)), permit(design, failed == 0), List.copyOf(notices), List.copyOf(models), site.parcelIds());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The permit for the design's activity here; a design that breaks a rule is judged as such by the tables. */
    private Permit permit(ValidatedDesign design, boolean fitsRules) {
        List<RuleAreaView> areas = new ArrayList<>();
        for (ValidatedVolume v : design.volumes()) {
            areas.addAll(v.rules().areas());
        }
        // The place's function is that of the first volume's most specific area (first in the list); protections count
        // from any volume.
        LocationFacts facts = LocationFacts.of(areas);
        Procedure procedure = facts == null ? null : procedures.proceduresFor(facts, fitsRules).stream()
                .filter(p -> p.activity().equals(design.activity())).findFirst().orElse(null);
        if (procedure == null) {
            return new Permit(design.activity(), texts.get("check.activity.anders"), null, texts.get("check.outcome.unknown"),
                    texts.get("check.outcome.unknown.explanation"), texts.get("check.procedure.unknown"), null, null,
                    fees.estimate(null, design.volumes()));
        }
        return new Permit(procedure.activity(), procedure.activityLabel(), procedure.outcome(), procedure.outcomeLabel(),
                procedure.explanation(), procedure.procedure(),
                // an open or undecided outcome has no term: the plan then says "unknown", never "decided in 0 weeks"
                Outcome.find(procedure.outcome()).filter(Outcome::hasTerm).isPresent() ? procedure.legalTermWeeks() : null,
                procedure.decisionSource(),
                fees.estimate(procedure.outcome(), design.volumes()));
    }
}
