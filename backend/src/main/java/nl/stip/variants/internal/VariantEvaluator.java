package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.check.CheckResult;
import nl.stip.check.CheckService;
import nl.stip.check.SiteChoice;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.design.ValidatedDesign;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.participation.RoundSummary;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.variants.IndicatorValue;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks and measures a variant: the design validator and the plan's own check ({@link CheckService} with the plan's
 * parcels as "uw perceel", as plans checks a version), then the round's bounds, the palette objects and the indicators —
 * also of the plan's current design (the original), remembered per plan version.
 */
@Component
class VariantEvaluator {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final PlanDirectory plans;
    private final DesignValidator validator;
    private final CheckService checks;
    private final ObjectPlacer placer;
    private final Indicators indicators;
    private final JsonMapper json;
    private final Map<String, List<IndicatorValue>> originals = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<IndicatorValue>> eldest) {
            return size() > 200;
        }
    });

    VariantEvaluator(PlanDirectory plans, DesignValidator validator, CheckService checks, ObjectPlacer placer, Indicators indicators,
                     JsonMapper json) {
        this.plans = plans;
        this.validator = validator;
        this.checks = checks;
        this.placer = placer;
        this.indicators = indicators;
        this.json = json;
    }

    Evaluation evaluate(RoundSummary round, Bounds bounds, VariantViews.NewVariant body) {
        if (body == null || body.design() == null) {
            throw new InvalidParameterException("design", "Stuur een ontwerp mee (activity en volumes)");
        }
        PlanFacts plan = plans.find(round.planId()).orElseThrow();
        Design design = body.design().activity() == null ? body.design().withActivity(plan.activity()) : body.design();
        if (design.models() != null && !design.models().isEmpty()) {
            throw new InvalidParameterException("design.models", "Een variant bestaat uit bouwdelen en objecten; 3D-modellen kunnen er niet in");
        }
        ValidatedDesign validated = validator.validate(design);
        BoundsCheck.require(bounds, validated.volumes());
        Geometry area = bounds.area() != null ? bounds.area() : plans.area(round.planId()).orElse(null);
        List<PlacedObject> objects = placer.place(body.objects(), validated.volumes(), area);
        CheckResult check = checks.check(validated, SiteChoice.plan(plans.parcelIds(round.planId())));
        List<IndicatorValue> values = indicators.compute(new IndicatorContext(validated, objects, parcels(check), check));
        return new Evaluation(design, objects, check, values, original(plan));
    }

    /** The indicators of the plan's current design; empty when it has none that can be measured. */
    List<IndicatorValue> original(PlanFacts plan) {
        if (plan.currentVersion() == 0) {
            return List.of();
        }
        return originals.computeIfAbsent(plan.id() + ":" + plan.currentVersion(), key -> {
            JsonNode saved = plans.design(plan.id(), 0).orElse(null);
            if (saved == null) {
                return List.of();
            }
            Design design = json.treeToValue(saved, Design.class);
            // Placed models need the plan's documents: the original is measured by its drawn volumes.
            design = new Design(design.activity() == null ? plan.activity() : design.activity(), design.volumes(), null);
            if (design.volumes() == null || design.volumes().isEmpty()) {
                return List.of();
            }
            ValidatedDesign validated = validator.validate(design);
            CheckResult check = checks.check(validated, SiteChoice.plan(plans.parcelIds(plan.id())));
            return indicators.compute(new IndicatorContext(validated, List.of(), parcels(check), check));
        });
    }

    /** The plan's parcels as the check chose them ("uw perceel"), in RD New; null when there are none. */
    private static Geometry parcels(CheckResult check) {
        if (check.site() == null || check.site().parcels().isEmpty()) {
            return null;
        }
        List<Geometry> parts = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader(WGS84);
        for (CheckResult.SiteParcel p : check.site().parcels()) {
            try {
                parts.add(CrsTransform.wgs84ToRd(reader.read(p.geometry())));
            } catch (ParseException e) {
                throw new IllegalStateException("the check gave a parcel outline that is not GeoJSON", e);
            }
        }
        return Rd.GEOMETRY.buildGeometry(parts).union();
    }
}
