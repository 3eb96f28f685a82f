package nl.stip.sharing.internal;

import java.util.ArrayList;
import java.util.List;

import nl.stip.audit.AuditTrail;
import nl.stip.geo.CrsTransform;
import nl.stip.geo.Rd;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.plans.PlanDirectory;
import nl.stip.sharing.internal.Circle.Part;
import nl.stip.sharing.internal.Circle.Seat;
import nl.stip.sharing.internal.SharingStore.CommentRow;
import nl.stip.sharing.internal.SharingViews.Anchor;
import nl.stip.sharing.internal.SharingViews.Comment;
import nl.stip.sharing.internal.SharingViews.NewComment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Private comments on a plan or one of its versions (e.g. an advisor to the owner), optionally anchored to a point of
 * the design. Read and written by the owner, co-editors, advisors and planners; a viewer is told no (403), anyone
 * else does not learn the plan exists (404). The audit notes that a comment was made, never its text.
 */
@Service
class Comments {

    static final int MAX_LENGTH = 2000;
    /** How far from the design's footprints (and placed models) an anchor may lie, in metres. */
    static final double MAX_ANCHOR_DISTANCE = 100;
    static final double MAX_ANCHOR_HEIGHT = 200;
    private static final Part[] READERS = {Part.OWNER, Part.CO_EDITOR, Part.ADVISOR, Part.PLANNER};
    private static final String VIEWER = "A viewer sees the plan and its design; private comments are for the owner, co-editors, advisors and planners.";

    private final SharingStore store;
    private final Circle circle;
    private final PlanDirectory plans;
    private final AuditTrail audit;

    Comments(SharingStore store, Circle circle, PlanDirectory plans, AuditTrail audit) {
        this.store = store;
        this.circle = circle;
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Comment> list(Authentication who, long planId, Integer version) {
        circle.require(who, planId, "viewer-role", VIEWER, READERS);
        return store.comments(planId, version).stream().map(Comments::view).toList();
    }

    @Transactional
    Comment add(Authentication who, long planId, NewComment body) {
        Seat seat = circle.require(who, planId, "viewer-role", VIEWER, READERS);
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with text and optionally version and anchor");
        }
        String text = text(body.text());
        Integer version = body.version();
        if (version != null && (version < 1 || version > seat.plan().currentVersion())) {
            throw new InvalidParameterException("version", seat.plan().currentVersion() == 0 ? "the plan has no versions yet"
                    : "version " + version + " is not a version of the plan (1 to " + seat.plan().currentVersion() + ")");
        }
        Anchor anchor = body.anchor();
        if (anchor != null) {
            anchor = anchor(anchor, plans.design(planId, version == null ? 0 : version).orElse(null));
        }
        CommentRow row = store.insertComment(planId, version, who.getName(), seat.part().key, text,
                anchor == null ? null : anchor.lon(), anchor == null ? null : anchor.lat(), anchor == null ? null : anchor.height());
        audit.record(who.getName(), "comment.added", planId, null, version == null ? "on the plan" : "on version " + version);
        return view(row);
    }

    /** 1..2000 characters after trimming; no NUL or other control characters but line breaks and tabs. */
    static String text(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidParameterException("text", "a comment needs a text");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidParameterException("text", "the text has " + text.codePointCount(0, text.length()) + " characters; at most " + MAX_LENGTH);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidParameterException("text", "the text holds a control character (such as NUL); send plain text");
        }
        return text;
    }

    /** The anchor checked against the design it points into: WGS84, at most 100 m from a footprint, height 0..200 m. */
    static Anchor anchor(Anchor anchor, JsonNode design) {
        Double lon = anchor.lon();
        Double lat = anchor.lat();
        if (lon == null || !Double.isFinite(lon)) {
            throw new InvalidParameterException("anchor.lon", "an anchor needs a longitude (WGS84 degrees)");
        }
        if (lat == null || !Double.isFinite(lat)) {
            throw new InvalidParameterException("anchor.lat", "an anchor needs a latitude (WGS84 degrees)");
        }
        Double height = anchor.height();
        if (height != null && (!Double.isFinite(height) || height < 0 || height > MAX_ANCHOR_HEIGHT)) {
            throw new InvalidParameterException("anchor.height", "the height is metres above ground, 0 to " + (int) MAX_ANCHOR_HEIGHT);
        }
        if (!Rd.AREA_OF_USE_WGS84.contains(lon, lat)) {
            throw new InvalidParameterException("anchor", "the anchor lies outside the Netherlands, far from the plan");
        }
        List<Geometry> parts = design == null ? List.of() : parts(design);
        if (parts.isEmpty()) {
            throw new InvalidParameterException("anchor", "the plan has no design (in that version) to anchor a comment to");
        }
        Coordinate at = CrsTransform.toRd(lon, lat);
        Geometry point = Rd.GEOMETRY.createPoint(at);
        double nearest = parts.stream().mapToDouble(g -> g.distance(point)).min().orElse(Double.MAX_VALUE);
        if (nearest > MAX_ANCHOR_DISTANCE) {
            throw new InvalidParameterException("anchor", String.format(java.util.Locale.ROOT,
                    "the anchor lies %.0f m from the design; at most %.0f m", nearest, MAX_ANCHOR_DISTANCE));
        }
        return new Anchor(lon, lat, height);
    }

    /** The design's footprints (outer rings) and model positions, in RD New. */
    private static List<Geometry> parts(JsonNode design) {
        List<Geometry> parts = new ArrayList<>();
        for (JsonNode volume : design.path("volumes")) {
            JsonNode ring = volume.path("footprint").path("coordinates").path(0);
            List<Coordinate> coords = new ArrayList<>();
            for (JsonNode c : ring) {
                coords.add(CrsTransform.toRd(c.path(0).asDouble(), c.path(1).asDouble()));
            }
            if (coords.size() >= 2) {
                parts.add(Rd.GEOMETRY.createLineString(coords.toArray(Coordinate[]::new)));
                if (coords.size() >= 4 && coords.get(0).equals2D(coords.get(coords.size() - 1))) {
                    parts.add(Rd.GEOMETRY.createPolygon(coords.toArray(Coordinate[]::new)));
                }
            }
        }
        for (JsonNode model : design.path("models")) {
            JsonNode p = model.path("position");
            if (p.has("lon") && p.has("lat")) {
                parts.add(Rd.GEOMETRY.createPoint(CrsTransform.toRd(p.path("lon").asDouble(), p.path("lat").asDouble())));
            }
        }
        return parts;
    }

    private static Comment view(CommentRow row) {
        Anchor anchor = row.lon() == null ? null : new Anchor(row.lon(), row.lat(), row.height());
        return new Comment(row.id(), row.version(), row.author(), row.authorRole(), row.text(), anchor, row.createdAt());
    }
}
