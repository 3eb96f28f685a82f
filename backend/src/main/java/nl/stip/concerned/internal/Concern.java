package nl.stip.concerned.internal;

import nl.stip.platform.web.PublicUrl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.stip.accounts.AccountDirectory;
import nl.stip.accounts.Mailer;
import nl.stip.audit.AuditTrail;
import nl.stip.concerned.ConcernedPartiesInvited;
import nl.stip.concerned.internal.ConcernedComputation.Computed;
import nl.stip.concerned.internal.ConcernedComputation.Place;
import nl.stip.concerned.internal.ConcernedStore.HomeRow;
import nl.stip.concerned.internal.ConcernedStore.StatementRow;
import nl.stip.concerned.internal.ConcernedViews.*;
import nl.stip.platform.Texts;
import nl.stip.platform.web.NotFoundException;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.sharing.PublishedPlans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The concerned set of a plan as each audience sees it: the list for the owner, co-editors and planners; counts per
 * ring for everyone on a published plan ("< 5" below five); whether a plan concerns the caller; and the owner's
 * invitation of all concerned parties at once (mail to confirmed residents, letters for the other addresses).
 */
@Service
class Concern {

    private final ConcernedComputation computation;
    private final ConcernedStore store;
    private final Access access;
    private final PlanDirectory plans;
    private final PublishedPlans published;
    private final Homes homes;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final Texts texts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PublicUrl publicUrl;

    Concern(ConcernedComputation computation, ConcernedStore store, Access access, PlanDirectory plans, PublishedPlans published, Homes homes,
            AccountDirectory accounts, Mailer mailer, Texts texts, AuditTrail audit, ApplicationEventPublisher events,
            PublicUrl publicUrl) {
        this.computation = computation;
        this.store = store;
        this.access = access;
        this.plans = plans;
        this.published = published;
        this.homes = homes;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    @Transactional(readOnly = true)
    ConcernedSet list(Authentication who, long planId) {
        PlanFacts plan = access.require(who, planId, "not-in-circle", "Only the owner, co-editors and planners see who a plan concerns.",
                "owner", "co-editor", "planner");
        Optional<Computed> computed = computation.compute(plan);
        if (computed.isEmpty()) {
            return new ConcernedSet(planId, plan.currentVersion(), computation.distance(), null, rings(List.of(), Map.of()), List.of(), null);
        }
        Computed c = computed.get();
        return new ConcernedSet(planId, plan.currentVersion(), c.distance(), c.measuredFrom(), rings(c.parties(), confirmedPerRing(c)),
                c.parties(), computation.area(c));
    }

    /** Counts per ring and the statement tally for everyone, on a published plan only. */
    @Transactional(readOnly = true)
    PublicConcerned publicView(long planId) {
        if (published.publishedAt(planId).isEmpty()) {
            throw new NotFoundException("There is no published plan " + planId + ".");
        }
        PlanFacts plan = plans.find(planId).orElseThrow(() -> new NotFoundException("There is no published plan " + planId + "."));
        Optional<Computed> c = computation.compute(plan);
        List<RingCount> counts = rings(c.map(Computed::parties).orElse(List.of()), c.map(this::confirmedPerRing).orElse(Map.of()));
        List<PublicRing> rings = counts.stream().map(r -> new PublicRing(r.ring(), Compass.publicCount(r.parcels()), Compass.publicCount(r.buildings()),
                Compass.publicCount(r.addresses()), Compass.publicCount(r.confirmedResidents()))).toList();
        List<PublicTally> tally = Statements.tally(store.statements(planId)).stream().map(t -> new PublicTally(t.ring(),
                Compass.publicCount(t.consent()), Compass.publicCount(t.noObjection()), Compass.publicCount(t.objection()))).toList();
        return new PublicConcerned(planId, computation.distance(), rings, tally);
    }

    /** Where the caller's confirmed home lies relative to a plan, if the plan concerns it. */
    Optional<Place> placeOf(PlanFacts plan, HomeRow home) {
        return computation.compute(plan).map(c -> c.panden().get(home.pandId()));
    }

    /** The published plans that concern the caller's confirmed home, newest first. */
    @Transactional(readOnly = true)
    List<ConcerningPlan> concerning(String email, List<Long> publishedPlanIds) {
        Optional<HomeRow> home = homes.confirmedRow(email);
        List<ConcerningPlan> result = new ArrayList<>();
        if (home.isEmpty()) {
            return result;
        }
        for (long id : publishedPlanIds) {
            plans.find(id).ifPresent(plan -> placeOf(plan, home.get()).ifPresent(place -> result.add(new ConcerningPlan(id, plan.title(),
                    place.ring(), place.distance(), place.direction(), store.statement(id, email).map(StatementRow::kind).orElse(null)))));
        }
        return result;
    }

    /** The owner invites every concerned party: a mail to each confirmed resident, letters for the other addresses. */
    @Transactional
    Invited invite(Authentication who, long planId) {
        PlanFacts plan = access.require(who, planId, "not-owner", "Only the owner invites the concerned parties.", "owner");
        if (published.publishedAt(planId).isEmpty()) {
            throw new ConcernedProblem(org.springframework.http.HttpStatus.CONFLICT, "not-published", null,
                    "Publish the plan first: the invitation links to the published plan.");
        }
        Computed c = computation.compute(plan).orElseThrow(() -> new ConcernedProblem(org.springframework.http.HttpStatus.CONFLICT,
                "nothing-to-measure", null, "The plan has no design and no parcels: nobody can be concerned yet."));
        List<String> emails = new ArrayList<>();
        for (HomeRow home : store.confirmedIn(c.panden().keySet())) {
            if (home.email().equals(plan.owner())) {
                continue;
            }
            Place place = c.panden().get(home.pandId());
            String name = accounts.displayName(home.email()).orElse("bewoner");
            mailer.send(home.email(), texts.get("concerned.invite.mail.subject"), texts.get("concerned.invite.mail.text",
                    Pdfs.plain(name), Pdfs.plain(plan.title()), format(place.distance()), place.direction(), planLink(planId)));
            emails.add(home.email());
        }
        int letters = letters(plan, c).size();
        store.recordInvitation(planId, who.getName(), emails.size(), letters);
        audit.record(who.getName(), "concerned.invited", planId, null, emails.size() + " e-mails, " + letters + " letters");
        events.publishEvent(new ConcernedPartiesInvited(planId, List.copyOf(emails), who.getName()));
        return new Invited(planId, emails.size(), letters, "/api/v1/plans/" + planId + "/concerned/letters.pdf");
    }

    /** The letters for the concerned addresses (or panden without an address) that have no confirmed resident (owner, planners). */
    @Transactional(readOnly = true)
    byte[] lettersPdf(Authentication who, long planId) {
        PlanFacts plan = access.require(who, planId, "not-owner", "Only the owner and planners print the letters.", "owner", "planner");
        List<Pdfs.Letter> letters = computation.compute(plan).map(c -> letters(plan, c)).orElse(List.of());
        return Pdfs.letters(letters, "Er zijn geen brieven: het plan raakt geen adres zonder bevestigde bewoner.");
    }

    private List<Pdfs.Letter> letters(PlanFacts plan, Computed c) {
        Set<String> confirmedAddresses = new java.util.HashSet<>();
        Set<String> confirmedPanden = new java.util.HashSet<>();
        for (HomeRow home : store.confirmedIn(c.panden().keySet())) {
            confirmedPanden.add(home.pandId());
            if (home.addressId() != null) {
                confirmedAddresses.add(home.addressId());
            }
        }
        Map<String, String[]> to = new java.util.LinkedHashMap<>(); // key → label, distance, direction
        for (Party p : c.parties()) {
            if (!p.addressIds().isEmpty()) {
                for (int i = 0; i < p.addressIds().size(); i++) {
                    if (!confirmedAddresses.contains(p.addressIds().get(i))) {
                        to.putIfAbsent(p.addressIds().get(i), new String[] {p.addresses().get(i), format(p.distance()), p.direction()});
                    }
                }
            } else if (p.type().equals("building") && !confirmedPanden.contains(p.id())) {
                to.putIfAbsent("pand:" + p.id(), new String[] {"pand " + p.id(), format(p.distance()), p.direction()});
            }
        }
        List<Pdfs.Letter> letters = new ArrayList<>();
        for (String[] row : to.values()) {
            letters.add(new Pdfs.Letter(texts.get("concerned.letter.plan.title"), texts.get("concerned.letter.home.to", row[0]),
                    texts.get("concerned.letter.plan.text", Pdfs.plain(plan.title()), row[1], row[2], planLink(plan.id()), "Gemeente")));
        }
        return letters;
    }

    String planLink(long planId) {
        return publicUrl.base() + "/?plan=" + planId;
    }

    static String format(double metres) {
        return String.valueOf(Math.round(metres));
    }

    private Map<String, Long> confirmedPerRing(Computed c) {
        Map<String, Long> count = new HashMap<>();
        for (HomeRow home : store.confirmedIn(c.panden().keySet())) {
            count.merge(c.panden().get(home.pandId()).ring(), 1L, Long::sum);
        }
        return count;
    }

    private static List<RingCount> rings(List<Party> parties, Map<String, Long> confirmed) {
        Map<String, Long> addresses = ConcernedComputation.addressesPerRing(parties);
        List<RingCount> rings = new ArrayList<>();
        for (String ring : Compass.RINGS) {
            long parcels = parties.stream().filter(p -> p.ring().equals(ring) && p.type().equals("parcel")).count();
            long buildings = parties.stream().filter(p -> p.ring().equals(ring) && p.type().equals("building")).count();
            if (ring.equals("100+") && parcels == 0 && buildings == 0 && confirmed.getOrDefault(ring, 0L) == 0) {
                continue;
            }
            rings.add(new RingCount(ring, parcels, buildings, addresses.getOrDefault(ring, 0L), confirmed.getOrDefault(ring, 0L)));
        }
        return rings;
    }
}
