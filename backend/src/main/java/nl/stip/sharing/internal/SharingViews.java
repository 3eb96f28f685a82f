package nl.stip.sharing.internal;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** What the sharing API takes and answers. */
final class SharingViews {

    private SharingViews() {
    }

    record Invite(String email, String role) {
    }

    record Accept(String token) {
    }

    record RoleChange(String role) {
    }

    record Invitation(long id, String email, String role, String status, String invitedBy, Instant createdAt, Instant expiresAt,
                      Instant acceptedAt) {
    }

    record Member(String email, String role, Instant addedAt) {
    }

    /** The owner's view of who shares the plan: members and every invitation with its status. */
    record Sharing(List<Member> members, List<Invitation> invitations) {
    }

    record Accepted(long planId, String title, String role) {
    }

    record Anchor(Double lon, Double lat, Double height) {
    }

    record NewComment(String text, Integer version, Anchor anchor) {
    }

    record Comment(long id, Integer version, String author, String authorRole, String text, Anchor anchor, Instant createdAt) {
    }

    record PublishRequest(String displayName) {
    }

    record Decision(String reason) {
    }

    /**
     * The publication of a plan: state private, requested, rejected (with reason) or published; what the caller may do.
     */
    record Publication(long planId, String state, boolean approvalRequired, String displayName, Instant requestedAt,
                       String reason, Instant decidedAt, Instant publishedAt, boolean mayRequest, boolean mayWithdraw,
                       boolean mayDecide) {
    }

    /** A publication request waiting for a planner. */
    record PendingRequest(long planId, String title, String phase, Instant requestedAt) {
    }

    record PublicCheck(boolean compliant, int failed, int attention, String outcome) {
    }

    /** A published plan as anyone sees it: no owner, no e-mail; the initiator only as the display name the owner chose. */
    record PublicPlan(long id, String title, String description, String activity, String phase, String phaseLabel,
                      String initiator, Instant publishedAt, PublicCheck check, List<Double> bbox, List<JsonNode> volumes) {
    }
}
