package nl.stip.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.voting.VoteResult;
import org.junit.jupiter.api.Test;

/** The three methods on a larger seeded ballot set with a result worked out by hand, and their refusals. */
class VotingMethodTest {

    private static final List<VoteSetup.Option> FIVE = List.of(option("a", 10_000), option("b", 20_000), option("c", 30_000),
            option("d", 5_000), option("e", 1));

    private static VoteSetup.Option option(String key, long cost) {
        return new VoteSetup.Option(key, "Optie " + key, cost, null);
    }

    @Test
    void bordaWithFiveOptionsGivesFourToZeroPoints() {
        VoteSetup setup = new VoteSetup("ranking", FIVE, null, null, null, null, false);
        // 10 ballots: 4 × a>b>c>d>e, 3 × b>c>a, 2 × c>b, 1 × e
        List<List<String>> ballots = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ballots.add(List.of("a", "b", "c", "d", "e"));
        }
        for (int i = 0; i < 3; i++) {
            ballots.add(List.of("b", "c", "a"));
        }
        ballots.add(List.of("c", "b"));
        ballots.add(List.of("c", "b"));
        ballots.add(List.of("e"));
        VoteResult r = new BordaRanking().count(1, setup, ballots);
        // a: 4×4 + 3×2 = 22; b: 4×3 + 3×4 + 2×3 = 30; c: 4×2 + 3×3 + 2×4 = 25; d: 4×1 = 4; e: 4×0 + 4 = 4
        assertThat(r.options()).extracting(VoteResult.OptionResult::points).containsExactly(22L, 30L, 25L, 4L, 4L);
        assertThat(r.options()).extracting(VoteResult.OptionResult::count).containsExactly(7L, 9L, 9L, 4L, 5L);
        assertThat(r.options().get(1).share()).isEqualTo(0.3529); // 30 / 85
        assertThat(r.ballots()).isEqualTo(10);
    }

    @Test
    void budgetSpendsCountTimesCostAndRefusesOneEuroOver() {
        VoteSetup setup = new VoteSetup("budget", FIVE, null, 40_000L, 2, 3, false);
        BudgetVoting budget = new BudgetVoting();
        budget.validate(setup, List.of("a", "c"));                 // exactly € 40.000
        budget.validate(setup, List.of("c", "d", "e").subList(0, 2)); // € 35.000
        assertThatThrownBy(() -> budget.validate(setup, List.of("c", "a", "e"))).isInstanceOf(InvalidParameterException.class)
                .hasMessage("Uw keuze kost € 40.001, dat is € 1 meer dan het budget van € 40.000.");
        assertThatThrownBy(() -> budget.validate(setup, List.of("a"))).hasMessage("Kies minstens 2 opties; u koos er 1.");
        assertThatThrownBy(() -> budget.validate(setup, List.of("a", "d", "e", "b"))).hasMessage("Kies hoogstens 3 opties; u koos er 4.");
        VoteResult r = budget.count(1, setup, List.of(List.of("a", "c"), List.of("a", "d", "e"), List.of("b", "d")));
        assertThat(r.options()).extracting(VoteResult.OptionResult::spent).containsExactly(20_000L, 20_000L, 30_000L, 10_000L, 1L);
        assertThat(r.budgetSpent()).isEqualTo(80_001L);
        assertThat(r.options().get(0).share()).isEqualTo(0.6667);
    }

    @Test
    void approvalRefusesMoreThanNUnknownAndDoubleChoices() {
        VoteSetup setup = new VoteSetup("approval", FIVE, 2, null, null, null, false);
        ApprovalVoting approval = new ApprovalVoting();
        approval.validate(setup, List.of("a", "e"));
        assertThatThrownBy(() -> approval.validate(setup, List.of("a", "b", "c"))).hasMessageContaining("hoogstens 2");
        assertThatThrownBy(() -> approval.validate(setup, List.of("a", "x"))).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("choices[1]"));
        assertThatThrownBy(() -> approval.validate(setup, List.of("a", "a"))).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("choices[1]"));
        VoteResult r = approval.count(1, setup, List.of(List.of("a", "e"), List.of("a"), List.of("b")));
        assertThat(r.options()).extracting(VoteResult.OptionResult::count).containsExactly(2L, 1L, 0L, 0L, 1L);
        assertThat(r.options().get(0).share()).isEqualTo(0.6667);
    }
}
