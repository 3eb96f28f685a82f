package nl.stip.voting.internal;

import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import nl.stip.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The voting refusals, each with a stable code and a Dutch message (B1). */
final class VotingProblems {

    private VotingProblems() {
    }

    static NotFoundException noVote(long roundId) {
        return new NotFoundException("Er is geen stemming in ronde " + roundId + ".");
    }

    static ProblemException frozen() {
        return new ProblemException(HttpStatus.CONFLICT, "vote-frozen",
                "Er is al gestemd in deze ronde. Daarom kan de stemming niet meer veranderen.");
    }

    static ProblemException roundClosed() {
        return new ProblemException(HttpStatus.CONFLICT, "round-closed", "Deze ronde is gesloten. De stemming kan niet meer veranderen.");
    }

    static ProblemException votesOff() {
        return new ProblemException(HttpStatus.CONFLICT, "votes-off",
                "In deze ronde staan stemmen en budget verdelen uit. Zet ze eerst aan bij de ronde.");
    }

    static InvalidParameterException overBudget() {
        return new InvalidParameterException("choices", "Uw keuze kost meer dan het budget.");
    }
}
