package nl.stip.sharing.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.sharing.internal.SharingViews.PublicPlan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published plans for everyone, without login: no owner, no e-mail, the initiator only as a chosen display name. */
@RestController
@RequestMapping(value = "/api/v1/public/plans", produces = "application/json")
class PublicPlansController {

    private final PublicPlans plans;

    PublicPlansController(PublicPlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "Published plans, newest first", description = "bbox=minLon,minLat,maxLon,maxLat (WGS84): those whose "
            + "volumes meet it; volumes=true adds each plan's volumes (for the 3D viewer)")
    @GetMapping
    List<PublicPlan> list(@RequestParam(value = "bbox", required = false) String bbox,
                          @RequestParam(value = "volumes", required = false, defaultValue = "false") String volumes) {
        return plans.list(bbox, "true".equals(volumes));
    }

    @Operation(summary = "A published plan: title, description, phase, check summary and its volumes in WGS84")
    @GetMapping("/{id}")
    PublicPlan get(@PathVariable long id) {
        return plans.get(id);
    }
}
