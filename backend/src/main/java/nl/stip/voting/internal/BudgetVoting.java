package nl.stip.voting.internal;

import java.util.List;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.voting.VoteResult;
import nl.stip.voting.VoteResult.OptionResult;
import org.springframework.stereotype.Component;

/**
 * A budget: each ballot picks options whose costs together stay within the budget (and within the optional minimum and
 * maximum number of options); per option count = ballots that chose it, spent = count × cost; share = count / ballots.
 */
@Component
class BudgetVoting implements VotingMethod {

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public void validate(VoteSetup setup, List<String> choices) {
        VotingMethod.knownAndDistinct(setup, choices);
        if (setup.minOptions() != null && choices.size() < setup.minOptions()) {
            throw new InvalidParameterException("choices", "Kies minstens " + setup.minOptions() + " opties; u koos er " + choices.size() + ".");
        }
        if (setup.maxOptions() != null && choices.size() > setup.maxOptions()) {
            throw new InvalidParameterException("choices", "Kies hoogstens " + setup.maxOptions() + " opties; u koos er " + choices.size() + ".");
        }
        long spent = spent(setup, choices);
        if (spent > setup.budget()) {
            throw new InvalidParameterException("choices", "Uw keuze kost " + Euros.of(spent) + ", dat is " + Euros.of(spent - setup.budget())
                    + " meer dan het budget van " + Euros.of(setup.budget()) + ".");
        }
    }

    static long spent(VoteSetup setup, List<String> choices) {
        return choices.stream().mapToLong(k -> setup.option(k).map(VoteSetup.Option::cost).orElse(0L)).sum();
    }

    @Override
    public VoteResult count(long roundId, VoteSetup setup, List<List<String>> ballots) {
        List<OptionResult> options = setup.options().stream().map(o -> {
            long count = VotingMethod.chose(ballots, o.key());
            return new OptionResult(o.key(), o.label(), o.cost(), o.variantId(), count, VotingMethod.share(count, ballots.size()), null, count * o.cost());
        }).toList();
        long spent = options.stream().mapToLong(OptionResult::spent).sum();
        return new VoteResult(roundId, name(), ballots.size(), options, setup.budget(), spent, countedWith(setup), false);
    }

    @Override
    public String countedWith(VoteSetup setup) {
        return "Budget: iedere deelnemer besteedt hoogstens " + Euros.of(setup.budget())
                + "; per optie het aantal stemmen maal de kosten.";
    }
}
