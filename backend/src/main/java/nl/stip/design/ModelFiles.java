package nl.stip.design;

import java.util.Optional;

/**
 * Where the validator finds the documents a design's models refer to: the documents of one plan. Designs checked
 * outside a plan have none, so they cannot place models.
 */
@FunctionalInterface
public interface ModelFiles {

    /** A document: its file name, the media type read from its content, and the content. */
    record ModelFile(String filename, String contentType, byte[] content) {
    }

    /** The document with this id, if it belongs to the plan. */
    Optional<ModelFile> find(long documentId);
}
