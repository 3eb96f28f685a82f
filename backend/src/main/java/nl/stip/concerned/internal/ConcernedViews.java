package nl.stip.concerned.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the concerned endpoints answer and accept. */
final class ConcernedViews {

    private ConcernedViews() {
    }

    /** One concerned parcel or building: distance in metres to the plan's volumes (or parcels), direction, ring, addresses. */
    record Party(String type, String id, String label, double distance, String direction, String ring, boolean touching,
                 List<String> addresses, List<String> addressIds,
                 @Schema(type = "object", description = "GeoJSON geometry in WGS84") @JsonRawValue String geometry) {
    }

    /** Per ring: parcels, buildings, known addresses and confirmed residents. */
    record RingCount(String ring, long parcels, long buildings, long addresses, long confirmedResidents) {
    }

    /** The concerned set as the owner, co-editors and planners see it. */
    record ConcernedSet(long planId, int version, double distance, String measuredFrom, List<RingCount> rings, List<Party> parties,
                        @Schema(type = "object", description = "GeoJSON polygon in WGS84: the area within the distance") Map<String, Object> area) {
    }

    /** Public counts per ring: every count below 5 is "< 5". */
    record PublicRing(String ring, String parcels, String buildings, String households, String confirmedResidents) {
    }

    record PublicTally(String ring, String consent, String noObjection, String objection) {
    }

    record PublicConcerned(long planId, double distance, List<PublicRing> rings, List<PublicTally> tally) {
    }

    record Point(Double lon, Double lat) {
    }

    record HomeChoice(String pandId, String addressId, Point point) {
    }

    record Code(String code) {
    }

    record Home(String status, Long id, String pandId, String addressId, String addressLabel, Double lon, Double lat,
                Instant chosenAt, Instant codeExpiresAt, Instant confirmedAt, String confirmedVia) {
    }

    record StatementInput(String kind, String reason, Integer version) {
    }

    /** A statement as the resident, the owner and planners see it (name only for the latter). */
    record Statement(String kind, String reason, int version, String ring, double distance, String direction, String address,
                     String name, Instant recordedAt, Instant changedAt) {
    }

    record Tally(String ring, long consent, long noObjection, long objection) {
    }

    record Statements(long planId, List<Tally> tally, List<Statement> statements) {
    }

    /** Whether a plan concerns the caller, and their own statement. */
    record Mine(long planId, boolean published, String homeStatus, boolean concerned, String ring, Double distance, String direction,
                Integer currentVersion, boolean mayState, String whyNot, Statement statement) {
    }

    record Invited(long planId, int emails, int letters, String lettersUrl) {
    }

    /** A published plan that concerns the caller's confirmed home. */
    record ConcerningPlan(long planId, String title, String ring, double distance, String direction, String statement) {
    }
}
