package nl.stip.design;

/**
 * A placed model of a validated design: its number among the models (0-based, as in "models[1]"), the volume it is
 * checked as (its index among the design's volumes), its file, its bounding box in its own coordinates and the size of
 * the scaled box in metres.
 */
public record ValidatedModel(int index, int volume, long documentId, String filename, GlbModel.Box box, double width,
                             double depth) {
}
