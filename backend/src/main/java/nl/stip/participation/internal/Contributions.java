package nl.stip.participation.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import nl.stip.participation.ContributionPosted;
import nl.stip.participation.internal.RoundViews.Agreement;
import nl.stip.participation.internal.RoundViews.Item;
import nl.stip.participation.internal.RoundViews.NewReaction;
import nl.stip.participation.internal.RoundViews.NewText;
import nl.stip.platform.web.InvalidParameterException;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in a round: reactions at a place, replies within the round's reply depth, agreements (once per person,
 * withdrawable, idempotent) and the initiator's answer to a reaction. Every write is refused the same way: 404 when
 * the caller may not see the round, 403 when they may not take part or are blocked, 409 when the round is not open
 * or the interaction is off, 400 naming the field for bad input, 429 past the rate limit; nothing is stored then.
 * A stored contribution is one change of the round's log: under pre-moderation a {@code held} change (nothing public
 * yet), else the item itself; it is told as {@link ContributionPosted}.
 */
@Service
class Contributions {

    static final Set<String> STANCES = Set.of("support", "neutral", "concern");
    static final Set<String> THEMES = Set.of("height", "sunlight", "privacy", "traffic", "green", "noise", "other");

    private final RoundRepository rounds;
    private final ContributionRepository contributions;
    private final RoundAccess access;
    private final ObjectProvider<ParticipantBlocks> blocks;
    private final PlaceRules places;
    private final RateLimits limits;
    private final RoundChangeLog log;
    private final Authors authors;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final nl.stip.plans.PlanDirectory plans;
    private final ObjectProvider<nl.stip.participation.ReactionAnchors> anchors;

    Contributions(RoundRepository rounds, ContributionRepository contributions, RoundAccess access, ObjectProvider<ParticipantBlocks> blocks,
                  PlaceRules places, RateLimits limits, RoundChangeLog log, Authors authors, ApplicationEventPublisher events, JdbcClient jdbc,
                  nl.stip.plans.PlanDirectory plans, ObjectProvider<nl.stip.participation.ReactionAnchors> anchors) {
        this.anchors = anchors;
        this.rounds = rounds;
        this.contributions = contributions;
        this.access = access;
        this.blocks = blocks;
        this.places = places;
        this.limits = limits;
        this.log = log;
        this.authors = authors;
        this.events = events;
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Transactional
    Item react(Authentication who, long roundId, NewReaction body) {
        Round round = writable(who, roundId);
        if (!round.isAllowReactions()) {
            throw RoundProblems.conflict("reactions-off", "In deze ronde kunt u geen reacties plaatsen.");
        }
        if (body == null) {
            throw new InvalidParameterException("body", "send a JSON object with stance, theme, text and place");
        }
        String stance = required("stance", body.stance(), STANCES);
        String theme = required("theme", body.theme(), THEMES);
        String text = PlainText.required("text", body.text(), PlainText.MAX);
        int version = plans.find(round.getPlanId()).map(nl.stip.plans.PlanFacts::currentVersion).orElse(0);
        nl.stip.participation.ReactionAnchors.VariantAnchor variant = variant(roundId, body.variantId());
        // On a variant too the point obeys the plan's rules (in the municipality, near the plan): a variant stays within
        // the round's bounds, which lie on the plan's site; only the volume named is one of the variant's.
        Point place = places.point(round.getPlanId(), version, body.place());
        Integer volume = variant == null ? places.volumeIndex(round.getPlanId(), version, body.volumeIndex())
                : PlaceRules.volumeIndex(variant.volumes(), body.volumeIndex(), "de variant");
        Integer planVersion = version == 0 ? null : version;
        Round locked = lockOpen(roundId);
        Instant now = now();
        String role = role(locked, who);
        limit(locked, who, role, now);
        Contribution c = contributions.saveAndFlush(Contribution.reaction(roundId, who.getName(), role, stance, theme, text, place, volume,
                planVersion, variant == null ? null : variant.id(), status(locked, role), now));
        return posted(c, who);
    }

    @Transactional
    Item reply(Authentication who, long parentId, NewText body) {
        Contribution parent = visibleParent(who, parentId);
        Round round = writable(who, parent.getRoundId());
        if (!round.isAllowReplies() || round.getReplyDepth() == 0) {
            throw RoundProblems.conflict("replies-off", "In deze ronde kunt u niet op reacties reageren.");
        }
        if (parent.getKind().equals("initiator-answer")) {
            throw RoundProblems.conflict("reply-depth", "Op dit bericht kunt u niet verder reageren.");
        }
        if (parent.getDepth() + 1 > round.getReplyDepth()) {
            throw new InvalidParameterException("parentId", round.getReplyDepth() == 1
                    ? "In deze ronde kunt u alleen op een reactie antwoorden, niet op een antwoord. Reageer op de reactie zelf."
                    : "In deze ronde gaan antwoorden niet dieper dan " + round.getReplyDepth() + " lagen. Reageer op een bericht hoger in het gesprek.");
        }
        String text = PlainText.required("text", body == null ? null : body.text(), PlainText.MAX);
        Round locked = lockOpen(round.getId());
        Instant now = now();
        String role = role(locked, who);
        limit(locked, who, role, now);
        Contribution c = contributions.saveAndFlush(Contribution.reply(round.getId(), "reply", parent, who.getName(), role, text, status(locked, role), now));
        return posted(c, who);
    }

    @Transactional
    Item initiatorAnswer(Authentication who, long reactionId, NewText body) {
        Contribution reaction = visibleParent(who, reactionId);
        Round round = writable(who, reaction.getRoundId());
        if (!access.isOwner(round.getPlanId(), who)) {
            throw RoundProblems.forbidden("not-initiator", "Alleen de initiatiefnemer van het plan kan hier antwoorden.");
        }
        if (!reaction.getKind().equals("reaction")) {
            throw RoundProblems.conflict("not-a-reaction", "De initiatiefnemer antwoordt op een reactie, niet op een antwoord.");
        }
        String text = PlainText.required("text", body == null ? null : body.text(), PlainText.MAX);
        Round locked = lockOpen(round.getId());
        boolean answered = jdbc.sql("SELECT count(*) FROM round_contribution WHERE parent_id = ? AND kind = 'initiator-answer'")
                .param(reactionId).query(Long.class).single() > 0;
        if (answered) {
            throw RoundProblems.conflict("already-answered", "U hebt deze reactie al beantwoord.");
        }
        Contribution c = contributions.saveAndFlush(Contribution.reply(round.getId(), "initiator-answer", reaction, who.getName(),
                Authors.INITIATOR, text, status(locked, Authors.INITIATOR), now()));
        return posted(c, who);
    }

    /** Agrees (+1) with a published contribution; the same request again changes nothing. */
    @Transactional
    Agreement agree(Authentication who, long contributionId, boolean agree) {
        Contribution c = visibleParent(who, contributionId);
        Round round = writable(who, c.getRoundId());
        if (!round.isAllowAgreement()) {
            throw RoundProblems.conflict("agreement-off", "In deze ronde kunt u het niet eens zijn met reacties.");
        }
        lockOpen(round.getId());
        int changed = agree
                ? jdbc.sql("INSERT INTO round_agreement (contribution_id, author_email) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(contributionId, who.getName()).update()
                : jdbc.sql("DELETE FROM round_agreement WHERE contribution_id = ? AND author_email = ?").params(contributionId, who.getName()).update();
        int count = jdbc.sql("SELECT count(*) FROM round_agreement WHERE contribution_id = ?").param(contributionId).query(Integer.class).single();
        Agreement agreement = new Agreement(contributionId, count);
        if (changed > 0) {
            log.append(round.getId(), "agreement", agreement);
        }
        return agreement;
    }

    /** The saved variant of this round the reaction is about (null: the plan); 400 naming variantId otherwise. */
    private nl.stip.participation.ReactionAnchors.VariantAnchor variant(long roundId, Long variantId) {
        if (variantId == null) {
            return null;
        }
        return anchors.stream().findFirst().flatMap(a -> a.variant(roundId, variantId)).orElseThrow(() ->
                new InvalidParameterException("variantId", "Variant " + variantId + " is geen opgeslagen variant van deze ronde. "
                        + "Kies een variant uit de lijst van deze ronde."));
    }

    private Item posted(Contribution c, Authentication who) {
        Item item = ContributionItems.of(c, Authors.publicAuthor(c.getAuthorRole()), 0, null);
        if (c.isPublished()) {
            log.append(c.getRoundId(), c.getKind(), item);
        } else {
            log.append(c.getRoundId(), "held", java.util.Map.of());
        }
        events.publishEvent(new ContributionPosted(c.getRoundId(), c.getId(), c.getKind(), c.getAuthorEmail(), c.getCreatedAt()));
        return ContributionItems.of(c, authors.seenBy(c.getAuthorRole(), c.getAuthorEmail(), who.getName(), access.isPlanner(who)), 0, false);
    }

    /** The round when the caller may write in it (checked again under the lock by {@link #lockOpen}). */
    Round writable(Authentication who, long roundId) {
        Round round = rounds.findById(roundId).filter(r -> access.maySee(r, who)).orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!access.mayParticipate(round, who)) {
            throw RoundProblems.notParticipant();
        }
        if (blocked(roundId, who.getName())) {
            throw RoundProblems.blocked();
        }
        if (!round.isOpen()) {
            throw RoundProblems.notOpen(round.getState());
        }
        return round;
    }

    boolean blocked(long roundId, String email) {
        return blocks.stream().anyMatch(b -> b.isBlocked(roundId, email));
    }

    /**
     * Takes the round's row lock (which orders its changes) and checks, on the row as it is now, that the round is
     * still open: the entity read before the lock may be older than a close that committed meanwhile.
     */
    Round lockOpen(long roundId) {
        String state = jdbc.sql("SELECT state FROM participation_round WHERE id = ? FOR UPDATE").param(roundId).query(String.class)
                .optional().orElseThrow(() -> RoundProblems.noRound(roundId));
        if (!"open".equals(state)) {
            throw RoundProblems.notOpen(state);
        }
        return rounds.findById(roundId).orElseThrow(() -> RoundProblems.noRound(roundId));
    }

    /** A contribution the caller may see and act on: published (a pending or hidden one is not there for others). */
    private Contribution visibleParent(Authentication who, long id) {
        Contribution c = contributions.findById(id).orElseThrow(() -> RoundProblems.noContribution(id));
        Round round = rounds.findById(c.getRoundId()).filter(r -> access.maySee(r, who)).orElseThrow(() -> RoundProblems.noContribution(id));
        if (!access.mayParticipate(round, who)) {
            throw RoundProblems.notParticipant();
        }
        if (!c.isPublished()) {
            if (c.getAuthorEmail().equals(who.getName()) || access.isPlanner(who)) {
                throw RoundProblems.conflict("not-published", "Dit bericht is (nog) niet zichtbaar voor anderen.");
            }
            throw RoundProblems.noContribution(id);
        }
        return c;
    }

    /** The municipality's own words are not rate limited. */
    private void limit(Round round, Authentication who, String role, Instant now) {
        if (!role.equals(Authors.PLANNER)) {
            limits.check(round, who.getName(), now);
        }
    }

    private String role(Round round, Authentication who) {
        if (access.isOwner(round.getPlanId(), who)) {
            return Authors.INITIATOR;
        }
        return access.isPlanner(who) ? Authors.PLANNER : Authors.PARTICIPANT;
    }

    /** Pending under pre-moderation, but the municipality's own words are published at once. */
    private static String status(Round round, String role) {
        return round.preModerated() && !role.equals(Authors.PLANNER) ? "pending" : "published";
    }

    private static String required(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(field, field + " is required: one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        if (!allowed.contains(value)) {
            throw new InvalidParameterException(field, "unknown " + field + " '" + value + "'; one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
