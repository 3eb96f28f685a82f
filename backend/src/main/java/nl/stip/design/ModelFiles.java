package nl.stip.design;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the validator finds the documents a design's models refer to: the documents of one plan. Designs checked
 * outside a plan have none, so they cannot place models.
 */
@FunctionalInterface
public interface ModelFiles {

    /**
     * A document: its file name, the media type read from its content, and the bounding box of the model it holds,
     * read only when asked (a GLB can be megabytes; the box needs only its JSON chunk). {@code bounds} throws
     * {@link GlbModel.InvalidModelException} when the content is not a model the check can use.
     */
    record ModelFile(String filename, String contentType, Supplier<GlbModel.Box> bounds) {
    }

    /** The document with this id, if it belongs to the plan. */
    Optional<ModelFile> find(long documentId);
}
