package nl.stip.buildings;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One building with its whole history ("Gebouwgegevens"). */
@RestController
class BuildingController {

    private final BuildingQueries buildings;

    BuildingController(BuildingQueries buildings) {
        this.buildings = buildings;
    }

    @Operation(summary = "A building (BAG pand) with every voorkomen of its history, oldest first")
    @GetMapping(value = "/api/v1/buildings/{identificatie}", produces = "application/json")
    BuildingView building(@PathVariable String identificatie) {
        if (!identificatie.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidParameterException("identificatie", "'" + identificatie + "' is not a building identifier "
                    + "(a BAG pand identificatie has 16 digits, e.g. 0221100000312938).");
        }
        return buildings.byIdentificatie(identificatie)
                .orElseThrow(() -> new NotFoundException("No building with identificatie " + identificatie + "."));
    }
}
