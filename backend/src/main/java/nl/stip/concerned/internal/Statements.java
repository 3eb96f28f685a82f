package nl.stip.concerned.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.accounts.AccountDirectory;
import nl.stip.audit.AuditTrail;
import nl.stip.concerned.StatementRecorded;
import nl.stip.concerned.internal.ConcernedComputation.Place;
import nl.stip.concerned.internal.ConcernedStore.HomeRow;
import nl.stip.concerned.internal.ConcernedStore.StatementRow;
import nl.stip.concerned.internal.ConcernedViews.*;
import nl.stip.platform.Texts;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.PublishedPlans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent, no objection or objection ("Belanghebbenden certificaat"): by a confirmed resident whose home the plan
 * concerns, on a published plan, once per person per plan (changeable until the plan enters {@code application}), tied
 * to a version the public could see: the current one, or one that was the current design at some moment since the
 * plan was published. The owner and planners see the statements with name and address; the public the tally only.
 */
@Service
class Statements {

    static final int MAX_REASON = 2000;
    static final List<String> KINDS = List.of("consent", "no-objection", "objection");

    private final ConcernedStore store;
    private final Concern concern;
    private final Homes homes;
    private final Access access;
    private final PlanDirectory plans;
    private final PublishedPlans published;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Texts texts;
    private final ApplicationEventPublisher events;

    Statements(ConcernedStore store, Concern concern, Homes homes, Access access, PlanDirectory plans, PublishedPlans published,
               AccountDirectory accounts, AuditTrail audit, Texts texts, ApplicationEventPublisher events) {
        this.store = store;
        this.concern = concern;
        this.homes = homes;
        this.access = access;
        this.plans = plans;
        this.published = published;
        this.accounts = accounts;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    /** Records or changes the caller's statement; every refusal leaves nothing stored. */
    @Transactional
    Statement put(Authentication who, long planId, StatementInput body) {
        String email = who.getName();
        String kind = body == null ? null : body.kind();
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidParameterException("kind", "kind is consent, no-objection or objection");
        }
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (kind.equals("objection") && reason == null) {
            throw new InvalidParameterException("reason", "an objection needs a reason (1 to " + MAX_REASON + " characters)");
        }
        if (reason != null && (reason.length() > MAX_REASON
                || reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))) {
            throw new InvalidParameterException("reason", "the reason is plain text of at most " + MAX_REASON + " characters");
        }
        if (body.version() == null) {
            throw new InvalidParameterException("version", "version: the number of the plan version you saw");
        }
        Instant publishedAt = published.publishedAt(planId).orElse(null);
        PlanFacts plan = plans.find(planId).orElse(null);
        if (publishedAt == null || plan == null) {
            boolean visible = plan != null && access.part(who, planId).isPresent();
            if (!visible) {
                throw new NotFoundException("There is no published plan " + planId + ".");
            }
            throw new ConcernedProblem(HttpStatus.CONFLICT, "not-published", null, "The plan is not published: statements wait until it is.");
        }
        if (plans.atOrPastApplication(planId)) {
            throw new ConcernedProblem(HttpStatus.CONFLICT, "statements-closed", null,
                    "The plan has entered the application phase: statements can no longer be changed.");
        }
        int version = body.version();
        if (!seen(planId, plan.currentVersion(), version, publishedAt)) {
            throw new InvalidParameterException("version", "version " + version + " is not a version of this plan that was published");
        }
        if (email.equals(plan.owner())) {
            throw new ConcernedProblem(HttpStatus.FORBIDDEN, "own-plan", null, "The owner makes no statement on their own plan.");
        }
        HomeRow home = homes.confirmedRow(email).orElseThrow(() -> new ConcernedProblem(HttpStatus.FORBIDDEN, "no-confirmed-home", null,
                "Only residents with a confirmed home make a statement: choose your home and enter the code from the letter."));
        Place place = concern.placeOf(plan, home).orElseThrow(() -> new ConcernedProblem(HttpStatus.FORBIDDEN, "not-concerned", null,
                "This plan does not concern your home."));
        boolean changed = store.statement(planId, email).isPresent();
        store.putStatement(planId, email, home.id(), kind, reason, version, place.ring(), place.distance(), place.direction(), Homes.place(home));
        audit.record(email, "statement." + kind, planId, null, (changed ? "changed; " : "") + "version " + version + ", ring " + place.ring() + " m");
        events.publishEvent(new StatementRecorded(planId, email, kind, version));
        return view(store.statement(planId, email).orElseThrow(), null);
    }

    /** Whether the plan concerns the caller, where their home lies, and their own statement. */
    @Transactional(readOnly = true)
    Mine mine(Authentication who, long planId) {
        PlanFacts plan = plans.find(planId).orElseThrow(() -> Access.notFound(planId));
        boolean isPublished = published.publishedAt(planId).isPresent();
        if (!isPublished && access.part(who, planId).isEmpty()) {
            throw Access.notFound(planId);
        }
        String email = who.getName();
        Optional<HomeRow> any = homes.confirmedRow(email);
        String homeStatus = any.isPresent() ? "confirmed" : homes.get(email).status();
        Optional<Place> place = any.flatMap(h -> concern.placeOf(plan, h));
        Statement statement = own(planId, email).orElse(null);
        String whyNot = !isPublished ? "not-published" : plans.atOrPastApplication(planId) ? "statements-closed"
                : email.equals(plan.owner()) ? "own-plan" : any.isEmpty() ? "no-confirmed-home" : place.isEmpty() ? "not-concerned" : null;
        return new Mine(planId, isPublished, homeStatus, place.isPresent(), place.map(Place::ring).orElse(null),
                place.map(Place::distance).orElse(null), place.map(Place::direction).orElse(null), plan.currentVersion(), whyNot == null,
                whyNot, statement);
    }

    /** Whether {@code version} was the public design at some moment since publication. */
    private boolean seen(long planId, int current, int version, Instant publishedAt) {
        if (version == current) {
            return true;
        }
        if (version < 1 || version > current) {
            return false;
        }
        return plans.versionSavedAt(planId, version + 1).map(next -> next.isAfter(publishedAt)).orElse(false);
    }

    @Transactional(readOnly = true)
    Optional<Statement> own(long planId, String email) {
        return store.statement(planId, email).map(s -> view(s, null));
    }

    /** Tally and statements with name and address (owner, planners). */
    @Transactional(readOnly = true)
    Statements.Result list(Authentication who, long planId) {
        access.require(who, planId, "not-owner", "Only the owner and planners see the statements.", "owner", "planner");
        List<StatementRow> rows = store.statements(planId);
        return new Result(planId, tally(rows), rows.stream().map(s -> view(s, accounts.displayName(s.email()).orElse(s.email()))).toList());
    }

    record Result(long planId, List<Tally> tally, List<Statement> statements) {
    }

    /** The printable statement for the application dossier: the consents and no-objections, and how many objected. */
    @Transactional(readOnly = true)
    byte[] pdf(Authentication who, long planId) {
        PlanFacts plan = access.require(who, planId, "not-owner", "Only the owner and planners print the statement.", "owner", "planner");
        List<StatementRow> rows = store.statements(planId);
        List<String> columns = List.of(texts.get("concerned.statements.header").split(";"));
        List<Pdfs.Section> sections = new ArrayList<>();
        for (String kind : List.of("consent", "no-objection")) {
            List<List<String>> table = rows.stream().filter(s -> s.kind().equals(kind)).map(s -> List.of(
                    accounts.displayName(s.email()).orElse(s.email()), s.address(), Concern.format(s.distance()) + " m " + s.direction(),
                    String.valueOf(s.version()), Homes.DATE.format(s.changedAt()))).toList();
            sections.add(new Pdfs.Section(texts.get("concerned.statements." + kind), columns, table, texts.get("concerned.statements.none")));
        }
        long objections = rows.stream().filter(s -> s.kind().equals("objection")).count();
        return Pdfs.tables(texts.get("concerned.statements.title"), List.of(texts.get("concerned.statements.plan", plan.title(), plan.id()),
                        texts.get("concerned.statements.printed", Homes.DATE.format(Instant.now())),
                        texts.get("concerned.statements.objection", objections)), sections);
    }

    static List<Tally> tally(List<StatementRow> rows) {
        List<Tally> tally = new ArrayList<>();
        for (String ring : Compass.RINGS) {
            long consent = rows.stream().filter(s -> s.ring().equals(ring) && s.kind().equals("consent")).count();
            long none = rows.stream().filter(s -> s.ring().equals(ring) && s.kind().equals("no-objection")).count();
            long objection = rows.stream().filter(s -> s.ring().equals(ring) && s.kind().equals("objection")).count();
            if (!ring.equals("100+") || consent + none + objection > 0) {
                tally.add(new Tally(ring, consent, none, objection));
            }
        }
        return tally;
    }

    private static Statement view(StatementRow s, String name) {
        return new Statement(s.kind(), s.reason(), s.version(), s.ring(), s.distance(), s.direction(), s.address(), name, s.recordedAt(), s.changedAt());
    }
}
