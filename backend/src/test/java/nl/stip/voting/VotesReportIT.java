package nl.stip.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.stip.reporting.ReportPart;
import nl.stip.reporting.ReportSection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vote in the participatieverslag and through the face: the real result even while hidden, Dutch figures, reproducible. */
class VotesReportIT extends VotingFixture {

    @Autowired
    List<ReportSection> sections;

    @Autowired
    Voting voting;

    @Test
    void theReportShowsTheSetupTheResultPerOptionAndHowItWasCounted() {
        long round = votingRound(BUDGET.replace("\"hideResultsUntilClosed\":false", "\"hideResultsUntilClosed\":true"));
        voted(login(RESIDENT), round, "speelplek", "bomen");
        voted(login(ADVISOR), round, "dak", "bomen", "bankjes");

        VoteResult result = voting.result(round).orElseThrow();
        assertThat(result.hidden()).isFalse();
        assertThat(result.budgetSpent()).isEqualTo(85_000);
        assertThat(voting.result(openRound(publishedPlan(), "post", "accounts"))).isEmpty();

        ReportPart part = sections.stream().map(s -> s.part(round)).flatMap(java.util.Optional::stream)
                .filter(p -> p.id().equals("stemming")).findFirst().orElseThrow();
        assertThat(part.tables().get(0).rows()).contains(List.of("Budget per deelnemer", "€ 51.000"), List.of("Uitgebrachte stemmen", "2"));
        ReportPart.ReportTable table = part.tables().get(1);
        assertThat(table.chart()).isTrue();
        assertThat(table.columns()).containsExactly("Optie", "Kosten", "Stemmen", "Aandeel", "Besteed (euro)");
        assertThat(table.rows().get(1)).containsExactly("6 bomen", "€ 9.000", "2", "100,0%", "18000");
        assertThat(table.rows().get(0)).containsExactly("Speelplek", "€ 25.000", "1", "50,0%", "25000");
        assertThat(part.notes()).contains("Samen besteed: € 85.000.");
        assertThat(part.notes().get(0)).startsWith("Budget: iedere deelnemer besteedt hoogstens € 51.000");
        ReportPart again = sections.stream().map(s -> s.part(round)).flatMap(java.util.Optional::stream)
                .filter(p -> p.id().equals("stemming")).findFirst().orElseThrow();
        assertThat(again).isEqualTo(part);
        assertThat(part.toString()).doesNotContain("demo.stip.nl");
    }
}
