package nl.stip.sunlight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/sunlight: the bezonningsstudie of a drawn design, as JSON or (format=geojson) as GeoJSON. Stores nothing;
 * the body is read like every API body (size limit, unknown members refused), bad input is problem details.
 */
@RestController
class SunlightController {

    private final DesignValidator validator;
    private final SunlightService sunlight;

    SunlightController(DesignValidator validator, SunlightService sunlight) {
        this.validator = validator;
        this.sunlight = sunlight;
    }

    @Operation(summary = "How much possible sun a design takes from its neighbours (bezonningsstudie)",
            description = "Hours of possible sun before and after the design on 21 January, 19 February, 21 March, 21 June, "
                    + "21 October and 22 November at the facades and gardens within the configured distance, with the "
                    + "lichte and strenge TNO-norm per neighbouring building and the model's assumptions. format=geojson "
                    + "gives the facade strips, garden cells and norm points that lose sun (WGS84).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Design.class))))
    @PostMapping(value = "/api/v1/sunlight", produces = {"application/json", "application/geo+json"})
    ResponseEntity<Object> sunlight(@RequestBody(required = false) Design design,
                                    @Parameter(description = "json (default) or geojson") @RequestParam(required = false) String format) {
        SunlightService.asksGeoJson(format);
        return sunlight.answer(validator.validate(design), format);
    }
}
