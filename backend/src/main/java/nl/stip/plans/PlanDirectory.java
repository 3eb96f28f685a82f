package nl.stip.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import org.springframework.security.core.Authentication;

import nl.stip.platform.Texts;
import nl.stip.plans.PlanStore.PlanRow;
import nl.stip.plans.PlanStore.VersionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans module's public queries for other modules (sharing, later participation): a plan's facts and the design
 * of a version, read without any access decision. Whoever calls decides who may see what it passes on.
 */
@Service
public class PlanDirectory {

    private final PlanStore store;
    private final Texts texts;
    private final JsonMapper json;
    private final PlanService plans;

    PlanDirectory(PlanStore store, Texts texts, JsonMapper json, PlanService plans) {
        this.store = store;
        this.texts = texts;
        this.json = json;
        this.plans = plans;
    }

    /**
     * The caller's part in a plan as plans decides it everywhere (owner first, then planner, then the role the owner
     * gave): owner, co-editor, advisor, viewer or planner; empty when the caller may not see the plan or it does not
     * exist. One rule for plans and for the modules that build on it.
     */
    @Transactional(readOnly = true)
    public Optional<String> partOf(Authentication who, long id) {
        if (who == null) {
            return Optional.empty();
        }
        return store.find(id).map(plan -> PlanViewAssembler.role(plans.part(who, plan)));
    }

    @Transactional(readOnly = true)
    public Optional<PlanFacts> find(long id) {
        return store.find(id).map(this::facts);
    }

    /**
     * The design of version {@code n} (the current one for n = 0) as it was saved: activity, volumes with WGS84
     * GeoJSON footprints, models. Empty when the plan or the version does not exist.
     */
    @Transactional(readOnly = true)
    public Optional<JsonNode> design(long id, int n) {
        Optional<PlanRow> plan = store.find(id);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        int version = n == 0 ? plan.get().version() : n;
        if (version == 0) {
            return Optional.empty();
        }
        return store.version(id, version).map(v -> json.readTree(v.design()));
    }

    /**
     * Where the plan is (RD New): the union of its parcels and the footprints of the volumes of its current design.
     * Empty when the plan does not exist or has neither parcels nor a design. For matching a plan against areas
     * (notifications); no access decision.
     */
    @Transactional(readOnly = true)
    public Optional<Geometry> area(long id) {
        Optional<PlanRow> plan = store.find(id);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        List<Geometry> parts = new ArrayList<>();
        if (!plan.get().parcelIds().isEmpty()) {
            String parcels = store.parcelArea(plan.get().parcelIds());
            if (parcels != null) {
                try {
                    parts.add(new WKTReader(Rd.GEOMETRY).read(parcels));
                } catch (ParseException e) {
                    throw new IllegalStateException("PostGIS answered a geometry JTS cannot read", e);
                }
            }
        }
        design(id, 0).ifPresent(design -> {
            for (JsonNode volume : design.path("volumes")) {
                JsonNode footprint = volume.path("footprint");
                if (!footprint.isObject()) {
                    continue;
                }
                try {
                    Geometry wgs84 = new GeoJsonReader(WGS84).read(footprint.toString());
                    parts.add(CrsTransform.wgs84ToRd(wgs84));
                } catch (ParseException | RuntimeException e) {
                    // a saved design was validated; a footprint that cannot be read is left out rather than fail a caller
                }
            }
        });
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Geometry union = Rd.GEOMETRY.buildGeometry(parts).union();
        union.setSRID(Rd.SRID);
        return Optional.of(union);
    }

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    /** The ids of the parcels a plan is on (empty when the plan does not exist or has none yet). */
    @Transactional(readOnly = true)
    public List<Long> parcelIds(long id) {
        return store.find(id).map(PlanRow::parcelIds).orElse(List.of());
    }

    /** When version {@code n} of a plan was saved; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<Instant> versionSavedAt(long id, int n) {
        return n < 1 ? Optional.empty() : store.version(id, n).map(VersionRow::savedAt);
    }

    /** The plan's version current at {@code at}: the last one saved at or before it (0 when none was). */
    @Transactional(readOnly = true)
    public int versionAt(long id, Instant at) {
        return store.versions(id).stream().filter(v -> !v.savedAt().isAfter(at)).mapToInt(VersionRow::version).max().orElse(0);
    }

    /**
     * The Wijzigingsprint from version {@code from} to version {@code to} of a plan (0 &lt; from &lt; to; from may be 0 for
     * "nothing yet"): the volumes whose shape changed (numbers from 1) and the change in plain Dutch lines. Empty when
     * {@code to} is not a version after {@code from}. No access decision.
     */
    @Transactional(readOnly = true)
    public Optional<DesignDifference> changesBetween(long id, int from, int to) {
        if (to <= from || to < 1 || store.version(id, to).isEmpty() || (from > 0 && store.version(id, from).isEmpty())) {
            return Optional.empty();
        }
        PlanViews.Changes changes = plans.changesBetween(id, from, to);
        return Optional.of(new DesignDifference(from, to, changes.volumes().stream().filter(v -> !v.change().equals("unchanged"))
                .map(PlanViews.VolumeChange::volume).toList(), changes.summary()));
    }

    /** A Wijzigingsprint for other modules: the versions compared, the changed volumes (from 1) and the Dutch lines. */
    public record DesignDifference(int from, int to, List<Integer> changedVolumes, List<String> lines) {
    }

    /** Whether the plan's phase is {@code application} or later on the journey (decided, realised, evaluated). */
    @Transactional(readOnly = true)
    public boolean atOrPastApplication(long id) {
        return store.find(id).map(p -> p.phase().ordinal() >= Phase.APPLICATION.ordinal()).orElse(false);
    }

    private PlanFacts facts(PlanRow plan) {
        VersionRow latest = plan.version() == 0 ? null : store.version(plan.id(), plan.version()).orElse(null);
        PlanFacts.Check check = latest == null ? null
                : new PlanFacts.Check(latest.compliant(), latest.failed(), latest.attention(), latest.outcome(), latest.legalTermWeeks());
        return new PlanFacts(plan.id(), plan.title(), plan.description(), plan.activity(), plan.owner(), plan.phase().key(),
                texts.get("plan.phase." + plan.phase().key()), plan.version(), check, plan.createdAt());
    }
}
