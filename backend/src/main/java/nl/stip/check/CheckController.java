package nl.stip.check;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.platform.web.InvalidParameterException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/check: the "Binnen de lijntjes scan" of a design. Stores nothing. The body is read like every API body
 * (at most {@code stip.api.max-json-body-bytes}, unknown members refused), so bad input is answered with problem details.
 */
@RestController
class CheckController {

    private final DesignValidator validator;
    private final CheckService checks;

    CheckController(DesignValidator validator, CheckService checks) {
        this.validator = validator;
        this.checks = checks;
    }

    @Operation(summary = "Check a 3D design against the rules where it stands (Binnen de lijntjes scan)",
            description = "One verdict per rule (height, eaves, built-up part, inside the parcel, distance to the boundary, "
                    + "function, protections) with what fails drawn as GeoJSON, the procedure and a fee estimate. "
                    + "Bad input is 400 problem details naming the field, e.g. volumes[2].footprint; a body over 2 MB is 413.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Design.class))))
    @PostMapping(value = "/api/v1/check", produces = "application/json")
    CheckResult check(@RequestBody(required = false) Design design,
                      @Parameter(description = "the initiator's own parcel ids ('uw perceel'); default: the parcel under the largest part of the first footprint")
                      @RequestParam(required = false) List<String> parcels,
                      @Parameter(description = "true: add the sun taken from the neighbours (bezonningsstudie) as the last verdict; takes up to seconds")
                      @RequestParam(defaultValue = "false") boolean sunlight) {
        return checks.check(validator.validate(design), SiteChoice.chosen(parcelIds(parcels)), sunlight);
    }

    private static List<Long> parcelIds(List<String> parcels) {
        List<Long> ids = new ArrayList<>();
        if (parcels != null) {
            for (String p : parcels) {
                try {
                    ids.add(Long.parseLong(p.trim()));
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException("parcels", "'" + p + "' is not a parcel id");
                }
            }
        }
        return ids.stream().distinct().sorted().toList();
    }
}
