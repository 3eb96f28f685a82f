package nl.stip.sharing.internal;

import java.util.List;
import java.util.Optional;

import nl.stip.audit.AuditTrail;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.ProblemException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.PlanPublished;
import nl.stip.sharing.PlanUnpublished;
import nl.stip.sharing.UnpublishGuard;
import nl.stip.sharing.internal.Circle.Part;
import nl.stip.sharing.internal.Circle.Seat;
import nl.stip.sharing.internal.PublicationRules.Act;
import nl.stip.sharing.internal.PublicationRules.State;
import nl.stip.sharing.internal.SharingStore.PublicationRow;
import nl.stip.sharing.internal.SharingViews.Publication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan ({@link PublicationRules}): the owner asks (or, without approval, publishes), a planner approves
 * or rejects with a reason, the owner withdraws or unpublishes. Every decision goes into the audit trail and a
 * published or unpublished plan is told to others as an event, inside the transaction of the act.
 */
@Service
class Publications {

    static final int MAX_DISPLAY_NAME = 80;
    static final int MAX_REASON = 1000;

    private final SharingStore store;
    private final Circle circle;
    private final PlanDirectory plans;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<UnpublishGuard> guards;
    private final boolean approvalRequired;

    Publications(SharingStore store, Circle circle, PlanDirectory plans, AuditTrail audit, ApplicationEventPublisher events,
                 ObjectProvider<UnpublishGuard> guards, @Value("${stip.sharing.publication-approval:true}") boolean approvalRequired) {
        this.store = store;
        this.circle = circle;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
        this.guards = guards;
        this.approvalRequired = approvalRequired;
    }

    @Transactional(readOnly = true)
    Publication get(Authentication who, long planId) {
        Seat seat = circle.seat(who, planId);
        return view(seat, store.publication(planId).orElse(null));
    }

    /** The owner asks to publish (or publishes, without approval); displayName: what the public sees as initiator, or nothing. */
    @Transactional
    Publication request(Authentication who, long planId, SharingViews.PublishRequest body) {
        Seat seat = circle.require(who, planId, "not-owner", "Only the owner of a plan publishes it.", Part.OWNER);
        String displayName = displayName(body == null ? null : body.displayName());
        if (seat.plan().currentVersion() == 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "no-design", "The plan has no design yet: save one before publishing it.");
        }
        Optional<PublicationRow> current = store.publicationForUpdate(planId);
        State next = PublicationRules.next(state(current), Act.REQUEST, approvalRequired);
        if (!store.putPublication(planId, next.key(), displayName, who.getName())) {
            throw new ProblemException(HttpStatus.CONFLICT, "already-requested", "Publication was asked for at the same moment.");
        }
        audit.record(who.getName(), "publication.requested", planId, null, displayName == null ? "without a name" : "as '" + displayName + "'");
        if (next == State.PUBLISHED) {
            audit.record(who.getName(), "publication.published", planId, null, "no approval needed");
            events.publishEvent(new PlanPublished(planId, store.publication(planId).orElseThrow().publishedAt(), null));
        }
        return view(seat, store.publication(planId).orElse(null));
    }

    @Transactional
    Publication approve(Authentication who, long planId) {
        Seat seat = decider(who, planId);
        State state = state(store.publicationForUpdate(planId));
        PublicationRules.next(state, Act.APPROVE, approvalRequired);
        store.decide(planId, State.PUBLISHED.key(), who.getName(), null);
        PublicationRow row = store.publication(planId).orElseThrow();
        audit.record(who.getName(), "publication.approved", planId, null, null);
        events.publishEvent(new PlanPublished(planId, row.publishedAt(), who.getName()));
        return view(seat, row);
    }

    @Transactional
    Publication reject(Authentication who, long planId, SharingViews.Decision body) {
        Seat seat = decider(who, planId);
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw new InvalidParameterException("reason", "say why the plan may not be published; the owner reads it");
        }
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidParameterException("reason", "the reason is plain text of at most " + MAX_REASON + " characters");
        }
        State state = state(store.publicationForUpdate(planId));
        PublicationRules.next(state, Act.REJECT, approvalRequired);
        store.decide(planId, State.REJECTED.key(), who.getName(), reason);
        audit.record(who.getName(), "publication.rejected", planId, null, reason);
        return view(seat, store.publication(planId).orElseThrow());
    }

    /** The owner withdraws a request or unpublishes the plan (before a participation round holds it public). */
    @Transactional
    Publication withdraw(Authentication who, long planId) {
        Seat seat = circle.require(who, planId, "not-owner", "Only the owner of a plan unpublishes it.", Part.OWNER);
        State state = state(store.publicationForUpdate(planId));
        PublicationRules.next(state, Act.WITHDRAW, approvalRequired);
        if (state == State.PUBLISHED) {
            for (UnpublishGuard guard : guards) {
                guard.mustStayPublished(planId).ifPresent(why -> {
                    throw new ProblemException(HttpStatus.CONFLICT, "participation-open", "The plan must stay published: " + why);
                });
            }
        }
        store.deletePublication(planId);
        audit.record(who.getName(), state == State.PUBLISHED ? "publication.unpublished" : "publication.withdrawn", planId, null, null);
        if (state == State.PUBLISHED) {
            events.publishEvent(new PlanUnpublished(planId, who.getName()));
        }
        return view(seat, null);
    }

    /** Requests waiting for a planner, oldest first (planners). */
    @Transactional(readOnly = true)
    List<SharingViews.PendingRequest> pending() {
        List<PublicationRow> requested = new java.util.ArrayList<>(store.publications(State.REQUESTED.key()));
        java.util.Collections.reverse(requested);
        return requested.stream()
                .flatMap(p -> plans.find(p.planId()).stream().map(f -> new SharingViews.PendingRequest(f.id(), f.title(), f.phase(), p.requestedAt())))
                .toList();
    }

    boolean approvalRequired() {
        return approvalRequired;
    }

    private Seat decider(Authentication who, long planId) {
        Seat seat = circle.seat(who, planId);
        if (seat.part() != Part.PLANNER) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-planner", seat.part() == Part.OWNER && Circle.planner(who)
                    ? "Nobody decides on the publication of their own plan." : "Only a planner approves or rejects a publication.");
        }
        if (!approvalRequired) {
            throw new ProblemException(HttpStatus.CONFLICT, "no-approval", "This municipality does not approve publications: the owner publishes.");
        }
        return seat;
    }

    static String displayName(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String name = input.strip();
        if (name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("displayName", "the display name is one line of at most " + MAX_DISPLAY_NAME + " characters");
        }
        return name;
    }

    private static State state(Optional<PublicationRow> row) {
        return State.of(row.map(PublicationRow::state).orElse(null));
    }

    private Publication view(Seat seat, PublicationRow row) {
        State state = State.of(row == null ? null : row.state());
        boolean owner = seat.part() == Part.OWNER;
        PlanFacts plan = seat.plan();
        return new Publication(plan.id(), state.key(), approvalRequired, row == null ? null : row.displayName(),
                row == null ? null : row.requestedAt(),
                // the reason of a rejection is for the owner's circle; a viewer sees only the state
                row == null || seat.part() == Part.VIEWER ? null : row.reason(),
                row == null ? null : row.decidedAt(), row == null ? null : row.publishedAt(),
                owner && PublicationRules.fits(state, Act.REQUEST, approvalRequired) && plan.currentVersion() > 0,
                owner && PublicationRules.fits(state, Act.WITHDRAW, approvalRequired),
                seat.part() == Part.PLANNER && approvalRequired && state == State.REQUESTED);
    }
}
