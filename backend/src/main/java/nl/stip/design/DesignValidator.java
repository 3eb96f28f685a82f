package nl.stip.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.rules.FootprintRules;
import nl.stip.rules.ProcedureService;
import nl.stip.rules.RuleAreaQueries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.stereotype.Component;

/**
 * Checks a design at the boundary and turns it into RD New: every refusal names where ({@code volumes[2].footprint})
 * and what ("corner 3 …"), so the editor can point at it. Checks that need no database run first; the rule areas
 * under all footprints are then read in one query.
 */
@Component
public class DesignValidator {

    public static final int MAX_VOLUMES = 50;
    public static final double MAX_AREA_M2 = 20_000;
    public static final double MIN_AREA_M2 = 0.01;
    public static final double MAX_SIDE_M = 500;
    public static final double MAX_HEIGHT_M = 150;
    /** The lowest top of a volume, and the least a volume is tall: nothing is built thinner than 10 cm. */
    public static final double MIN_HEIGHT_M = 0.1;
    /** A level above ground (base, eaves) is 0 (on the ground) or at least 1 cm: no 1e-300 m. */
    public static final double MIN_LEVEL_M = 0.01;

    private final RuleAreaQueries ruleAreas;
    private final Set<String> activities = new TreeSet<>();

    DesignValidator(RuleAreaQueries ruleAreas, ProcedureService procedures) {
        this.ruleAreas = ruleAreas;
        activities.addAll(procedures.activityKeys());
        activities.add(ValidatedDesign.OTHER_ACTIVITY);
    }

    /** The activities a design (and a plan) may name: those of the toepasbare regels, and "anders". */
    public Set<String> activities() {
        return java.util.Collections.unmodifiableSet(activities);
    }

    /** A design outside a plan: drawn volumes only (models need the plan's documents). */
    public ValidatedDesign validate(Design design) {
        return validate(design, null);
    }

    /** A design of a plan whose models are documents found through {@code files} (null: outside a plan). */
    public ValidatedDesign validate(Design design, ModelFiles files) {
        if (design == null) {
            throw new InvalidParameterException("body", "no design: send a JSON object with activity and volumes");
        }
        if (design.activity() == null || !activities.contains(design.activity())) {
            throw new InvalidParameterException("activity", "activity '" + design.activity() + "' is not one of " + String.join(", ", activities));
        }
        List<Design.Volume> volumes = design.volumes() == null ? List.of() : design.volumes();
        List<Design.Model> models = design.models() == null ? List.of() : design.models();
        if (!models.isEmpty() && files == null) {
            throw new InvalidParameterException("models", "a model is checked within a plan: upload the GLB to the plan's documents "
                    + "and save the design to the plan (PUT /api/v1/plans/{id}/design)");
        }
        if (volumes.isEmpty() && models.isEmpty()) {
            throw new InvalidParameterException("volumes", "a design needs at least one volume or model");
        }
        if (volumes.size() > MAX_VOLUMES) {
            throw new InvalidParameterException("volumes", volumes.size() + " volumes; at most " + MAX_VOLUMES + " are checked at once");
        }
        List<Polygon> footprints = new ArrayList<>();
        for (int i = 0; i < volumes.size(); i++) {
            Design.Volume v = volumes.get(i);
            String at = "volumes[" + i + "]";
            if (v == null) {
                throw new InvalidParameterException(at, "volume " + i + " is empty");
            }
            footprints.add(footprint(v.footprint(), at + ".footprint"));
            heights(v, at);
        }
        List<ModelValidator.Placed> placed = models.isEmpty() ? List.of() : ModelValidator.place(models, files);
        placed.forEach(p -> footprints.add(p.placement().footprint()));
        List<FootprintRules> rules = ruleAreas.forFootprints(footprints);
        List<ValidatedVolume> out = new ArrayList<>();
        List<ValidatedModel> outModels = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            FootprintRules r = rules.get(i);
            boolean model = i >= volumes.size();
            String at = model ? "models[" + (i - volumes.size()) + "].position" : "volumes[" + i + "].footprint";
            String what = model ? "the placed model" : "the footprint";
            if (r.areas().isEmpty()) {
                throw new InvalidParameterException(at, what + " lies outside the municipality: no rule area of the omgevingsplan applies there");
            }
            if (!r.covered()) {
                throw new InvalidParameterException(at, what + " lies partly outside the municipality: part of it has no rule area of the omgevingsplan");
            }
            if (model) {
                int m = i - volumes.size();
                ModelValidator.Placed p = placed.get(m);
                ModelPlacement where = p.placement();
                // A model's eaves are unknown: its whole height counts, as for a flat roof.
                out.add(new ValidatedVolume(i, where.footprint(), where.bottom(), where.top(), false, where.top(), r));
                outModels.add(new ValidatedModel(m, i, p.model().documentId(), p.filename(), p.box(), where.width(), where.depth()));
                continue;
            }
            Design.Volume v = volumes.get(i);
            boolean pitched = "pitched".equals(v.roof() == null ? null : v.roof().type());
            double eaves = pitched ? v.roof().eavesHeight() : v.height();
            out.add(new ValidatedVolume(i, footprints.get(i), v.baseHeight(), v.height(), pitched, eaves, r));
        }
        return new ValidatedDesign(design.activity(), List.copyOf(out), List.copyOf(outModels));
    }

    private static Polygon footprint(Design.Footprint f, String at) {
        if (f == null) {
            throw new InvalidParameterException(at, "no footprint: give a GeoJSON Polygon in WGS84 longitude/latitude");
        }
        if (!"Polygon".equals(f.type())) {
            throw new InvalidParameterException(at, "type '" + f.type() + "' is not a GeoJSON Polygon");
        }
        List<List<Design.Corner>> rings = f.coordinates();
        if (rings == null || rings.isEmpty()) {
            throw new InvalidParameterException(at, "the polygon has no coordinates");
        }
        LinearRing shell = ring(rings.get(0), at, "");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(rings.get(h), at, "hole " + h + ", ");
        }
        Polygon rd = CrsTransform.wgs84ToRd(Rd.GEOMETRY.createPolygon(shell, holes));
        // Corners on one line span no area even around them; a bow-tie does, though its signed lobes cancel out
        // (area 0): that one crosses itself, which the validity check below says.
        if (rd.convexHull().getArea() < MIN_AREA_M2) {
            throw new InvalidParameterException(at, "the footprint has no area (its corners lie on one line)");
        }
        IsValidOp valid = new IsValidOp(rd);
        if (!valid.isValid()) {
            TopologyValidationError error = valid.getValidationError();
            Coordinate where = CrsTransform.toWgs84(error.getCoordinate().x, error.getCoordinate().y);
            String what = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
                    ? "the outline crosses itself" : error.getMessage().toLowerCase(Locale.ROOT);
            throw new InvalidParameterException(at, String.format(Locale.ROOT, "%s near lon %.7f, lat %.7f", what, where.x, where.y));
        }
        double area = rd.getArea();
        if (area < MIN_AREA_M2) {
            throw new InvalidParameterException(at, String.format(Locale.ROOT, "the footprint has no area (under %.2f m²)", MIN_AREA_M2));
        }
        if (area > MAX_AREA_M2) {
            throw new InvalidParameterException(at, String.format(Locale.ROOT, "the footprint is %.0f m²; at most %.0f m² per volume", area, MAX_AREA_M2));
        }
        Coordinate[] c = rd.getExteriorRing().getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double side = c[i].distance(c[i + 1]);
            if (side > MAX_SIDE_M) {
                throw new InvalidParameterException(at, String.format(Locale.ROOT,
                        "the side from corner %d to corner %d is %.0f m; at most %.0f m", i + 1, i + 2, side, MAX_SIDE_M));
            }
        }
        return rd;
    }

    /** A ring; its positions are lists of finite numbers already ({@link CornerReader}). */
    private static LinearRing ring(List<Design.Corner> positions, String at, String prefix) {
        if (positions == null) {
            throw new InvalidParameterException(at, prefix + "the ring is not a list of positions");
        }
        List<Coordinate> corners = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            String corner = prefix + "corner " + (i + 1);
            double lon = positions.get(i).lon();
            double lat = positions.get(i).lat();
            if (!Rd.AREA_OF_USE_WGS84.contains(lon, lat)) {
                throw new InvalidParameterException(at, String.format(Locale.ROOT,
                        "%s (lon %s, lat %s) lies outside the Netherlands; positions are [longitude, latitude] in WGS84", corner, lon, lat));
            }
            Coordinate c = new Coordinate(lon, lat);
            if (corners.isEmpty() || !corners.get(corners.size() - 1).equals2D(c)) {
                corners.add(c); // repeated positions are dropped
            }
        }
        if (corners.size() > 1 && corners.get(0).equals2D(corners.get(corners.size() - 1))) {
            corners.remove(corners.size() - 1);
        }
        if (corners.size() < 3) {
            throw new InvalidParameterException(at, prefix + "the outline has " + corners.size() + " distinct corners; a footprint needs at least 3");
        }
        corners.add(new Coordinate(corners.get(0))); // an open ring is closed
        return Rd.GEOMETRY.createLinearRing(corners.toArray(new Coordinate[0]));
    }

    private static void heights(Design.Volume v, String at) {
        height(v.baseHeight(), at + ".baseHeight");
        height(v.height(), at + ".height");
        if (v.height() < MIN_HEIGHT_M) {
            throw new InvalidParameterException(at + ".height", v.height() + " m is not a height between " + MIN_HEIGHT_M + " and "
                    + (int) MAX_HEIGHT_M + " m above ground level");
        }
        if (v.height() - v.baseHeight() < MIN_HEIGHT_M - 1e-9) { // 1e-9: 2.9 under 3.0 is 0.1 m, rounding aside
            throw new InvalidParameterException(at + ".baseHeight", "baseHeight " + v.baseHeight() + " m is not below height " + v.height()
                    + " m by at least " + MIN_HEIGHT_M + " m");
        }
        Design.Roof roof = v.roof();
        if (roof == null || "flat".equals(roof.type())) {
            return;
        }
        if (!"pitched".equals(roof.type())) {
            throw new InvalidParameterException(at + ".roof.type", "roof type '" + roof.type() + "' is not flat or pitched");
        }
        if (roof.eavesHeight() == null) {
            throw new InvalidParameterException(at + ".roof.eavesHeight", "a pitched roof needs an eavesHeight");
        }
        height(roof.eavesHeight(), at + ".roof.eavesHeight");
        double ridge = roof.ridgeHeight() != null ? roof.ridgeHeight() : v.height();
        height(ridge, at + ".roof.ridgeHeight");
        if (roof.eavesHeight() > ridge) {
            throw new InvalidParameterException(at + ".roof.eavesHeight", "eavesHeight " + roof.eavesHeight() + " m is above the ridge (" + ridge + " m)");
        }
        if (ridge > v.height()) {
            throw new InvalidParameterException(at + ".roof.ridgeHeight", "ridgeHeight " + ridge + " m is above height " + v.height() + " m, the highest point");
        }
        if (roof.eavesHeight() < v.baseHeight()) {
            throw new InvalidParameterException(at + ".roof.eavesHeight", "eavesHeight " + roof.eavesHeight() + " m is below baseHeight " + v.baseHeight() + " m");
        }
    }

    /** A level in metres above ground: 0, or from {@link #MIN_LEVEL_M} to {@link #MAX_HEIGHT_M}. */
    private static void height(Double h, String at) {
        if (h == null || !Double.isFinite(h)) {
            throw new InvalidParameterException(at, "no height given (metres above ground level)");
        }
        if (!isLevel(h)) {
            throw new InvalidParameterException(at, h + " m is not a height between 0 and " + (int) MAX_HEIGHT_M
                    + " m above ground level (0 is on the ground; otherwise at least " + MIN_LEVEL_M + " m)");
        }
    }

    /** Whether a number is a level above ground as designs give them: 0, or 1 cm to 150 m. */
    static boolean isLevel(double h) {
        return h == 0 || (h >= MIN_LEVEL_M && h <= MAX_HEIGHT_M);
    }
}
