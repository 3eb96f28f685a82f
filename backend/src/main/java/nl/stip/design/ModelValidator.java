package nl.stip.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Coordinate;

/**
 * Checks the placed models of a design at the boundary, every refusal naming {@code models[i].field}: the document
 * must be a GLB of the plan that {@link GlbModel} can read, the placement within range, and the placed bounding box
 * within the limits a drawn volume has.
 */
final class ModelValidator {

    static final int MAX_MODELS = 10;
    static final double MIN_SCALE = 0.01;
    static final double MAX_SCALE = 100;
    static final String GLB = "model/gltf-binary";

    /** A model that passed: where it stands and what file it is. */
    record Placed(Design.Model model, String filename, GlbModel.Box box, ModelPlacement placement) {
    }

    private ModelValidator() {
    }

    static List<Placed> place(List<Design.Model> models, ModelFiles files) {
        if (models.size() > MAX_MODELS) {
            throw new InvalidParameterException("models", models.size() + " models; at most " + MAX_MODELS + " are checked at once");
        }
        Map<Long, GlbModel.Box> boxes = new HashMap<>();
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Design.Model m = models.get(i);
            String at = "models[" + i + "]";
            if (m == null) {
                throw new InvalidParameterException(at, "model " + i + " is empty");
            }
            Coordinate position = position(m.position(), at + ".position");
            number(m.baseHeight(), at + ".baseHeight", 0, DesignValidator.MAX_HEIGHT_M, "metres above ground of the model's origin");
            if (!DesignValidator.isLevel(m.baseHeight())) {
                throw new InvalidParameterException(at + ".baseHeight", format(m.baseHeight()) + " is not metres above ground of the model's "
                        + "origin: 0 (on the ground) or at least " + DesignValidator.MIN_LEVEL_M);
            }
            number(m.heading(), at + ".heading", 0, 360, "degrees clockwise from north");
            number(m.scale(), at + ".scale", MIN_SCALE, MAX_SCALE, "a uniform scale");
            if (m.documentId() == null) {
                throw new InvalidParameterException(at + ".documentId", "no documentId: upload the GLB to the plan's documents first");
            }
            ModelFiles.ModelFile file = files.find(m.documentId()).orElseThrow(() -> new InvalidParameterException(at + ".documentId",
                    "document " + m.documentId() + " is not a document of this plan"));
            if (!GLB.equals(file.contentType())) {
                throw new InvalidParameterException(at + ".documentId", "document " + m.documentId() + " (" + file.filename() + ") is "
                        + file.contentType() + ", not a glTF 2 binary (GLB) model");
            }
            GlbModel.Box box = boxes.get(m.documentId());
            if (box == null) {
                try {
                    box = file.bounds().get();
                } catch (GlbModel.InvalidModelException e) {
                    throw new InvalidParameterException(at + ".documentId", "document " + m.documentId() + " (" + file.filename()
                            + ") cannot be placed: " + e.getMessage());
                }
                boxes.put(m.documentId(), box);
            }
            ModelPlacement placement = ModelPlacement.of(box, position.x, position.y, m.baseHeight(), m.heading(), m.scale());
            limits(placement, at);
            out.add(new Placed(m, file.filename(), box, placement));
        }
        return out;
    }

    private static Coordinate position(Design.Position p, String at) {
        if (p == null) {
            throw new InvalidParameterException(at, "no position: give {lon, lat} in WGS84");
        }
        number(p.lon(), at + ".lon", -180, 180, "a longitude in WGS84");
        number(p.lat(), at + ".lat", -90, 90, "a latitude in WGS84");
        if (!Rd.AREA_OF_USE_WGS84.contains(p.lon(), p.lat())) {
            throw new InvalidParameterException(at, String.format(Locale.ROOT,
                    "lon %s, lat %s lies outside the Netherlands; positions are longitude and latitude in WGS84", p.lon(), p.lat()));
        }
        return new Coordinate(p.lon(), p.lat());
    }

    private static void number(Double value, String at, double min, double max, String what) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidParameterException(at, "no value given: " + what + " from " + format(min) + " to " + format(max));
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(at, format(value) + " is not " + what + " from " + format(min) + " to " + format(max));
        }
    }

    private static void limits(ModelPlacement p, String at) {
        if (p.height() < 0.01 || p.footprint().getArea() < 0.01) {
            throw new InvalidParameterException(at + ".documentId", "the model's bounding box is flat: it has no height or no footprint");
        }
        if (p.top() <= 0.01) {
            throw new InvalidParameterException(at + ".baseHeight", "the model lies entirely below the ground");
        }
        if (p.top() > DesignValidator.MAX_HEIGHT_M) {
            throw new InvalidParameterException(at + ".scale", String.format(Locale.ROOT,
                    "the placed model reaches %.1f m above ground; at most %.0f m", p.top(), DesignValidator.MAX_HEIGHT_M));
        }
        double side = Math.max(p.width(), p.depth());
        if (side > DesignValidator.MAX_SIDE_M) {
            throw new InvalidParameterException(at + ".scale", String.format(Locale.ROOT,
                    "the placed model is %.0f m long; at most %.0f m", side, DesignValidator.MAX_SIDE_M));
        }
        if (p.footprint().getArea() > DesignValidator.MAX_AREA_M2) {
            throw new InvalidParameterException(at + ".scale", String.format(Locale.ROOT,
                    "the placed model covers %.0f m²; at most %.0f m²", p.footprint().getArea(), DesignValidator.MAX_AREA_M2));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
