package nl.stip.participation;

import java.util.Optional;

/**
 * What a reaction may be anchored to besides the plan: a saved variant of the same round (issue 12). Participation does
 * not know variants (that would be a cycle); the variants module implements this. Without an implementation, a reaction
 * that names a variant is refused.
 */
public interface ReactionAnchors {

    /** The saved variant {@code variantId} when it belongs to round {@code roundId}; else empty. */
    Optional<VariantAnchor> variant(long roundId, long variantId);

    /**
     * A saved variant as a reaction anchors to it: its title (as the reaction list shows it) and how many volumes its
     * design has (a reaction on a variant names one of those, not one of the plan's).
     */
    record VariantAnchor(long id, String title, int volumes) {
    }
}
