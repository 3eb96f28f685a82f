package nl.stip.participation.internal;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.participation.internal.RoundViews.Item;
import nl.stip.participation.internal.RoundViews.NewReaction;
import nl.stip.participation.internal.RoundViews.NewText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Writing in an open round: reactions at a place, replies, agreements, the initiator's answer. */
@RestController
class ContributionsController {

    private final Contributions contributions;

    ContributionsController(Contributions contributions) {
        this.contributions = contributions;
    }

    @Operation(summary = "Place a reaction at a point in 3D (status pending under pre-moderation)")
    @PostMapping(value = "/api/v1/rounds/{id}/reactions", produces = "application/json")
    ResponseEntity<Item> react(Authentication who, @PathVariable long id, @RequestBody(required = false) NewReaction body) {
        Item item = contributions.react(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/contributions/" + item.id())).body(item);
    }

    @Operation(summary = "Reply to a contribution (within the round's reply depth)")
    @PostMapping(value = "/api/v1/contributions/{id}/replies", produces = "application/json")
    ResponseEntity<Item> reply(Authentication who, @PathVariable long id, @RequestBody(required = false) NewText body) {
        Item item = contributions.reply(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/contributions/" + item.id())).body(item);
    }

    @Operation(summary = "Agree with a contribution (once per person; the same request again changes nothing)")
    @PutMapping("/api/v1/contributions/{id}/agreement")
    ResponseEntity<Void> agree(Authentication who, @PathVariable long id) {
        contributions.agree(who, id, true);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Withdraw one's agreement")
    @DeleteMapping("/api/v1/contributions/{id}/agreement")
    ResponseEntity<Void> withdraw(Authentication who, @PathVariable long id) {
        contributions.agree(who, id, false);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The initiator's answer to a reaction (the plan's owner)")
    @PostMapping(value = "/api/v1/contributions/{id}/initiator-answer", produces = "application/json")
    ResponseEntity<Item> initiatorAnswer(Authentication who, @PathVariable long id, @RequestBody(required = false) NewText body) {
        Item item = contributions.initiatorAnswer(who, id, body);
        return ResponseEntity.created(URI.create("/api/v1/contributions/" + item.id())).body(item);
    }
}
