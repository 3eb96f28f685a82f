package nl.stip.participation.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.participation.internal.RoundViews.AnswerAggregate;
import nl.stip.participation.internal.RoundViews.Changes;
import nl.stip.participation.internal.RoundViews.NewAnswer;
import nl.stip.participation.internal.RoundViews.RoundInput;
import nl.stip.participation.internal.RoundViews.RoundState;
import nl.stip.participation.internal.RoundViews.RoundView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rounds: life cycle (planner; the plan's owner proposes), reading, the state snapshot, catch-up, answers to questions. */
@RestController
class RoundsController {

    private final RoundService rounds;
    private final RoundStateQuery state;
    private final Answers answers;

    RoundsController(RoundService rounds, RoundStateQuery state, Answers answers) {
        this.rounds = rounds;
        this.state = state;
        this.answers = answers;
    }

    @Operation(summary = "Create a round on a plan (planner), or propose one (the plan's owner)")
    @PostMapping(value = "/api/v1/plans/{planId}/rounds", produces = "application/json")
    ResponseEntity<RoundView> create(Authentication who, @PathVariable long planId, @RequestBody(required = false) RoundInput body) {
        RoundView round = rounds.create(who, planId, body);
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + round.id())).body(round);
    }

    @Operation(summary = "The rounds of a plan the caller may read, newest first")
    @GetMapping(value = "/api/v1/plans/{planId}/rounds", produces = "application/json")
    List<RoundView> ofPlan(Authentication who, @PathVariable long planId) {
        return rounds.ofPlan(who, planId);
    }

    @Operation(summary = "Rounds the caller may read, newest first, optionally by state and plan")
    @GetMapping(value = "/api/v1/rounds", produces = "application/json")
    List<RoundView> list(Authentication who, @RequestParam(required = false) String state, @RequestParam(required = false) Long plan) {
        return rounds.list(who, state, plan);
    }

    @GetMapping(value = "/api/v1/rounds/{id}", produces = "application/json")
    RoundView find(Authentication who, @PathVariable long id) {
        return rounds.find(who, id);
    }

    @Operation(summary = "Edit a draft round (planner); version from GET, 409 stale-version when someone else changed it")
    @PatchMapping(value = "/api/v1/rounds/{id}", produces = "application/json")
    RoundView edit(Authentication who, @PathVariable long id, @RequestBody(required = false) RoundInput body) {
        return rounds.edit(who, id, body);
    }

    @Operation(summary = "Open a draft round on a published plan (planner)")
    @PostMapping(value = "/api/v1/rounds/{id}/open", produces = "application/json")
    RoundView open(Authentication who, @PathVariable long id) {
        return rounds.open(who, id);
    }

    @Operation(summary = "Schedule a draft round (planner): it opens by itself at its startsAt and closes at its endsAt")
    @PostMapping(value = "/api/v1/rounds/{id}/schedule", produces = "application/json")
    RoundView schedule(Authentication who, @PathVariable long id) {
        return rounds.schedule(who, id);
    }

    @Operation(summary = "Take a draft round's schedule off (planner)")
    @org.springframework.web.bind.annotation.DeleteMapping(value = "/api/v1/rounds/{id}/schedule", produces = "application/json")
    RoundView unschedule(Authentication who, @PathVariable long id) {
        return rounds.unschedule(who, id);
    }

    @Operation(summary = "Close an open round (planner)")
    @PostMapping(value = "/api/v1/rounds/{id}/close", produces = "application/json")
    RoundView close(Authentication who, @PathVariable long id) {
        return rounds.close(who, id);
    }

    @Operation(summary = "The round's snapshot and the sequence number it reflects (variant: only the reactions about that variant)")
    @GetMapping(value = "/api/v1/rounds/{id}/state", produces = "application/json")
    RoundState state(Authentication who, @PathVariable long id, @RequestParam(required = false) Long variant) {
        return state.state(who, id, variant);
    }

    @Operation(summary = "The public changes after a sequence number (catch-up after a gap or a reconnect)")
    @GetMapping(value = "/api/v1/rounds/{id}/changes", produces = "application/json")
    Changes changes(Authentication who, @PathVariable long id, @RequestParam(defaultValue = "0") long after) {
        return state.changes(who, id, after);
    }

    @Operation(summary = "Answer a question of an open round (one answer per person, changeable)")
    @PutMapping(value = "/api/v1/rounds/{id}/questions/{questionId}/answer", produces = "application/json")
    ResponseEntity<Void> answer(Authentication who, @PathVariable long id, @PathVariable long questionId, @RequestBody(required = false) NewAnswer body) {
        answers.answer(who, id, questionId, body);
        return ResponseEntity.noContent().build();
    }
}
