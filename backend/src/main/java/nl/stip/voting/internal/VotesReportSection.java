package nl.stip.voting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportPart.ReportTable;
import nl.stip.reporting.ReportSection;
import nl.stip.voting.VoteResult;
import nl.stip.voting.VoteResult.OptionResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The vote's part of the participatieverslag: how it was set up, the result per option (a chart) and how it was counted. */
@Component
class VotesReportSection implements ReportSection {

    private final VoteStore store;
    private final VoteCounter counter;

    VotesReportSection(VoteStore store, VoteCounter counter) {
        this.store = store;
        this.counter = counter;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportPart> part(long roundId) {
        return store.setup(roundId).map(setup -> part(setup, counter.count(roundId, setup)));
    }

    private static ReportPart part(VoteSetup setup, VoteResult result) {
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Manier van stemmen", methodName(setup.method())));
        facts.add(List.of("Aantal opties", String.valueOf(setup.options().size())));
        if (setup.maxChoices() != null) {
            facts.add(List.of("Hoogstens te kiezen", String.valueOf(setup.maxChoices())));
        }
        if (setup.budget() != null) {
            facts.add(List.of("Budget per deelnemer", Euros.of(setup.budget())));
        }
        if (setup.minOptions() != null) {
            facts.add(List.of("Minimum aantal opties", String.valueOf(setup.minOptions())));
        }
        if (setup.maxOptions() != null) {
            facts.add(List.of("Maximum aantal opties", String.valueOf(setup.maxOptions())));
        }
        facts.add(List.of("Uitslag tijdens de ronde", setup.hidden() ? "verborgen tot de sluiting" : "zichtbaar voor iedereen"));
        facts.add(List.of("Uitgebrachte stemmen", String.valueOf(result.ballots())));
        ReportTable setupTable = new ReportTable("stemming-opzet", "Opzet van de stemming", List.of("Onderdeel", "Waarde"), facts, false);

        boolean ranking = "ranking".equals(setup.method());
        boolean budget = "budget".equals(setup.method());
        List<String> columns = new ArrayList<>(List.of("Optie"));
        if (budget) {
            columns.add("Kosten");
        }
        columns.add("Stemmen");
        columns.add("Aandeel");
        columns.add(ranking ? "Punten" : budget ? "Besteed (euro)" : "Stemmen (aantal)");
        List<List<String>> rows = new ArrayList<>();
        for (OptionResult o : result.options()) {
            List<String> row = new ArrayList<>(List.of(o.label()));
            if (budget) {
                row.add(Euros.of(o.cost()));
            }
            row.add(String.valueOf(o.count()));
            row.add(Euros.percent(o.share()));
            row.add(String.valueOf(ranking ? o.points() : budget ? o.spent() : o.count()));
            rows.add(List.copyOf(row));
        }
        ReportTable resultTable = new ReportTable("stemming-uitslag", "Uitslag per optie", List.copyOf(columns), List.copyOf(rows), true);
        List<String> notes = new ArrayList<>(List.of(result.countedWith()));
        if (budget) {
            notes.add("Samen besteed: " + Euros.of(result.budgetSpent()) + ".");
        }
        return new ReportPart("stemming", "Stemming en budget", List.of(setupTable, resultTable), List.of(), List.copyOf(notes));
    }

    private static String methodName(String method) {
        return switch (method) {
            case "approval" -> "Goedkeuring (kies opties)";
            case "ranking" -> "Rangschikken (Borda)";
            default -> "Budget verdelen";
        };
    }
}
