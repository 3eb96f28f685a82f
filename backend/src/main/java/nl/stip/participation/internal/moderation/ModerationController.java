package nl.stip.participation.internal.moderation;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.participation.internal.moderation.ModerationViews.AppealView;
import nl.stip.participation.internal.moderation.ModerationViews.BlockView;
import nl.stip.participation.internal.moderation.ModerationViews.Decision;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderation of rounds: the planners' queue and decisions, blocks; reports and appeals by participants. */
@RestController
class ModerationController {

    private final Moderation moderation;
    private final ModerationQueue queue;
    private final Reports reports;
    private final Appeals appeals;
    private final Blocks blocks;

    ModerationController(Moderation moderation, ModerationQueue queue, Reports reports, Appeals appeals, Blocks blocks) {
        this.moderation = moderation;
        this.queue = queue;
        this.reports = reports;
        this.appeals = appeals;
        this.blocks = blocks;
    }

    @Operation(summary = "Planners: pending, reported and appealed items, newest first (state=pending|reported|appealed, comma-separated)")
    @GetMapping(value = "/api/v1/moderation/queue", produces = "application/json")
    ModerationViews.Queue queue(Authentication who, @RequestParam(required = false) String round, @RequestParam(required = false) String state) {
        return queue.queue(who, round, state);
    }

    @Operation(summary = "Planners: approve a pending item, dismiss the reports of a published one, or restore an automatically hidden or appealed one")
    @PostMapping(value = "/api/v1/contributions/{id}/approve", produces = "application/json")
    Decision approve(Authentication who, @PathVariable long id) {
        return moderation.approve(who, id);
    }

    @Operation(summary = "Planners: hide an item (and its replies) with a reason its author is told; on an appealed item: uphold")
    @PostMapping(value = "/api/v1/contributions/{id}/hide", produces = "application/json")
    Decision hide(Authentication who, @PathVariable long id, @RequestBody(required = false) ModerationViews.Reason body) {
        return moderation.hide(who, id, body);
    }

    @Operation(summary = "Planners: undo one's own moderation decision (while it is the newest on its item)")
    @PostMapping(value = "/api/v1/moderation/actions/{id}/undo", produces = "application/json")
    Decision undo(Authentication who, @PathVariable long id) {
        return moderation.undo(who, id);
    }

    @Operation(summary = "\"Meld misbruik\": report an item, once per person (the same report again changes nothing)")
    @PostMapping("/api/v1/contributions/{id}/reports")
    ResponseEntity<Void> report(Authentication who, @PathVariable long id, @RequestBody(required = false) ModerationViews.Reason body) {
        reports.report(who, id, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The author appeals once against the hide of their item; another planner decides")
    @PostMapping(value = "/api/v1/contributions/{id}/appeal", produces = "application/json")
    ResponseEntity<AppealView> appeal(Authentication who, @PathVariable long id, @RequestBody(required = false) ModerationViews.AppealInput body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(appeals.appeal(who, id, body));
    }

    @Operation(summary = "Planners: block a participant (e-mail) from this round; their earlier items stay")
    @PostMapping(value = "/api/v1/rounds/{id}/blocks", produces = "application/json")
    ResponseEntity<BlockView> block(Authentication who, @PathVariable long id, @RequestBody(required = false) ModerationViews.BlockInput body) {
        BlockView block = blocks.block(who, id, body);
        return block.actionId() == null ? ResponseEntity.ok(block)
                : ResponseEntity.created(URI.create("/api/v1/rounds/" + id + "/blocks/" + block.participant())).body(block);
    }

    @Operation(summary = "Planners: the participants blocked from this round")
    @GetMapping(value = "/api/v1/rounds/{id}/blocks", produces = "application/json")
    List<BlockView> blocks(Authentication who, @PathVariable long id) {
        return blocks.list(who, id);
    }

    @Operation(summary = "Planners: lift a block")
    @DeleteMapping("/api/v1/rounds/{id}/blocks/{email:.+}")
    ResponseEntity<Void> unblock(Authentication who, @PathVariable long id, @PathVariable String email) {
        blocks.unblock(who, id, email);
        return ResponseEntity.noContent().build();
    }
}
