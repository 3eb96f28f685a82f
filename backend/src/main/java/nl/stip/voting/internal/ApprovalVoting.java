package nl.stip.voting.internal;

import java.util.List;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.voting.VoteResult;
import nl.stip.voting.VoteResult.OptionResult;
import org.springframework.stereotype.Component;

/** Approval: pick up to N options; each chosen option gets one vote; share = votes / ballots. */
@Component
class ApprovalVoting implements VotingMethod {

    @Override
    public String name() {
        return "approval";
    }

    @Override
    public void validate(VoteSetup setup, List<String> choices) {
        VotingMethod.knownAndDistinct(setup, choices);
        if (choices.size() > setup.maxChoices()) {
            throw new InvalidParameterException("choices", "U kunt hoogstens " + setup.maxChoices() + " opties kiezen; u koos er " + choices.size() + ".");
        }
    }

    @Override
    public VoteResult count(long roundId, VoteSetup setup, List<List<String>> ballots) {
        List<OptionResult> options = setup.options().stream().map(o -> {
            long count = VotingMethod.chose(ballots, o.key());
            return new OptionResult(o.key(), o.label(), null, o.variantId(), count, VotingMethod.share(count, ballots.size()), null, null);
        }).toList();
        return new VoteResult(roundId, name(), ballots.size(), options, null, null, countedWith(setup), false);
    }

    @Override
    public String countedWith(VoteSetup setup) {
        return "Goedkeuring: iedere deelnemer kiest hoogstens " + setup.maxChoices() + " opties; elke gekozen optie krijgt één stem.";
    }
}
