package nl.stip.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Stip op de kaart": what is here, what may I do, how does it go — for one clicked point. */
@RestController
class LookupController {

    private final LookupService lookup;

    LookupController(LookupService lookup) {
        this.lookup = lookup;
    }

    @Operation(summary = "Everything known at a point: parcel, buildings with history, addresses, rules and procedures",
            description = "Give lon/lat (WGS84) or x/y (RD New, EPSG:28992). Outside the covered area the answer is 200 with empty parts and a message.")
    @GetMapping(value = "/api/v1/lookup", produces = "application/json")
    LookupAnswer lookup(@Parameter(description = "longitude, WGS84 degrees") @RequestParam(required = false) String lon,
                        @Parameter(description = "latitude, WGS84 degrees") @RequestParam(required = false) String lat,
                        @Parameter(description = "x, RD New metres") @RequestParam(required = false) String x,
                        @Parameter(description = "y, RD New metres") @RequestParam(required = false) String y) {
        return lookup.lookup(LookupPoint.parse(lon, lat, x, y));
    }
}
