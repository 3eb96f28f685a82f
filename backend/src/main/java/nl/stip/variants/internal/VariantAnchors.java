package nl.stip.variants.internal;

import java.util.Optional;

import nl.stip.participation.ReactionAnchors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tells participation which saved variants a reaction may be about: any saved version of a variant of the same round. */
@Component
class VariantAnchors implements ReactionAnchors {

    private final VariantStore store;
    private final JsonMapper json;

    VariantAnchors(VariantStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VariantAnchor> variant(long roundId, long variantId) {
        return store.find(variantId).filter(r -> r.roundId() == roundId).map(r -> {
            JsonNode volumes = json.readTree(r.design()).path("volumes");
            return new VariantAnchor(r.id(), r.title(), volumes.isArray() ? volumes.size() : 0);
        });
    }
}
