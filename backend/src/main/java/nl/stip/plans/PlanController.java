package nl.stip.plans;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.check.CheckResult;
import nl.stip.design.Design;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.plans.PlanViews.*;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan dossier API. Who may do what is decided by {@link PhasePolicy} (by phase and the caller's part: owner,
 * co-editor, advisor, viewer, planner), who may see a plan in {@link PlanService}, and who may call at all in
 * {@link PlansSecurity}.
 */
@RestController
@RequestMapping(value = "/api/v1/plans", produces = "application/json")
class PlanController {

    /** The body of a design save: the design and the version it was based on (0 for the first design). */
    record SaveDesign(Integer baseVersion, Design design) {
    }

    private final PlanService plans;
    private final Documents documents;

    PlanController(PlanService plans, Documents documents) {
        this.plans = plans;
        this.documents = documents;
    }

    @Operation(summary = "Start a plan (initiators)", description = "title 1..120, description up to 4000, activity, "
            + "optionally parcel ids; without them the plan's location follows the parcels under its design.")
    @PostMapping
    ResponseEntity<Plan> create(Authentication who, @RequestBody(required = false) CreatePlan body) {
        long id = plans.create(who, body);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(plans.get(who, id));
    }

    @Operation(summary = "Own plans and those shared with the caller (each with the caller's role); planners see all plans")
    @GetMapping
    List<Plan> list(Authentication who) {
        return plans.list(who);
    }

    @Operation(summary = "A plan with its timeline, next steps and the check of its current design")
    @GetMapping("/{id}")
    ResponseEntity<Plan> get(Authentication who, @PathVariable long id) {
        Plan plan = plans.get(who, id);
        return ResponseEntity.ok().eTag("\"" + plan.currentVersion() + "\"").body(plan);
    }

    @Operation(summary = "Save the design as a new version (owner and co-editors, before 'application')", description = "From "
            + "'application' on the design is frozen: 409 design-frozen. Send the version it was based on as "
            + "baseVersion or If-Match: \"<version>\"; a stale base is 409 naming the current version. The design is checked "
            + "and the summary of the check kept with the version.")
    @PutMapping("/{id}/design")
    ResponseEntity<SavedVersion> saveDesign(Authentication who, @PathVariable long id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody(required = false) SaveDesign body) {
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with baseVersion and design");
        }
        Integer fromHeader = ifMatch == null ? null : version(ifMatch);
        if (fromHeader != null && body.baseVersion() != null && !fromHeader.equals(body.baseVersion())) {
            throw new InvalidParameterException("baseVersion", "baseVersion " + body.baseVersion() + " differs from If-Match " + ifMatch);
        }
        int base = fromHeader != null ? fromHeader : body.baseVersion() != null ? body.baseVersion() : 0;
        SavedVersion saved = plans.saveDesign(who, id, base, body.design());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/versions/" + saved.version()))
                .eTag("\"" + saved.version() + "\"").body(saved);
    }

    @GetMapping("/{id}/versions")
    List<Version> versions(Authentication who, @PathVariable long id) {
        return plans.versions(who, id);
    }

    @GetMapping("/{id}/versions/{n}")
    Version version(Authentication who, @PathVariable long id, @PathVariable int n) {
        return plans.version(who, id, n);
    }

    @Operation(summary = "Wijzigingsprint: what changed in version n since version n-1")
    @GetMapping("/{id}/versions/{n}/changes")
    Changes changes(Authentication who, @PathVariable long id, @PathVariable int n) {
        return plans.changes(who, id, n);
    }

    @Operation(summary = "Check the current design of the plan again (owner, co-editors, advisors, planners)")
    @PostMapping("/{id}/check")
    CheckResult check(Authentication who, @PathVariable long id) {
        return plans.check(who, id);
    }

    @Operation(summary = "The bezonningsstudie of the plan's current design (everyone who may see the plan)",
            description = "As POST /api/v1/sunlight: hours of possible sun before and after at the neighbours' facades and "
                    + "gardens, the TNO norms, the assumptions; format=geojson for the map. 409 no-design without a design.")
    @GetMapping(value = "/{id}/sunlight", produces = {"application/json", "application/geo+json"})
    ResponseEntity<Object> sunlight(Authentication who, @PathVariable long id, @RequestParam(required = false) String format) {
        return plans.sunlight(who, id, format);
    }

    @Operation(summary = "Move the plan to a phase", description = "The owner moves one step forward up to 'application' "
            + "(submitting); 'decision' and later are a planner's, who moves a plan to any phase, also back.")
    @PostMapping("/{id}/phase")
    Plan phase(Authentication who, @PathVariable long id, @RequestBody(required = false) PhaseChange body) {
        return plans.movePhase(who, id, body == null ? null : body.phase());
    }

    @Operation(summary = "Add a document (owner, co-editors, planners): PDF, PNG, JPEG or GLB, the type read from the content, at most 10 MB")
    @PostMapping(value = "/{id}/documents", consumes = "multipart/form-data")
    ResponseEntity<Documents.DocumentInfo> addDocument(Authentication who, @PathVariable long id,
                                                       @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        Documents.DocumentInfo info = documents.add(who, id, file);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/documents/" + info.id())).body(info);
    }

    @GetMapping("/{id}/documents")
    List<Documents.DocumentInfo> documents(Authentication who, @PathVariable long id) {
        return documents.list(who, id);
    }

    @GetMapping(value = "/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> document(Authentication who, @PathVariable long id, @PathVariable long documentId) {
        Documents.Document document = documents.get(who, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.info().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    @ExceptionHandler(PlanService.StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(PlanService.StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "stale-version");
        problem.setProperty("currentVersion", e.currentVersion);
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag("\"" + e.currentVersion + "\"").body(problem);
    }

    /** "3", W/"3" or 3. */
    private static int version(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").trim();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", "If-Match '" + ifMatch + "' is not a version such as \"3\"");
        }
    }
}
