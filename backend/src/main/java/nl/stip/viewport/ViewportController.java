package nl.stip.viewport;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the 3D viewer loads as the camera moves: the buildings in view. */
@RestController
class ViewportController {

    private final ViewportBuildings buildings;
    private final GroundAreas ground;

    ViewportController(ViewportBuildings buildings, GroundAreas ground) {
        this.buildings = buildings;
        this.ground = ground;
    }

    @Operation(summary = "Current buildings in a WGS84 box, as compact GeoJSON for the 3D viewer",
            description = "Properties: h = height above ground (m), s = 'measured' | 'estimated' | 'unknown', g = ground level (m NAP), "
                    + "y = bouwjaar. At most 5,000 buildings; 'truncated' says when there were more. The box spans at most 0.2 degrees.")
    @GetMapping(value = "/api/v1/viewport/buildings", produces = {"application/geo+json", "application/json"})
    ResponseEntity<String> buildings(@RequestParam(required = false) String bbox) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(buildings.featureCollection(ViewportBuildings.ViewportBox.parse(bbox)));
    }

    @Operation(summary = "The offline ground in a WGS84 box: street space and plots, derived from buildings and parcels",
            description = "Properties: k = 'street' (open space between building blocks) | 'plot' (the land of the blocks). "
                    + "Derived, not measured: 'derived' is true and 'source' says from what (with '(demo)' for demo parcels). "
                    + "At most 5,000 pieces; 'truncated' says when there were more. The box spans at most 0.2 degrees.")
    @GetMapping(value = "/api/v1/viewport/ground", produces = {"application/geo+json", "application/json"})
    ResponseEntity<String> ground(@RequestParam(required = false) String bbox) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(ground.featureCollection(ViewportBuildings.ViewportBox.parse(bbox)));
    }
}
