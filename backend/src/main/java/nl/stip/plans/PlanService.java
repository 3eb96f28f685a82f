package nl.stip.plans;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.stip.accounts.Role;
import nl.stip.check.CheckResult;
import nl.stip.check.CheckService;
import nl.stip.check.SiteChoice;
import nl.stip.design.Design;
import nl.stip.design.DesignValidator;
import nl.stip.design.ValidatedDesign;
import nl.stip.design.ValidatedVolume;
import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanStore.PlanRow;
import nl.stip.plans.PlanStore.VersionRow;
import nl.stip.plans.PlanViews.*;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What can be done with plans. Every request is one transaction: whatever fails, nothing is stored. A plan is only
 * visible to its owner, to planners and to the people the owner gave a role on it ({@link PlanMembership}); to anyone
 * else it does not exist (404), so its existence is not revealed. What each may then do in the plan's phase is
 * {@link PhasePolicy}'s to say.
 */
@Service
class PlanService {


    /** A save based on an older version than the current one. */
    static final class StaleVersionException extends RuntimeException {
        final int currentVersion;

        StaleVersionException(int baseVersion, int currentVersion) {
            super("The design was based on version " + baseVersion + " but the current version is " + currentVersion
                    + ": someone saved in between. Load version " + currentVersion + ", apply your changes and save again.");
            this.currentVersion = currentVersion;
        }
    }

    private final PlanStore store;
    private final PlanModelFiles modelFiles;
    private final DesignValidator validator;
    private final CheckService checks;
    private final Texts texts;
    private final JsonMapper json;
    private final PlanViewAssembler views;
    private final ObjectProvider<PlanMembership> membership;
    private final ApplicationEventPublisher events;
    private final nl.stip.sunlight.SunlightService sunlight;

    PlanService(PlanStore store, PlanModelFiles modelFiles, DesignValidator validator, CheckService checks, Texts texts, JsonMapper json,
                PlanViewAssembler views, ObjectProvider<PlanMembership> membership, ApplicationEventPublisher events,
                nl.stip.sunlight.SunlightService sunlight) {
        this.sunlight = sunlight;
        this.membership = membership;
        this.events = events;
        this.store = store;
        this.modelFiles = modelFiles;
        this.validator = validator;
        this.checks = checks;
        this.texts = texts;
        this.json = json;
        this.views = views;
    }

    @Transactional
    long create(Authentication who, CreatePlan body) {
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with title, activity and optionally description and parcels");
        }
        String title = body.title() == null ? "" : body.title().strip();
        if (title.isEmpty()) {
            throw new InvalidParameterException("title", "a plan needs a title");
        }
        if (title.length() > 120) {
            throw new InvalidParameterException("title", "the title has " + title.length() + " characters; at most 120");
        }
        String description = body.description() == null ? "" : body.description().strip();
        if (description.length() > 4000) {
            throw new InvalidParameterException("description", "the description has " + description.length() + " characters; at most 4000");
        }
        requireKnownActivity(body.activity());
        if (body.parcels() != null && body.parcels().stream().anyMatch(java.util.Objects::isNull)) { // the JSON rules refuse it already; a plain call too
            throw new InvalidParameterException("parcels", "a parcel id is missing");
        }
        List<Long> parcels = body.parcels() == null ? List.of() : body.parcels().stream().distinct().sorted().toList();
        List<Long> existing = store.existingParcels(parcels);
        for (Long p : parcels) {
            if (!existing.contains(p)) {
                throw new InvalidParameterException("parcels", "parcel " + p + " does not exist");
            }
        }
        return store.create(title, description, body.activity(), parcels, parcels.isEmpty(), who.getName());
    }

    @Transactional(readOnly = true)
    List<Plan> list(Authentication who) {
        // Own plans and those shared with the caller ("Gedeeld met mij"), each with the caller's role; planners see all.
        List<Long> shared = planner(who) ? List.of() : List.copyOf(sharedWith(who).keySet());
        return store.list(planner(who) ? null : who.getName(), shared).stream().map(plan -> view(who, plan)).toList();
    }

    @Transactional(readOnly = true)
    Plan get(Authentication who, long id) {
        return view(who, visible(who, id));
    }

    @Transactional
    SavedVersion saveDesign(Authentication who, long id, int baseVersion, Design design) {
        visible(who, id);
        // Locked, so a planner's move to 'application' and this save do not cross: the phase read here holds until commit.
        PlanRow plan = store.findForUpdate(id).orElseThrow();
        PhasePolicy.requireSaveDesign(part(who, plan), plan.phase());
        if (baseVersion < 0) {
            throw new InvalidParameterException("baseVersion", "baseVersion " + baseVersion + " is not a version; 0 means 'no design yet'");
        }
        // The design says what the initiator now wants to do; without one it is the plan's activity. A different
        // activity becomes the plan's (the Wijzigingsprint reports it), so plan, check and procedure always agree.
        if (design != null && design.activity() == null) {
            design = design.withActivity(plan.activity());
        }
        ValidatedDesign validated = validator.validate(design, modelFiles.of(id));
        // The row version check: of two saves based on the same version, the second waits for the first and then
        // finds the version moved on. Nothing is overwritten silently.
        if (!store.advanceVersion(id, baseVersion)) {
            throw new StaleVersionException(baseVersion, store.currentVersion(id));
        }
        int version = baseVersion + 1;
        // The plan's parcels are "uw perceel"; a plan without any yet takes them from its first design, once.
        CheckResult result = checks.check(validated, SiteChoice.plan(plan.parcelIds()));
        List<VolumeFacts> facts = validated.volumes().stream().map(PlanService::facts).toList();
        Instant savedAt = store.insertVersion(id, version, who.getName(), json.writeValueAsString(design), json.writeValueAsString(facts),
                result.compliant(), result.failed(), result.attention(),
                result.permit() == null ? null : result.permit().outcome(),
                result.permit() == null ? null : result.permit().legalTermWeeks());
        if (!validated.activity().equals(plan.activity())) {
            store.setActivity(id, validated.activity());
        }
        if (plan.parcelIds().isEmpty() && !result.parcelIds().isEmpty()) {
            store.setParcels(id, result.parcelIds()); // the parcel under the first footprint, as the check found it
        }
        return new SavedVersion(id, version, savedAt, who.getName(), result);
    }

    @Transactional(readOnly = true)
    List<Version> versions(Authentication who, long id) {
        visible(who, id);
        return store.versions(id).stream().map(v -> version(v, false)).toList();
    }

    @Transactional(readOnly = true)
    Version version(Authentication who, long id, int n) {
        visible(who, id);
        return version(versionRow(id, n), true);
    }

    /**
     * The Wijzigingsprint from version {@code from} (0: nothing yet) to version {@code to}, without an access decision
     * (for {@link PlanDirectory#changesBetween}); the same comparison as {@link #changes} of two adjacent versions.
     */
    @Transactional(readOnly = true)
    Changes changesBetween(long id, int from, int to) {
        VersionRow afterRow = versionRow(id, to);
        VersionRow beforeRow = from < 1 ? null : versionRow(id, from);
        Design afterDesign = design(afterRow);
        Design beforeDesign = beforeRow == null ? null : design(beforeRow);
        ModelChanges.Result models = ModelChanges.between(beforeDesign == null ? List.of() : models(beforeDesign), models(afterDesign),
                modelFiles.filenames(id), texts);
        return DesignChanges.between(to, beforeRow == null ? List.of() : volumes(beforeRow), volumes(afterRow), models, texts);
    }

    @Transactional(readOnly = true)
    Changes changes(Authentication who, long id, int n) {
        visible(who, id);
        VersionRow afterRow = versionRow(id, n);
        VersionRow beforeRow = n == 1 ? null : versionRow(id, n - 1);
        List<VolumeFacts> after = volumes(afterRow);
        List<VolumeFacts> before = beforeRow == null ? List.of() : volumes(beforeRow);
        Design afterDesign = design(afterRow);
        Design beforeDesign = beforeRow == null ? null : design(beforeRow);
        ModelChanges.Result models = ModelChanges.between(beforeDesign == null ? List.of() : models(beforeDesign), models(afterDesign),
                modelFiles.filenames(id), texts);
        Changes changes = DesignChanges.between(n, before, after, models, texts);
        String activityBefore = beforeDesign == null ? null : activity(beforeDesign);
        String activityAfter = activity(afterDesign);
        if (activityBefore != null && activityAfter != null && !activityBefore.equals(activityAfter)) {
            changes = changes.withFirstLine(texts.get("plan.change.activity",
                    texts.get("check.activity." + activityBefore), texts.get("check.activity." + activityAfter)));
        }
        return changes;
    }

    @Transactional(readOnly = true)
    CheckResult check(Authentication who, long id) {
        PlanRow plan = visible(who, id);
        PhasePolicy.requireRecheck(part(who, plan), plan.phase());
        if (plan.version() == 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "no-design", "The plan has no design yet: save one first (PUT .../design).");
        }
        VersionRow current = versionRow(id, plan.version());
        Design design = json.readValue(current.design(), Design.class);
        return checks.check(validator.validate(design, modelFiles.of(id)), SiteChoice.plan(plan.parcelIds()));
    }

    /**
     * The bezonningsstudie of the plan's current design, for everyone who may see the plan (it holds no names: buildings
     * by BAG id, parcels by kadastrale aanduiding). A plan without a design is 409 no-design.
     */
    org.springframework.http.ResponseEntity<Object> sunlight(Authentication who, long id, String format) {
        nl.stip.sunlight.SunlightService.asksGeoJson(format);
        PlanRow plan = visible(who, id);
        if (plan.version() == 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "no-design", "The plan has no design yet: save one first (PUT .../design).");
        }
        Design design = json.readValue(versionRow(id, plan.version()).design(), Design.class);
        return sunlight.answer(validator.validate(design, modelFiles.of(id)), format);
    }

    @Transactional
    Plan movePhase(Authentication who, long id, String phaseKey) {
        visible(who, id);
        PlanRow plan = store.findForUpdate(id).orElseThrow();
        Phase target = Phase.of(phaseKey);
        if (target == null) {
            throw new InvalidParameterException("phase", "phase '" + phaseKey + "' is not one of "
                    + String.join(", ", Arrays.stream(Phase.values()).map(Phase::key).toList()));
        }
        if (target == plan.phase()) {
            throw new InvalidParameterException("phase", "the plan is already in phase '" + target.key() + "'");
        }
        PhasePolicy.requireMove(part(who, plan), plan.phase(), target);
        store.setPhase(id, target, who.getName());
        // Told inside this transaction: the listeners (notifications) run after commit, a rollback tells nobody.
        events.publishEvent(new PlanPhaseChanged(id, plan.phase().key(), target.key(), who.getName(), Instant.now()));
        return view(who, store.find(id).orElseThrow());
    }

    /** The caller's part in a plan whose documents it may read: 404 when it may not see the plan, 403 for a viewer. */
    PhasePolicy.Part requireReadDocuments(Authentication who, long id) {
        PhasePolicy.Part part = part(who, visible(who, id));
        if (part == PhasePolicy.Part.VIEWER) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "viewer-role",
                    "A viewer sees the plan and its design; its documents are for the owner, co-editors, advisors and planners.");
        }
        return part;
    }

    /** The caller's part in the plan once {@link PhasePolicy} lets it add a document now; 404 when it may not see the plan. */
    PhasePolicy.Part requireUpload(Authentication who, long id) {
        PlanRow plan = visible(who, id);
        PhasePolicy.Part part = part(who, plan);
        PhasePolicy.requireUpload(part, plan.phase());
        return part;
    }

    /**
     * The caller's part in a plan. The owner is the owner even with a planner's role too: nobody decides on their own
     * plan. A planner stays a planner even when invited (the municipality's part does not shrink by an invitation, and
     * a planner never draws the initiator's design); anyone else has the role the owner gave them, if any.
     */
    PhasePolicy.Part part(Authentication who, PlanRow plan) {
        if (plan.owner().equals(who.getName())) {
            return PhasePolicy.Part.OWNER;
        }
        if (planner(who)) {
            return PhasePolicy.Part.PLANNER;
        }
        return roleOf(plan.id(), who).map(role -> switch (role) {
            case CO_EDITOR -> PhasePolicy.Part.CO_EDITOR;
            case ADVISOR -> PhasePolicy.Part.ADVISOR;
            case VIEWER -> PhasePolicy.Part.VIEWER;
        }).orElse(PhasePolicy.Part.OTHER);
    }

    private Optional<PlanRole> roleOf(long planId, Authentication who) {
        PlanMembership members = membership.getIfAvailable();
        return members == null ? Optional.empty() : members.roleOf(planId, who.getName());
    }

    private Map<Long, PlanRole> sharedWith(Authentication who) {
        PlanMembership members = membership.getIfAvailable();
        return members == null ? Map.of() : members.plansOf(who.getName());
    }

    /** The plan if the caller may see it (owner, planner, or a role on it); 404 otherwise, so its existence is not revealed. */
    private PlanRow visible(Authentication who, long id) {
        PlanRow plan = store.find(id).orElse(null);
        if (plan == null || part(who, plan) == PhasePolicy.Part.OTHER) {
            throw new NotFoundException("There is no plan " + id + ".");
        }
        return plan;
    }

    private void requireKnownActivity(String activity) {
        if (activity == null || !validator.activities().contains(activity)) {
            throw new InvalidParameterException("activity", "activity '" + activity + "' is not one of " + String.join(", ", validator.activities()));
        }
    }

    private VersionRow versionRow(long id, int n) {
        return store.version(id, n).orElseThrow(() -> new NotFoundException("The plan has no version " + n + "."));
    }

    static boolean planner(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.PLANNER.authority()::equals);
    }

    private static VolumeFacts facts(ValidatedVolume v) {
        return new VolumeFacts(round(v.footprint().getArea()), v.baseHeight(), v.height(), v.pitched(), v.eavesHeight());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private List<VolumeFacts> volumes(VersionRow row) {
        return json.readValue(row.volumes(), new TypeReference<List<VolumeFacts>>() {
        });
    }

    private Design design(VersionRow row) {
        return json.readValue(row.design(), Design.class);
    }

    private String activity(Design design) {
        String activity = design.activity();
        return activity == null || !validator.activities().contains(activity) ? null : activity;
    }

    private static List<Design.Model> models(Design design) {
        return design.models() == null ? List.of() : design.models();
    }

    private Version version(VersionRow v, boolean withDesign) {
        return new Version(v.version(), v.savedAt(), v.savedBy(), PlanViewAssembler.summary(v), withDesign ? json.readTree(v.design()) : null);
    }

    private Plan view(Authentication who, PlanRow plan) {
        return views.view(plan, part(who, plan));
    }
}
