package nl.stip.voting.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.voting.VoteResult;

/** One way to vote: which ballots are valid under a setup, and how ballots are counted. */
interface VotingMethod {

    /** The setup's name for it: approval, ranking or budget. */
    String name();

    /** Refuses (400 naming the field, Dutch) a ballot that is not valid under the setup. */
    void validate(VoteSetup setup, List<String> choices);

    /** The result of these ballots (each a list of option keys, in the voter's order). */
    VoteResult count(long roundId, VoteSetup setup, List<List<String>> ballots);

    /** How it was counted, in Dutch, for the results and the report. */
    String countedWith(VoteSetup setup);

    /** What every method asks: at least one choice, each a known option, none twice. */
    static void knownAndDistinct(VoteSetup setup, List<String> choices) {
        if (choices == null || choices.isEmpty()) {
            throw new InvalidParameterException("choices", "Kies minstens één optie.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String key = choices.get(i);
            if (setup.option(key).isEmpty()) {
                throw new InvalidParameterException("choices[" + i + "]", "Onbekende optie '" + key + "': kies uit de opties van deze stemming.");
            }
            if (!seen.add(key)) {
                throw new InvalidParameterException("choices[" + i + "]", "U kiest '" + key + "' twee keer; elke optie telt maar één keer.");
            }
        }
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    static long chose(List<List<String>> ballots, String key) {
        return ballots.stream().filter(b -> b.contains(key)).count();
    }
}
