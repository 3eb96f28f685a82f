package nl.stip.variants.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.stip.design.DesignValidator;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.GeoJson;
import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import nl.stip.plans.PlanDirectory;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The planner sets a round's bounds (before the first variant is saved); readers of the round see them with the palette. */
@Service
class BoundsService {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final RoundGate gate;
    private final BoundsStore store;
    private final VariantStore variants;
    private final PlanDirectory plans;
    private final JsonMapper json;

    BoundsService(RoundGate gate, BoundsStore store, VariantStore variants, PlanDirectory plans, JsonMapper json) {
        this.gate = gate;
        this.store = store;
        this.variants = variants;
        this.plans = plans;
        this.json = json;
    }

    @Transactional
    VariantViews.BoundsView set(Authentication who, long roundId, VariantViews.BoundsBody body) {
        RoundSummary round = gate.forPlanner(roundId, who);
        if (!"draft".equals(round.state()) && !"open".equals(round.state())) {
            throw new ProblemException(HttpStatus.CONFLICT, "round-not-open", "De grenzen kunnen alleen worden gezet voordat de ronde sluit.");
        }
        if (body == null) {
            throw new InvalidParameterException("body", "Stuur minHeight, maxHeight, area en keepVolumes mee");
        }
        double min = level(body.minHeight(), "minHeight", 0);
        double max = level(body.maxHeight(), "maxHeight", DesignValidator.MAX_HEIGHT_M);
        if (min > max) {
            throw new InvalidParameterException("minHeight", "De minimale hoogte is hoger dan de maximale hoogte");
        }
        Polygon area = area(body.area());
        int volumes = plans.design(round.planId(), 0).map(d -> d.path("volumes").size()).orElse(0);
        List<Integer> keep = body.keepVolumes() == null ? List.of() : body.keepVolumes();
        for (int i = 0; i < keep.size(); i++) {
            Integer k = keep.get(i);
            if (k == null || k < 0 || k >= volumes) {
                throw new InvalidParameterException("keepVolumes[" + i + "]", "Het ontwerp van het plan heeft geen bouwdeel " + k
                        + " (de bouwdelen tellen vanaf 0, tot " + volumes + ")");
            }
        }
        store.lock(roundId); // a variant being saved holds it until it commits: then it is seen here
        if (variants.anyInRound(roundId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "variants-exist",
                    "Er is al een variant opgeslagen in deze ronde: de grenzen liggen nu vast.");
        }
        Bounds bounds = new Bounds(min, max, area, keep.stream().distinct().sorted().toList());
        store.save(roundId, bounds);
        return view(bounds, true, plans.area(round.planId()).orElse(null));
    }

    @Transactional(readOnly = true)
    VariantViews.BoundsView get(Authentication who, long roundId) {
        RoundSummary round = gate.readable(roundId, who);
        Geometry planArea = plans.area(round.planId()).orElse(null);
        return store.find(roundId).map(b -> view(b, true, planArea)).orElseGet(() -> view(Bounds.NONE, false, planArea));
    }

    Bounds of(long roundId) {
        return store.find(roundId).orElse(Bounds.NONE);
    }

    private static double level(Double value, String field, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!Double.isFinite(value) || value < 0 || value > DesignValidator.MAX_HEIGHT_M) {
            throw new InvalidParameterException(field, "Een hoogte van 0 tot " + (int) DesignValidator.MAX_HEIGHT_M + " m");
        }
        return value;
    }

    private Polygon area(Map<String, Object> geoJson) {
        if (geoJson == null) {
            return null;
        }
        Geometry read;
        try {
            read = new GeoJsonReader(WGS84).read(json.writeValueAsString(geoJson));
        } catch (ParseException | RuntimeException e) {
            throw new InvalidParameterException("area", "Het gebied is geen GeoJSON-vlak (Polygon) in lengte- en breedtegraad");
        }
        if (!(read instanceof Polygon polygon) || !polygon.isValid() || polygon.isEmpty()) {
            throw new InvalidParameterException("area", "Het gebied moet één geldig vlak (Polygon) zijn dat zichzelf niet snijdt");
        }
        Polygon rd = CrsTransform.wgs84ToRd(polygon);
        if (rd.getArea() < 1 || rd.getArea() > 1_000_000) {
            throw new InvalidParameterException("area", "Het gebied moet tussen 1 m² en 100 ha groot zijn");
        }
        return nl.stip.geo.Rd.GEOMETRY.createPolygon(rd.getCoordinates());
    }

    /** The view of the bounds; {@code planArea} (RD New, may be null) is where objects lie when the planner drew no area. */
    static VariantViews.BoundsView view(Bounds b, boolean set, Geometry planArea) {
        List<VariantViews.PaletteItem> palette = new ArrayList<>();
        Arrays.stream(PaletteKind.values()).forEach(k ->
                palette.add(new VariantViews.PaletteItem(k.key, k.label, k.width, k.depth, k.footprintM2(), k.height, k.onRoof)));
        return new VariantViews.BoundsView(set ? b.minHeight() : null, set ? b.maxHeight() : null,
                b.area() == null ? null : GeoJson.wgs84(b.area()), b.keepVolumes(), set, List.copyOf(palette),
                b.area() != null ? GeoJson.wgs84(b.area()) : planArea == null ? null : GeoJson.wgs84(planArea));
    }
}
