package nl.stip.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.lookup.LookupPoint;
import nl.stip.parcels.ParcelQueries;
import nl.stip.platform.Texts;
import nl.stip.platform.web.NotFoundException;
import nl.stip.plans.PlanDirectory;
import nl.stip.rules.LocationFacts;
import nl.stip.rules.Procedure;
import nl.stip.rules.ProcedureService;
import nl.stip.rules.QuestionMapping;
import nl.stip.rules.RuleAreaQueries;
import nl.stip.rules.RuleAreaView;
import nl.stip.rules.dmn.DmnDecisions;
import nl.stip.rules.dmn.Question;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds an activity's questionnaire for a place: what the location (its rule areas) and a design (its footprint
 * area, height and distance to the parcel boundary) already answer, through {@link QuestionMapping}, then the caller's
 * answers over that, decided by {@link ProcedureService}. Stores nothing.
 */
@Service
class QuestionnaireService {

    /** What is known where the questions are asked: the place's facts (null: no rule area) and the design's measures. */
    record Place(LocationFacts facts, QuestionMapping.Measures measures, List<String> notices) {
        static final Place NOWHERE = new Place(null, QuestionMapping.Measures.NONE, List.of());
    }

    private final ProcedureService procedures;
    private final DesignValidator validator;
    private final RuleAreaQueries ruleAreas;
    private final ParcelQueries parcels;
    private final PlanDirectory plans;
    private final JsonMapper json;
    private final Texts texts;

    QuestionnaireService(ProcedureService procedures, DesignValidator validator, RuleAreaQueries ruleAreas, ParcelQueries parcels,
                         PlanDirectory plans, JsonMapper json, Texts texts) {
        this.procedures = procedures;
        this.validator = validator;
        this.ruleAreas = ruleAreas;
        this.parcels = parcels;
        this.plans = plans;
        this.json = json;
        this.texts = texts;
    }

    DmnDecisions.Activity activity(String key) {
        return procedures.activity(key).orElseThrow(() -> new NotFoundException("No activity '" + key + "' in the toepasbare regels"));
    }

    Place at(LookupPoint point) {
        if (!point.inRdDomain()) {
            return Place.NOWHERE;
        }
        return new Place(LocationFacts.of(ruleAreas.at(point.x(), point.y())), QuestionMapping.Measures.NONE, List.of());
    }

    /** A design drawn in the viewer, checked as the plan check checks it (400 naming the member when it is wrong). */
    Place of(Design design, String key) {
        return measure(validator.validate(design.withActivity(key)), List.of());
    }

    /** The current design of a plan the caller may see (else 404, as the plans API answers); placed models are not measured. */
    Place ofPlan(Authentication who, long id, String key) {
        if (plans.partOf(who, id).isEmpty()) {
            throw new NotFoundException("No plan " + id);
        }
        var saved = plans.design(id, 0);
        if (saved.isEmpty()) {
            return new Place(null, QuestionMapping.Measures.NONE, List.of(texts.get("questions.notice.no-design")));
        }
        Design design = json.treeToValue(saved.get(), Design.class);
        List<String> notices = new ArrayList<>();
        if (design.models() != null && !design.models().isEmpty()) {
            notices.add(texts.get("questions.notice.models"));
        }
        if (design.volumes() == null || design.volumes().isEmpty()) {
            notices.add(texts.get("questions.notice.no-design"));
            return new Place(null, QuestionMapping.Measures.NONE, notices);
        }
        return measure(validator.validate(new Design(key, design.volumes(), null)), notices);
    }

    private Place measure(ValidatedDesign design, List<String> notices) {
        List<RuleAreaView> areas = new ArrayList<>();
        List<Geometry> footprints = new ArrayList<>();
        double height = 0;
        for (ValidatedVolume v : design.volumes()) {
            areas.addAll(v.rules().areas());
            footprints.add(v.footprint());
            height = Math.max(height, v.height());
        }
        Geometry union = footprints.get(0).getFactory().buildGeometry(footprints).union();
        Point inside = footprints.get(0).getInteriorPoint();
        Double distance = parcels.locate(inside.getX(), inside.getY())
                .filter(parcel -> parcel.geometry().covers(union))
                .map(parcel -> union.distance(parcel.geometry().getBoundary()))
                .orElse(null);
        return new Place(LocationFacts.of(areas), new QuestionMapping.Measures(union.getArea(), height, distance), notices);
    }

    Questionnaire questionnaire(String key, Place place, Map<String, Object> answers) {
        DmnDecisions.Activity activity = activity(key);
        Map<String, QuestionMapping.Prefill> known = procedures.prefill(key, place.facts(), null, place.measures());
        List<Questionnaire.Item> items = new ArrayList<>();
        for (Question q : activity.questions()) {
            QuestionMapping.Prefill prefill = known.get(q.id());
            boolean answered = answers.containsKey(q.id());
            boolean prefilled = !answered && prefill != null;
            Object value = answered ? answers.get(q.id()) : prefilled ? prefill.value() : null;
            items.add(new Questionnaire.Item(q.id(), q.text(), q.type(), q.options(), q.explanation(), q.location(), value,
                    answered, prefilled, prefilled ? prefill.source() : null,
                    prefilled ? texts.get("questions.prefilled." + prefill.source()) : null,
                    prefill == null ? null : prefill.basis(), procedures.isMapped(q)));
        }
        Procedure conclusion = procedures.decide(key, place.facts(), null, place.measures(), new LinkedHashMap<>(answers));
        return new Questionnaire(activity.key(), activity.label(), activity.file(), List.copyOf(items), conclusion, place.notices());
    }
}
