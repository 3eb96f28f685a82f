package nl.stip.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.stip.concerned.ConcernedProfile;
import nl.stip.participation.RoundRecord;
import nl.stip.participation.RoundSummary;
import nl.stip.plans.PlanDirectory;
import nl.stip.plans.PlanFacts;
import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportPart.ReportTable;
import nl.stip.reporting.ReportSection;

/**
 * Builds the participatieverslag of a closed round from the faces of participation, concerned and plans, plus every
 * {@link ReportSection} (variants, votes). Deterministic: stable order everywhere, no clock inside the content.
 */
@Component
class ReportBuilder {

    static final List<String> RINGS = List.of("0-25", "25-50", "50-100", "100+");
    static final List<String> RING_LABELS = List.of("0–25 m", "25–50 m", "50–100 m", "> 100 m");
    /** Compass quarters, each two of the concerned set's eight points clockwise (N–NO is 337,5° to 67,5°). */
    static final List<List<String>> QUARTERS = List.of(List.of("N", "NO"), List.of("O", "ZO"), List.of("Z", "ZW"), List.of("W", "NW"));
    static final List<String> QUARTER_LABELS = List.of("N–NO", "O–ZO", "Z–ZW", "W–NW");
    static final List<String> THEME_ORDER = List.of("height", "sunlight", "privacy", "traffic", "green", "noise", "other");
    static final List<String> STANCE_ORDER = List.of("support", "neutral", "concern");

    private final RoundRecord record;
    private final ConcernedProfile concerned;
    private final PlanDirectory plans;
    private final ObjectProvider<ReportSection> sections;

    ReportBuilder(RoundRecord record, ConcernedProfile concerned, PlanDirectory plans, ObjectProvider<ReportSection> sections) {
        this.record = record;
        this.concerned = concerned;
        this.plans = plans;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    Report build(RoundSummary round) {
        PlanFacts plan = plans.find(round.planId()).orElseThrow();
        List<Ordered> parts = new ArrayList<>();
        parts.add(new Ordered(100, how(round)));
        parts.add(new Ordered(200, who(round)));
        parts.add(new Ordered(300, what(round)));
        parts.add(new Ordered(900, done(round, plan)));
        sections.orderedStream().forEach(s -> s.part(round.id()).ifPresent(p -> parts.add(new Ordered(s.order(), p))));
        parts.sort(Comparator.comparingInt(Ordered::order).thenComparing(o -> o.part().id()));
        return new Report(round.id(), plan.id(), Dutch.plain(plan.title()), Dutch.plain(round.title()), round.state(), round.closedAt(),
                parts.stream().map(Ordered::part).toList());
    }

    private record Ordered(int order, ReportPart part) {
    }

    /** (a) Of en hoe: period, channels, questions, interactions, moderation, who could take part, the timeline. */
    private ReportPart how(RoundSummary round) {
        RoundRecord.Settings s = record.settings(round.id());
        List<String> interactions = new ArrayList<>();
        if (s.reactions()) {
            interactions.add("reacties op een punt in het plan");
        }
        if (s.replies()) {
            interactions.add("antwoorden op reacties (tot " + s.replyDepth() + " diep)");
        }
        if (s.agreement()) {
            interactions.add("eens zijn met een reactie");
        }
        if (s.variants()) {
            interactions.add("varianten maken");
        }
        if (s.votes()) {
            interactions.add("stemmen");
        }
        if (s.budget()) {
            interactions.add("een budget verdelen");
        }
        List<List<String>> facts = List.of(
                List.of("Periode", Dutch.date(round.startsAt()) + " t/m " + Dutch.date(round.endsAt())),
                List.of("Kanalen", "Stip online (het plan in 3D op de website); live: reacties en antwoorden verschijnen meteen bij iedereen die meekijkt"),
                List.of("Vragen", Dutch.count(s.questions())),
                List.of("Mogelijkheden", interactions.isEmpty() ? "geen" : String.join(", ", interactions)),
                List.of("Moderatie", "pre".equals(round.moderation()) ? "vooraf: een reactie verschijnt pas na goedkeuring door de gemeente"
                        : "achteraf: reacties verschijnen meteen, de gemeente kan ze verbergen"),
                List.of("Wie kon meedoen", "concerned".equals(round.audience()) ? "alleen bewoners met een bevestigd adres in de kring van betrokkenen"
                        : "iedereen met een account bij Stip"));
        List<List<String>> timeline = new ArrayList<>();
        timeline.add(List.of("Geopend", Dutch.dateTime(round.openedAt())));
        timeline.add(List.of("Gesloten", Dutch.dateTime(round.closedAt())));
        Map<String, String> kinds = Map.of("reaction", "Reacties", "reply", "Antwoorden op reacties", "initiator-answer", "Antwoorden van de initiatiefnemer");
        Map<String, String> statuses = Map.of("published", "gepubliceerd", "pending", "wachtend op moderatie", "hidden", "verborgen");
        for (RoundRecord.ContributionCount c : record.contributionCounts(round.id())) {
            timeline.add(List.of(kinds.getOrDefault(c.kind(), c.kind()) + ", " + statuses.getOrDefault(c.status(), c.status()), Dutch.count(c.count())));
        }
        Map<String, String> actions = Map.of("approve", "Moderatie: goedgekeurd", "hide", "Moderatie: verborgen", "restore", "Moderatie: hersteld",
                "block", "Moderatie: deelnemer geblokkeerd");
        for (RoundRecord.ModerationCount m : record.moderationCounts(round.id())) {
            timeline.add(List.of(actions.getOrDefault(m.kind(), m.kind()), Dutch.count(m.count())
                    + (m.undone() > 0 ? " (waarvan " + Dutch.count(m.undone()) + " ongedaan gemaakt)" : "")));
        }
        return new ReportPart("of-en-hoe", "Of en hoe er is geparticipeerd",
                List.of(new ReportTable("ronde", "De ronde", List.of("Onderdeel", "Waarde"), facts, false),
                        new ReportTable("tijdlijn", "Tijdlijn (aantallen)", List.of("Gebeurtenis", "Aantal"), timeline, false)),
                List.of(), List.of("Ronde: " + Dutch.plain(round.title())));
    }

    /** (b) Met wie: the concerned set against the participants per ring and quarter, counts only, "< 5" hidden. */
    private ReportPart who(RoundSummary round) {
        List<String> people = record.participants(round.id());
        Optional<ConcernedProfile.Profile> profile = concerned.profile(round.planId(), people);
        List<String> columns = new ArrayList<>();
        columns.add("Afstand tot het plan");
        columns.addAll(QUARTER_LABELS);
        columns.add("Totaal");
        long[][] addresses = new long[RINGS.size()][QUARTERS.size()];
        long[][] parcels = new long[RINGS.size()][QUARTERS.size()];
        long[][] participants = new long[RINGS.size()][QUARTERS.size()];
        long elsewhere = people.size();
        List<String> notes = new ArrayList<>();
        List<List<String>> statements = new ArrayList<>();
        if (profile.isPresent()) {
            for (ConcernedProfile.Cell cell : profile.get().cells()) {
                int r = RINGS.indexOf(cell.ring());
                int q = quarter(cell.direction());
                addresses[r][q] += cell.addresses();
                parcels[r][q] += cell.parcels();
                participants[r][q] += cell.people();
            }
            elsewhere = profile.get().peopleElsewhere();
            Map<String, String> labels = Map.of("consent", "Instemming", "no-objection", "Geen bezwaar", "objection", "Bezwaar");
            profile.get().statements().forEach(s -> statements.add(List.of(labels.getOrDefault(s.kind(), s.kind()), Disclosure.single(s.count()))));
            notes.add("De kring van betrokkenen: alles binnen " + Dutch.number(profile.get().distance()) + " m van het plan en de percelen die eraan grenzen.");
        } else {
            notes.add("Het plan had geen ontwerp of percelen om een kring van betrokkenen van te meten.");
        }
        notes.add("Aantallen onder de 5 staan er als \"< 5\"; waar één verborgen getal uit de andere te berekenen zou zijn, is ook een tweede verborgen.");
        notes.add("Deelnemers tellen mee in een ring als hun adres bij Stip bevestigd is (per brief met code of DigiD-adres).");
        notes.add("Of een adres een woning, een bedrijf of iets anders is, is niet bekend: de adresgegevens in Stip hebben geen gebruiksdoel.");
        List<List<String>> ringTable = Disclosure.table(participants);
        String inSet = ringTable.get(ringTable.size() - 1).get(QUARTERS.size());
        // total = in the set + elsewhere: the three may not give one hidden number away either
        long[] values = {people.size() - elsewhere, elsewhere, people.size()};
        boolean[] hidden = {inSet.equals(Disclosure.HIDDEN), elsewhere < Disclosure.THRESHOLD, people.size() < Disclosure.THRESHOLD};
        Disclosure.protectLine(values, hidden);
        List<List<String>> totals = List.of(
                List.of("Deelnemers", hidden[2] ? Disclosure.HIDDEN : Dutch.count(values[2])),
                List.of("Deelnemers met een bevestigd adres in de kring", hidden[0] ? Disclosure.HIDDEN : Dutch.count(values[0])),
                List.of("Deelnemers van buiten de kring of zonder bevestigd adres", hidden[1] ? Disclosure.HIDDEN : Dutch.count(values[1])));
        List<List<String>> kinds = List.of(List.of("Bewoners", "onbekend"), List.of("Bedrijven", "onbekend"), List.of("Overig", "onbekend"));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("betrokken-adressen", "Betrokken adressen per afstand en richting", columns, labelled(Disclosure.table(addresses)), false));
        tables.add(new ReportTable("betrokken-percelen", "Betrokken percelen per afstand en richting", columns, labelled(Disclosure.table(parcels)), false));
        tables.add(new ReportTable("deelnemers-per-ring", "Deelnemers per afstand en richting", columns, labelled(ringTable), false));
        tables.add(new ReportTable("deelnemers", "Deelnemers", List.of("Groep", "Aantal"), totals, false));
        tables.add(new ReportTable("soort-adres", "Bewoners, bedrijven en overige", List.of("Soort", "Aantal"), kinds, false));
        if (!statements.isEmpty()) {
            tables.add(new ReportTable("verklaringen", "Verklaringen van betrokkenen over het plan", List.of("Verklaring", "Aantal"), statements, false));
        }
        return new ReportPart("met-wie", "Met wie er is geparticipeerd", tables, List.of(), notes);
    }

    private static int quarter(String direction) {
        for (int i = 0; i < QUARTERS.size(); i++) {
            if (QUARTERS.get(i).contains(direction)) {
                return i;
            }
        }
        throw new IllegalStateException("Unknown compass point " + direction);
    }

    private static List<List<String>> labelled(List<List<String>> table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(r < RING_LABELS.size() ? RING_LABELS.get(r) : "Totaal");
            row.addAll(table.get(r));
            rows.add(row);
        }
        return rows;
    }

    /** (c) Wat kwam eruit: reactions per theme and stance, the pins, the answers to the questions. */
    private ReportPart what(RoundSummary round) {
        Map<String, long[]> byTheme = new LinkedHashMap<>();
        THEME_ORDER.forEach(t -> byTheme.put(t, new long[STANCE_ORDER.size()]));
        for (RoundRecord.ThemeStance ts : record.themeStances(round.id())) {
            byTheme.computeIfAbsent(ts.theme(), t -> new long[STANCE_ORDER.size()])[STANCE_ORDER.indexOf(ts.stance())] += ts.count();
        }
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[STANCE_ORDER.size() + 1];
        byTheme.forEach((theme, counts) -> {
            List<String> row = new ArrayList<>();
            row.add(Dutch.theme(theme));
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                row.add(Dutch.count(counts[i]));
                sum += counts[i];
                total[i] += counts[i];
            }
            total[counts.length] += sum;
            row.add(Dutch.count(sum));
            rows.add(row);
        });
        List<String> columns = new ArrayList<>(List.of("Thema"));
        STANCE_ORDER.forEach(s -> columns.add(Dutch.stance(s)));
        columns.add("Totaal");
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable("reacties-per-thema", "Reacties per thema en houding", columns, rows, true));
        List<String> totalRow = new ArrayList<>(List.of("Totaal"));
        for (long t : total) {
            totalRow.add(Dutch.count(t));
        }
        tables.add(new ReportTable("reacties-totaal", "Reacties per houding", columns, List.of(totalRow), false));
        for (RoundRecord.QuestionAggregate q : record.questionAggregates(round.id())) {
            List<List<String>> answers = new ArrayList<>();
            if (q.kind().equals("choice")) {
                Map<String, Long> counts = new LinkedHashMap<>();
                q.options().forEach(o -> counts.put(o, 0L));
                q.values().forEach(v -> counts.merge(v.value(), v.count(), Long::sum));
                counts.forEach((v, n) -> answers.add(List.of(Dutch.plain(v), Dutch.count(n))));
            } else if (q.kind().equals("scale")) {
                q.values().stream().sorted(Comparator.comparing((RoundRecord.ValueCount v) -> v.value().length()).thenComparing(RoundRecord.ValueCount::value))
                        .forEach(v -> answers.add(List.of(Dutch.plain(v.value()), Dutch.count(v.count()))));
            }
            answers.add(List.of("Aantal antwoorden", Dutch.count(q.answers())));
            tables.add(new ReportTable("vraag-" + (q.position() + 1), "Vraag " + (q.position() + 1) + ": " + Dutch.plain(q.text())
                    + (q.kind().equals("open") ? " (open vraag: alleen het aantal)" : ""), List.of("Antwoord", "Aantal"), answers, q.kind().equals("choice")));
        }
        List<Map<String, Object>> features = new ArrayList<>();
        for (RoundRecord.Pin pin : record.pins(round.id())) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "Point");
            geometry.put("coordinates", List.of(round7(pin.lon()), round7(pin.lat())));
            f.put("geometry", geometry);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("layer", "reactie");
            props.put("theme", pin.theme());
            props.put("themeLabel", Dutch.theme(pin.theme()));
            props.put("stance", pin.stance());
            props.put("stanceLabel", Dutch.stance(pin.stance()));
            props.put("x", round2(pin.x()));
            props.put("y", round2(pin.y()));
            f.put("properties", props);
            features.add(f);
        }
        return new ReportPart("wat-kwam-eruit", "Wat er uit de participatie kwam", tables, features,
                List.of("Alleen gepubliceerde reacties tellen mee; verborgen en wachtende reacties staan in de tijdlijn."));
    }

    /** (d) Wat is ermee gedaan: per theme the initiator's answers and whether the plan changed, the Wijzigingsprint. */
    private ReportPart done(RoundSummary round, PlanFacts plan) {
        int from = round.openedAt() == null ? 0 : plans.versionAt(plan.id(), round.openedAt());
        int to = plan.currentVersion();
        Optional<PlanDirectory.DesignDifference> difference = plans.changesBetween(plan.id(), from, to);
        List<Integer> changed = difference.map(PlanDirectory.DesignDifference::changedVolumes).orElse(List.of());
        List<List<String>> perTheme = new ArrayList<>();
        List<List<String>> answers = new ArrayList<>();
        for (RoundRecord.ThemeAnswers t : record.themeAnswers(round.id())) {
            List<Integer> volumes = t.volumes().stream().map(v -> v + 1).toList();
            List<Integer> hit = volumes.stream().filter(changed::contains).toList();
            String planChanged = difference.isEmpty() ? "nee"
                    : !hit.isEmpty() ? "ja: " + volumesText(hit)
                    : changed.isEmpty() ? "ja (het plan, niet de vorm van een volume)" : "niet aan de volumes van deze reacties";
            perTheme.add(List.of(Dutch.theme(t.theme()), Dutch.count(t.reactions()), Dutch.count(t.answered()),
                    volumes.isEmpty() ? "–" : volumesText(volumes), planChanged));
            t.answers().forEach(a -> answers.add(List.of(Dutch.theme(t.theme()), Dutch.plain(a))));
        }
        List<List<String>> print = difference.map(d -> d.lines().stream().map(l -> List.of(Dutch.plain(l))).toList())
                .orElse(List.of(List.of("Het plan is na de opening van de ronde niet gewijzigd.")));
        List<ReportTable> tables = List.of(
                new ReportTable("per-thema", "Per thema: beantwoord en gewijzigd",
                        List.of("Thema", "Reacties", "Beantwoord door de initiatiefnemer", "Over volume", "Plan gewijzigd"), perTheme, false),
                new ReportTable("antwoorden", "Antwoorden van de initiatiefnemer", List.of("Thema", "Antwoord"), answers, false),
                new ReportTable("wijzigingsprint", "Wijzigingsprint", List.of("Wijziging"), print, false));
        return new ReportPart("wat-is-ermee-gedaan", "Wat er met de inbreng is gedaan", tables, List.of(),
                List.of("Vergeleken: versie " + from + " (bij de opening van de ronde) met versie " + to + " (de huidige)."));
    }

    private static String volumesText(List<Integer> volumes) {
        return (volumes.size() == 1 ? "volume " : "volumes ") + String.join(", ", volumes.stream().map(String::valueOf).toList());
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
