package nl.stip.sharing.internal;

import nl.stip.platform.web.PublicUrl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import nl.stip.accounts.AccountDirectory;
import nl.stip.accounts.Mailer;
import nl.stip.audit.AuditTrail;
import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.plans.PlanRole;
import nl.stip.sharing.PlanShared;
import nl.stip.sharing.internal.Circle.Part;
import nl.stip.sharing.internal.SharingStore.InvitationRow;
import nl.stip.sharing.internal.SharingViews.Accepted;
import nl.stip.sharing.internal.SharingViews.Invitation;
import nl.stip.sharing.internal.SharingViews.Member;
import nl.stip.sharing.internal.SharingViews.Sharing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a plan and the members they make. Only the owner invites, changes roles and revokes (a co-editor
 * changes the design and the dossier, not who is invited). The link in the mail carries a random token of which only
 * a hash is stored; it is spent once, by the logged-in person it was sent to, with a POST from the web app's landing
 * (a GET never spends it, so mail scanners that open links cannot use it up).
 */
@Service
class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_PENDING = 50;
    private static final String OWNER_ONLY = "Only the owner of a plan decides who shares it.";

    private final SharingStore store;
    private final Circle circle;
    private final PlanDirectory plans;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final Texts texts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Duration validity;
    private final PublicUrl publicUrl;

    Invitations(SharingStore store, Circle circle, PlanDirectory plans, AccountDirectory accounts, Mailer mailer, Texts texts,
                AuditTrail audit, ApplicationEventPublisher events,
                @Value("${stip.sharing.invitation-validity:P7D}") Duration validity,
                PublicUrl publicUrl) {
        this.store = store;
        this.circle = circle;
        this.plans = plans;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
        this.validity = validity;
        this.publicUrl = publicUrl;
    }

    @Transactional
    Invitation invite(Authentication who, long planId, SharingViews.Invite body) {
        PlanFacts plan = circle.require(who, planId, "not-owner", OWNER_ONLY, Part.OWNER).plan();
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with email and role");
        }
        PlanRole role = role(body.role());
        String email = email(body.email());
        if (email.equals(plan.owner())) {
            throw new InvalidParameterException("email", "You cannot invite yourself: you own the plan.");
        }
        store.member(planId, email).ifPresent(m -> {
            throw new InvalidParameterException("email", email + " already shares the plan as " + m.role()
                    + "; change the role (PUT .../members/{email}) instead of inviting again");
        });
        int replaced = store.revokePending(planId, email);
        if (store.pendingInvitations(planId) >= MAX_PENDING) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-invitations",
                    "The plan has " + MAX_PENDING + " pending invitations; revoke some or wait until they are accepted.");
        }
        String token = token();
        InvitationRow row = store.insertInvitation(planId, email, role.key(), hash(token), who.getName(), validity);
        mailer.send(email, texts.get("mail.plan-invitation.subject"), texts.get("mail.plan-invitation.text",
                who.getName(), plain(plan.title()), texts.get("sharing.role." + role.key()), link(token), validity.toDays()));
        audit.record(who.getName(), replaced > 0 ? "invitation.renewed" : "invitation.sent", planId, email, "role " + role.key());
        return view(row, store.now());
    }

    @Transactional(readOnly = true)
    Sharing sharing(Authentication who, long planId) {
        circle.require(who, planId, "not-owner", "Only the owner of a plan sees its invitations.", Part.OWNER);
        Instant now = store.now();
        return new Sharing(store.members(planId).stream().map(m -> new Member(m.email(), m.role(), m.addedAt())).toList(),
                store.invitations(planId).stream().map(i -> view(i, now)).toList());
    }

    /** The members, for everyone in the circle but a viewer. */
    @Transactional(readOnly = true)
    List<Member> members(Authentication who, long planId) {
        circle.require(who, planId, "viewer-role", "A viewer does not see who else shares the plan.",
                Part.OWNER, Part.CO_EDITOR, Part.ADVISOR, Part.PLANNER);
        return store.members(planId).stream().map(m -> new Member(m.email(), m.role(), m.addedAt())).toList();
    }

    /** Revokes an invitation; one already accepted takes the person's role on the plan away too. */
    @Transactional
    void revoke(Authentication who, long planId, long invitationId) {
        circle.require(who, planId, "not-owner", OWNER_ONLY, Part.OWNER);
        InvitationRow row = store.invitation(invitationId).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new NotFoundException("The plan has no invitation " + invitationId + "."));
        if (row.revokedAt() != null) {
            return;
        }
        store.revoke(invitationId);
        boolean removed = row.acceptedAt() != null && store.removeMember(planId, row.email());
        audit.record(who.getName(), "invitation.revoked", planId, row.email(), removed ? "role " + row.role() + " taken away" : "role " + row.role());
    }

    @Transactional
    Member changeRole(Authentication who, long planId, String emailInput, SharingViews.RoleChange body) {
        circle.require(who, planId, "not-owner", OWNER_ONLY, Part.OWNER);
        String email = normalised(emailInput);
        PlanRole role = role(body == null ? null : body.role());
        SharingStore.MemberRow before = store.member(planId, email)
                .orElseThrow(() -> new NotFoundException(email + " does not share plan " + planId + "."));
        if (!before.role().equals(role.key())) {
            store.setRole(planId, email, role.key());
            audit.record(who.getName(), "member.role-changed", planId, email, before.role() + " -> " + role.key());
        }
        return store.member(planId, email).map(m -> new Member(m.email(), m.role(), m.addedAt())).orElseThrow();
    }

    @Transactional
    void removeMember(Authentication who, long planId, String emailInput) {
        circle.require(who, planId, "not-owner", OWNER_ONLY, Part.OWNER);
        String email = normalised(emailInput);
        SharingStore.MemberRow member = store.member(planId, email)
                .orElseThrow(() -> new NotFoundException(email + " does not share plan " + planId + "."));
        store.removeMember(planId, email);
        audit.record(who.getName(), "member.removed", planId, email, "role " + member.role());
    }

    /** Spends the link: the caller gets the role. Unknown → 400; revoked, used or expired → 410; nothing stored then. */
    @Transactional
    Accepted accept(Authentication who, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new SharingProblem(HttpStatus.BAD_REQUEST, "invalid-invitation", "token", "Send the token from the invitation link.");
        }
        InvitationRow row = store.invitationByTokenForUpdate(hash(token.strip()))
                .orElseThrow(() -> new SharingProblem(HttpStatus.BAD_REQUEST, "invalid-invitation", "token",
                        "This is not an invitation link of Stip (or the plan no longer exists)."));
        switch (row.status(store.now())) {
            case "revoked" -> throw new SharingProblem(HttpStatus.GONE, "invitation-revoked", "token",
                    "The owner withdrew this invitation.");
            case "accepted" -> throw new SharingProblem(HttpStatus.GONE, "invitation-used", "token",
                    "This invitation link was already used; a link works once.");
            case "expired" -> throw new SharingProblem(HttpStatus.GONE, "invitation-expired", "token",
                    "This invitation link has expired; ask the owner for a new one.");
            default -> {
            }
        }
        if (!row.email().equals(who.getName())) {
            throw new SharingProblem(HttpStatus.FORBIDDEN, "invitation-other-account", "token",
                    "This invitation was sent to another e-mail address: log in with the address the mail came to.");
        }
        PlanFacts plan = plans.find(row.planId()).orElseThrow(() -> new SharingProblem(HttpStatus.BAD_REQUEST,
                "invalid-invitation", "token", "The plan no longer exists."));
        if (plan.owner().equals(who.getName())) {
            throw new SharingProblem(HttpStatus.BAD_REQUEST, "invalid-invitation", "token", "You own this plan.");
        }
        store.putMember(row.planId(), row.email(), row.role(), row.id());
        store.markAccepted(row.id(), who.getName());
        audit.record(who.getName(), "invitation.accepted", row.planId(), row.email(), "role " + row.role());
        events.publishEvent(new PlanShared(row.planId(), row.email(), row.role(), row.invitedBy()));
        return new Accepted(row.planId(), plan.title(), row.role());
    }

    private String link(String token) {
        return publicUrl.base() + "/?invitation=" + token;
    }

    private static Invitation view(InvitationRow row, Instant now) {
        return new Invitation(row.id(), row.email(), row.role(), row.status(now), row.invitedBy(), row.createdAt(), row.expiresAt(), row.acceptedAt());
    }

    static PlanRole role(String key) {
        PlanRole role = PlanRole.of(key);
        if (role == null) {
            throw new InvalidParameterException("role", "role '" + key + "' is not one of co-editor, advisor, viewer");
        }
        return role;
    }

    static String normalised(String input) {
        return input == null ? "" : input.trim().toLowerCase(Locale.ROOT);
    }

    /** The address as accounts are keyed, by the accounts module's one rule of what an e-mail address is. */
    private String email(String input) {
        String email = accounts.validEmail(input);
        if (email == null) {
            throw new InvalidParameterException("email", "'" + plain(input == null ? "" : input) + "' is not an e-mail address.");
        }
        return email;
    }

    /** User text for a plain-text mail: one line, no control characters, at most 120 characters. */
    static String plain(String text) {
        String s = text.replaceAll("\\p{Cntrl}", " ").strip();
        return s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
