package nl.stip.concerned.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.concerned.internal.ConcernedViews.*;
import nl.stip.sharing.PublishedPlans;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who a plan concerns, residents' homes, statements and inviting the concerned. Who may call at all is in
 * {@link ConcernedSecurity}; who may do what with a plan in the services, through {@link Access}.
 */
@RestController
class ConcernedController {

    private final Concern concern;
    private final Homes homes;
    private final Statements statements;
    private final PublishedPlans published;

    ConcernedController(Concern concern, Homes homes, Statements statements, PublishedPlans published) {
        this.concern = concern;
        this.homes = homes;
        this.statements = statements;
        this.published = published;
    }

    @Operation(summary = "Who the plan concerns: parcels and buildings with distance, direction, ring and known addresses (owner, co-editors, planners)")
    @GetMapping(value = "/api/v1/plans/{id}/concerned", produces = "application/json")
    ConcernedSet concerned(Authentication who, @PathVariable long id) {
        return concern.list(who, id);
    }

    @Operation(summary = "Counts per ring and the statement tally of a published plan (everyone)", description = "every count below 5 is \"< 5\"")
    @GetMapping(value = "/api/v1/public/plans/{id}/concerned", produces = "application/json")
    PublicConcerned publicConcerned(@PathVariable long id) {
        return concern.publicView(id);
    }

    @Operation(summary = "Whether the plan concerns the caller's confirmed home, and their own statement")
    @GetMapping(value = "/api/v1/plans/{id}/concerned/me", produces = "application/json")
    Mine mine(Authentication who, @PathVariable long id) {
        return statements.mine(who, id);
    }

    @Operation(summary = "Record or change the caller's statement (a confirmed resident the published plan concerns)",
            description = "kind consent, no-objection or objection; reason 1..2000 plain text (required for an objection); version the plan version seen")
    @PutMapping(value = "/api/v1/plans/{id}/statement", produces = "application/json")
    Statement statement(Authentication who, @PathVariable long id, @RequestBody(required = false) StatementInput body) {
        return statements.put(who, id, body);
    }

    @Operation(summary = "The tally per ring and the statements with name and address (owner, planners)")
    @GetMapping(value = "/api/v1/plans/{id}/statements", produces = "application/json")
    Statements.Result statements(Authentication who, @PathVariable long id) {
        return statements.list(who, id);
    }

    @Operation(summary = "The printable statement for the application dossier, PDF (owner, planners)")
    @GetMapping(value = "/api/v1/plans/{id}/statements.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> statementsPdf(Authentication who, @PathVariable long id) {
        return pdf(statements.pdf(who, id), "verklaringen-plan-" + id + ".pdf");
    }

    @Operation(summary = "Invite every concerned party at once (owner): mail to confirmed residents, letters for the other addresses")
    @PostMapping(value = "/api/v1/plans/{id}/concerned/invitations", produces = "application/json")
    Invited invite(Authentication who, @PathVariable long id) {
        return concern.invite(who, id);
    }

    @Operation(summary = "Letters for the concerned addresses without a confirmed resident, PDF (owner, planners)")
    @GetMapping(value = "/api/v1/plans/{id}/concerned/letters.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> planLetters(Authentication who, @PathVariable long id) {
        return pdf(concern.lettersPdf(who, id), "brieven-plan-" + id + ".pdf");
    }

    @Operation(summary = "The caller's home and its status: none, unconfirmed, confirmed")
    @GetMapping(value = "/api/v1/me/home", produces = "application/json")
    Home home(Authentication who) {
        return homes.get(who.getName());
    }

    @Operation(summary = "Choose your home (unconfirmed until the letter code)", description = "exactly one of pandId, addressId "
            + "(BAG nummeraanduiding) or point {lon, lat}; a new letter with a one-time code goes to the address")
    @PutMapping(value = "/api/v1/me/home", produces = "application/json")
    Home chooseHome(Authentication who, @RequestBody(required = false) HomeChoice body) {
        return homes.choose(who.getName(), body);
    }

    @Operation(summary = "Forget your home")
    @DeleteMapping("/api/v1/me/home")
    ResponseEntity<Void> removeHome(Authentication who) {
        homes.remove(who.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Confirm your home with the code from the letter", description = "400 wrong-code, 410 code-used or code-expired, "
            + "429 code-attempts after 5 wrong codes in 15 minutes")
    @PostMapping(value = "/api/v1/me/home/confirm", produces = "application/json")
    Home confirm(Authentication who, @RequestBody(required = false) Code body) {
        return homes.confirm(who.getName(), body == null ? null : body.code());
    }

    @Operation(summary = "The published plans that concern your confirmed home")
    @GetMapping(value = "/api/v1/me/home/plans", produces = "application/json")
    List<ConcerningPlan> concerning(Authentication who) {
        return concern.concerning(who.getName(), published.publishedPlanIds());
    }

    @Operation(summary = "The letters with codes for every unconfirmed home, PDF (planners)")
    @GetMapping(value = "/api/v1/concerned/letters", produces = "application/pdf")
    ResponseEntity<byte[]> letters() {
        return pdf(homes.lettersPdf(), "brieven-woningen.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }
}
