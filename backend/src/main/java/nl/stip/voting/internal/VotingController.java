package nl.stip.voting.internal;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.voting.VoteResult;
import nl.stip.voting.internal.BallotService.Ballot;
import nl.stip.voting.internal.BallotService.BallotAnswer;
import nl.stip.voting.internal.BallotService.BallotInput;
import nl.stip.voting.internal.VoteSetupService.SetupView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A round's vote: setup (planner), ballots (participants), results (readers; hidden until closing if the planner says so). */
@RestController
class VotingController {

    private final VoteSetupService setups;
    private final BallotService ballots;

    VotingController(VoteSetupService setups, BallotService ballots) {
        this.setups = setups;
        this.ballots = ballots;
    }

    @Operation(summary = "Set up the round's vote (planner); 409 vote-frozen once a ballot is cast")
    @PutMapping(value = "/api/v1/rounds/{id}/vote-setup", produces = "application/json")
    SetupView putSetup(Authentication who, @PathVariable long id, @RequestBody(required = false) SetupInput body) {
        return setups.put(who, id, body);
    }

    @Operation(summary = "The round's vote setup (readers of the round)")
    @GetMapping(value = "/api/v1/rounds/{id}/vote-setup", produces = "application/json")
    SetupView getSetup(Authentication who, @PathVariable long id) {
        return setups.get(who, id);
    }

    @Operation(summary = "Cast or change the caller's ballot while the round is open (idempotent)")
    @PutMapping(value = "/api/v1/rounds/{id}/ballot", produces = "application/json")
    BallotAnswer cast(Authentication who, @PathVariable long id, @RequestBody(required = false) BallotInput body) {
        return ballots.cast(who, id, body);
    }

    @Operation(summary = "The caller's own ballot")
    @GetMapping(value = "/api/v1/rounds/{id}/ballot", produces = "application/json")
    Ballot mine(Authentication who, @PathVariable long id) {
        return ballots.mine(who, id);
    }

    @Operation(summary = "The results (readers); {hidden: true, ballots: n} while hidden, planners always see them")
    @GetMapping(value = "/api/v1/rounds/{id}/results", produces = "application/json")
    VoteResult results(Authentication who, @PathVariable long id) {
        return ballots.results(who, id);
    }
}
