package nl.stip.variants;

/** Published after a variant (a new version) is saved in a round. */
public record VariantSaved(long roundId, long variantId, int version) {
}
