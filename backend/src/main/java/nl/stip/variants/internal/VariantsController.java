package nl.stip.variants.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Variants of a round: save (a new version when based on another), preview while shaping, read. */
@RestController
class VariantsController {

    private final VariantService variants;
    private final VariantSunlight sunlight;

    VariantsController(VariantService variants, VariantSunlight sunlight) {
        this.variants = variants;
        this.sunlight = sunlight;
    }

    @Operation(summary = "Save a variant (participants of an open round with variants on); immutable, editing = basedOn")
    @PostMapping(value = "/api/v1/rounds/{id}/variants", produces = "application/json")
    ResponseEntity<VariantViews.Variant> save(Authentication who, @PathVariable long id, @RequestBody(required = false) VariantViews.NewVariant body) {
        VariantViews.Variant saved = variants.save(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/variants/" + saved.id())).body(saved);
    }

    @Operation(summary = "Indicators and check of a variant being shaped; nothing stored, shared live as a draft")
    @PostMapping(value = "/api/v1/rounds/{id}/variants/preview", produces = "application/json")
    VariantViews.Preview preview(Authentication who, @PathVariable long id, @RequestBody(required = false) VariantViews.NewVariant body) {
        return variants.preview(who, id, body);
    }

    @Operation(summary = "All versions of the round's variants, newest first (readers of the round)")
    @GetMapping(value = "/api/v1/rounds/{id}/variants", produces = "application/json")
    List<VariantViews.Variant> list(Authentication who, @PathVariable long id) {
        return variants.list(who, id);
    }

    @Operation(summary = "One variant (readers of its round)")
    @GetMapping(value = "/api/v1/variants/{id}", produces = "application/json")
    VariantViews.Variant one(Authentication who, @PathVariable long id) {
        return variants.one(who, id);
    }

    @Operation(summary = "The bezonningsstudie of a variant (readers of its round); format=geojson for the map")
    @GetMapping(value = "/api/v1/variants/{id}/sunlight", produces = {"application/json", "application/geo+json"})
    org.springframework.http.ResponseEntity<Object> sunlight(Authentication who, @PathVariable long id,
                                                             @org.springframework.web.bind.annotation.RequestParam(required = false) String format) {
        return sunlight.of(who, id, format);
    }
}
