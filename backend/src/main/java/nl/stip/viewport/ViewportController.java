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

    ViewportController(ViewportBuildings buildings) {
        this.buildings = buildings;
    }

    @Operation(summary = "Current buildings in a WGS84 box, as compact GeoJSON for the 3D viewer",
            description = "Properties: h = height above ground (m), s = 'measured' | 'estimated' | 'unknown', g = ground level (m NAP), "
                    + "y = bouwjaar. At most 5,000 buildings; 'truncated' says when there were more. The box spans at most 0.2 degrees.")
    @GetMapping(value = "/api/v1/viewport/buildings", produces = {"application/geo+json", "application/json"})
    ResponseEntity<String> buildings(@RequestParam(required = false) String bbox) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(buildings.featureCollection(ViewportBuildings.ViewportBox.parse(bbox)));
    }
}
