package nl.stip.sharing.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.sharing.internal.SharingViews.*;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing a plan: invitations and members (owner), the invitation landing's POST, private comments (the circle but
 * viewers), and publication (owner asks, planner decides). Who may call at all is in {@link SharingSecurity}; who may
 * do what with a plan in the services, through {@link Circle}.
 */
@RestController
class SharingController {

    private final Invitations invitations;
    private final Comments comments;
    private final Publications publications;

    SharingController(Invitations invitations, Comments comments, Publications publications) {
        this.invitations = invitations;
        this.comments = comments;
        this.publications = publications;
    }

    @Operation(summary = "Invite someone to the plan with a role (owner)", description = "email, role co-editor, advisor or viewer. "
            + "A mail with a single-use link to /?invitation=<token> that expires (7 days by default).")
    @PostMapping(value = "/api/v1/plans/{id}/invitations", produces = "application/json")
    ResponseEntity<Invitation> invite(Authentication who, @PathVariable long id, @RequestBody(required = false) Invite body) {
        Invitation invitation = invitations.invite(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/invitations/" + invitation.id())).body(invitation);
    }

    @Operation(summary = "Members and every invitation with its status: pending, accepted, revoked, expired (owner)")
    @GetMapping(value = "/api/v1/plans/{id}/invitations", produces = "application/json")
    Sharing sharing(Authentication who, @PathVariable long id) {
        return invitations.sharing(who, id);
    }

    @Operation(summary = "Revoke an invitation; an accepted one takes the role away (owner)")
    @DeleteMapping("/api/v1/plans/{id}/invitations/{invitationId}")
    ResponseEntity<Void> revoke(Authentication who, @PathVariable long id, @PathVariable long invitationId) {
        invitations.revoke(who, id, invitationId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Who shares the plan (owner, co-editors, advisors, planners)")
    @GetMapping(value = "/api/v1/plans/{id}/members", produces = "application/json")
    List<Member> members(Authentication who, @PathVariable long id) {
        return invitations.members(who, id);
    }

    @Operation(summary = "Change a member's role (owner)")
    @PutMapping(value = "/api/v1/plans/{id}/members/{email}", produces = "application/json")
    Member changeRole(Authentication who, @PathVariable long id, @PathVariable String email, @RequestBody(required = false) RoleChange body) {
        return invitations.changeRole(who, id, email, body);
    }

    @Operation(summary = "Take a member's role away (owner)")
    @DeleteMapping("/api/v1/plans/{id}/members/{email}")
    ResponseEntity<Void> removeMember(Authentication who, @PathVariable long id, @PathVariable String email) {
        invitations.removeMember(who, id, email);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Accept an invitation (logged in as the invited address)", description = "token from the link. "
            + "400 invalid-invitation (unknown), 410 invitation-used, invitation-expired or invitation-revoked, 403 "
            + "invitation-other-account; nothing is stored then.")
    @PostMapping(value = "/api/v1/invitations/accept", produces = "application/json")
    Accepted accept(Authentication who, @RequestBody(required = false) Accept body) {
        return invitations.accept(who, body == null ? null : body.token());
    }

    @Operation(summary = "Private comments on the plan (owner, co-editors, advisors, planners)", description = "version: only those on that version")
    @GetMapping(value = "/api/v1/plans/{id}/comments", produces = "application/json")
    List<Comment> comments(Authentication who, @PathVariable long id, @RequestParam(value = "version", required = false) String version) {
        return comments.list(who, id, version == null ? null : number("version", version));
    }

    @Operation(summary = "Add a private comment (owner, co-editors, advisors, planners)", description = "text 1..2000 plain text; "
            + "version (optional); anchor {lon, lat, height} (optional) within 100 m of the design")
    @PostMapping(value = "/api/v1/plans/{id}/comments", produces = "application/json")
    ResponseEntity<Comment> comment(Authentication who, @PathVariable long id, @RequestBody(required = false) NewComment body) {
        Comment comment = comments.add(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/comments/" + comment.id())).body(comment);
    }

    @Operation(summary = "The plan's publication state and what the caller may do with it (everyone who sees the plan)")
    @GetMapping(value = "/api/v1/plans/{id}/publication", produces = "application/json")
    Publication publication(Authentication who, @PathVariable long id) {
        return publications.get(who, id);
    }

    @Operation(summary = "Ask to publish the plan (owner)", description = "displayName (optional): what the public sees as the "
            + "initiator; without it nothing. 202 requested when a planner approves first, 200 published otherwise.")
    @PostMapping(value = "/api/v1/plans/{id}/publication", produces = "application/json")
    ResponseEntity<Publication> publish(Authentication who, @PathVariable long id, @RequestBody(required = false) PublishRequest body) {
        Publication publication = publications.request(who, id, body);
        return ResponseEntity.status(publication.state().equals("published") ? HttpStatus.OK : HttpStatus.ACCEPTED).body(publication);
    }

    @Operation(summary = "Withdraw the request or unpublish the plan (owner; before a participation round opens)")
    @DeleteMapping(value = "/api/v1/plans/{id}/publication", produces = "application/json")
    Publication unpublish(Authentication who, @PathVariable long id) {
        return publications.withdraw(who, id);
    }

    @Operation(summary = "Approve a publication request (planners)")
    @PostMapping(value = "/api/v1/plans/{id}/publication/approve", produces = "application/json")
    Publication approve(Authentication who, @PathVariable long id) {
        return publications.approve(who, id);
    }

    @Operation(summary = "Reject a publication request with a reason (planners)")
    @PostMapping(value = "/api/v1/plans/{id}/publication/reject", produces = "application/json")
    Publication reject(Authentication who, @PathVariable long id, @RequestBody(required = false) Decision body) {
        return publications.reject(who, id, body);
    }

    @Operation(summary = "Publication requests waiting for a planner (planners)")
    @GetMapping(value = "/api/v1/publication-requests", produces = "application/json")
    List<PendingRequest> pending() {
        return publications.pending();
    }

    static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " '" + value + "' is not a whole number");
        }
    }
}
