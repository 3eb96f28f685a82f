package nl.stip.audit.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.audit.AuditEntry;
import nl.stip.audit.AuditTrail;
import nl.stip.platform.web.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for planners: who did what, when (planners only, see {@link AuditSecurity}). */
@RestController
@RequestMapping(value = "/api/v1/audit", produces = "application/json")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "The audit trail, newest first (planners)", description = "plan: only the entries of that plan; "
            + "limit 1..1000 (default 200). Never holds the content of private comments.")
    @GetMapping
    List<AuditEntry> entries(@RequestParam(value = "plan", required = false) String plan,
                             @RequestParam(value = "limit", required = false) String limit) {
        return trail.entries(plan == null || plan.isBlank() ? null : number("plan", plan, 1, Long.MAX_VALUE),
                limit == null ? 200 : (int) number("limit", limit, 1, 1000));
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(name, name + " '" + value + "' is not a number from " + min + (max == Long.MAX_VALUE ? " on" : " to " + max));
    }
}
