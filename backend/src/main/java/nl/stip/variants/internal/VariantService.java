package nl.stip.variants.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stip.participation.RoundGate;
import nl.stip.participation.RoundSummary;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import nl.stip.variants.VariantSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving, previewing and reading variants. A save is one transaction: evaluate, then the round's lock (last), the
 * insert and the round's delta. A saved variant is never changed: editing saves a new version based on it.
 */
@Service
class VariantService {

    static final int MAX_TITLE = 120;

    private final RoundGate gate;
    private final BoundsService bounds;
    private final BoundsStore boundsStore;
    private final VariantEvaluator evaluator;
    private final VariantStore store;
    private final VariantJson json;
    private final PreviewLimiter limiter;
    private final ApplicationEventPublisher events;

    VariantService(RoundGate gate, BoundsService bounds, BoundsStore boundsStore, VariantEvaluator evaluator, VariantStore store,
                   VariantJson json, PreviewLimiter limiter, ApplicationEventPublisher events) {
        this.gate = gate;
        this.bounds = bounds;
        this.boundsStore = boundsStore;
        this.evaluator = evaluator;
        this.store = store;
        this.json = json;
        this.limiter = limiter;
        this.events = events;
    }

    @Transactional
    VariantViews.Variant save(Authentication who, long roundId, VariantViews.NewVariant body) {
        RoundSummary round = writableWithVariants(roundId, who);
        String title = title(body == null ? null : body.title());
        VariantStore.Row base = null;
        if (body != null && body.basedOn() != null) {
            base = store.find(body.basedOn()).filter(r -> r.roundId() == roundId).orElseThrow(() ->
                    new InvalidParameterException("basedOn", "Variant " + body.basedOn() + " bestaat niet in deze ronde"));
        }
        boundsStore.lock(roundId); // before the bounds are read: a planner setting them waits, or is waited for
        Evaluation e = evaluator.evaluate(round, bounds.of(roundId), body);
        String label = authorLabel(roundId, who);
        gate.lockWritable(roundId, who);
        VariantStore.Row row = store.insert(new VariantStore.NewRow(roundId, base == null ? null : base.id(), title, who.getName(), label,
                json.write(e.design()), json.write(VariantJson.objects(e.objects())), json.write(e.indicators()), json.write(e.original()),
                json.write(VariantJson.check(e.check())), e.check().compliant(), json.geoJson(e)), base);
        gate.append(roundId, "variant", view(row, null));
        events.publishEvent(new VariantSaved(roundId, row.id(), row.version()));
        return view(row, who);
    }

    @Transactional(readOnly = true)
    VariantViews.Preview preview(Authentication who, long roundId, VariantViews.NewVariant body) {
        RoundSummary round = writableWithVariants(roundId, who);
        limiter.acquire(who.getName());
        Evaluation e = evaluator.evaluate(round, bounds.of(roundId), body);
        VariantViews.Preview preview = new VariantViews.Preview(e.indicators(), e.original(), VariantJson.check(e.check()),
                VariantJson.objects(e.objects()));
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("draftKey", body.draftKey() == null ? "" : body.draftKey());
        draft.put("label", "wordt nog bewerkt");
        draft.put("author", authorLabel(roundId, who));
        draft.put("design", e.design());
        draft.put("objects", preview.objects());
        draft.put("indicators", e.indicators());
        gate.sendDraft(roundId, "variant-draft", draft);
        return preview;
    }

    @Transactional(readOnly = true)
    List<VariantViews.Variant> list(Authentication who, long roundId) {
        gate.readable(roundId, who);
        return store.ofRound(roundId).stream().map(r -> view(r, who)).toList();
    }

    @Transactional(readOnly = true)
    VariantViews.Variant one(Authentication who, long variantId) {
        VariantStore.Row row = store.find(variantId).orElseThrow(() -> new NotFoundException("Deze variant bestaat niet."));
        gate.readable(row.roundId(), who); // the round's own rule and refusals (401/403/404)
        return view(row, who);
    }

    private RoundSummary writableWithVariants(long roundId, Authentication who) {
        RoundSummary round = gate.writable(roundId, who);
        if (!round.allowVariants()) {
            throw new ProblemException(HttpStatus.CONFLICT, "variants-off", "In deze ronde kunt u geen varianten maken.");
        }
        return round;
    }

    private String authorLabel(long roundId, Authentication who) {
        if (gate.isPlanner(who)) {
            return "Gemeente";
        }
        return gate.inCircle(roundId, who) ? "Initiatiefnemer" : "Deelnemer";
    }

    private static String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new InvalidParameterException("title", "Geef de variant een titel");
        }
        if (t.length() > MAX_TITLE) {
            throw new InvalidParameterException("title", "De titel is te lang: maximaal " + MAX_TITLE + " tekens");
        }
        return t;
    }

    /** The public view ({@code who} null: as the round's live channel sends it, {@code mine} false). */
    VariantViews.Variant view(VariantStore.Row r, Authentication who) {
        boolean mine = who != null && who.getName().equals(r.authorEmail());
        return new VariantViews.Variant(r.id(), r.roundId(), r.version(), r.basedOn(), r.latest(), r.title(),
                new VariantViews.Author(r.authorLabel(), mine), r.createdAt(), r.design(), json.objectViews(r.objects()),
                json.indicators(r.indicators()), json.indicators(r.original()), json.checkView(r.check()));
    }
}
