package nl.stip.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.RequestTooLargeException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/check: the "Binnen de lijntjes scan" of a design. Stores nothing. The body is read here, at most
 * {@link #MAX_BODY_BYTES}, so an oversized or malformed body is answered with problem details like any bad input.
 */
@RestController
class CheckController {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final DesignValidator validator;
    private final CheckService checks;
    private final JsonMapper json;

    CheckController(DesignValidator validator, CheckService checks, JsonMapper json) {
        this.validator = validator;
        this.checks = checks;
        this.json = json;
    }

    @Operation(summary = "Check a 3D design against the rules where it stands (Binnen de lijntjes scan)",
            description = "One verdict per rule (height, eaves, built-up part, inside the parcel, distance to the boundary, "
                    + "function, protections) with what fails drawn as GeoJSON, the procedure and a fee estimate. "
                    + "Bad input is 400 problem details naming the field, e.g. volumes[2].footprint; a body over 1 MB is 413.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = Design.class))))
    @PostMapping(value = "/api/v1/check", produces = "application/json")
    CheckResult check(HttpServletRequest request,
                      @Parameter(description = "parcel ids to check against; default: the parcels under the footprints")
                      @RequestParam(required = false) List<String> parcels) throws IOException {
        Design design = parse(read(request));
        return checks.check(validator.validate(design), parcelIds(parcels));
    }

    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new RequestTooLargeException("the body is " + request.getContentLengthLong() + " bytes; at most " + MAX_BODY_BYTES);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new RequestTooLargeException("the body is over " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    private Design parse(byte[] body) {
        if (body.length == 0) {
            throw new InvalidParameterException("body", "no design: send a JSON object with activity and volumes");
        }
        try {
            return json.readValue(body, Design.class);
        } catch (JacksonException e) {
            throw new InvalidParameterException(path(e), "the body is not a design: " + e.getOriginalMessage());
        }
    }

    /** The JSON path of a parse error as the validator names fields: volumes[2].height. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
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
