package nl.stip.variants.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A round's bounds for variants and the palette. */
@RestController
class BoundsController {

    private final BoundsService bounds;

    BoundsController(BoundsService bounds) {
        this.bounds = bounds;
    }

    @Operation(summary = "Set the round's bounds for variants (planner; refused once a variant is saved)")
    @PutMapping(value = "/api/v1/rounds/{id}/variant-bounds", produces = "application/json")
    VariantViews.BoundsView set(Authentication who, @PathVariable long id, @RequestBody(required = false) VariantViews.BoundsBody body) {
        return bounds.set(who, id, body);
    }

    @Operation(summary = "The round's bounds for variants and the palette (readers of the round)")
    @GetMapping(value = "/api/v1/rounds/{id}/variant-bounds", produces = "application/json")
    VariantViews.BoundsView get(Authentication who, @PathVariable long id) {
        return bounds.get(who, id);
    }
}
