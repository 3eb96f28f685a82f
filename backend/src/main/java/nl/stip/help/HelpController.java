package nl.stip.help;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import nl.stip.platform.web.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Ik snap het niet": ask the case managers (anyone), read the inbox and mark a question handled (planners). */
@RestController
@RequestMapping(value = "/api/v1/help", produces = "application/json")
class HelpController {

    private final HelpService help;
    private final ClientAddress clients;

    HelpController(HelpService help, ClientAddress clients) {
        this.help = help;
        this.clients = clients;
    }

    @Operation(summary = "Ask the municipality's case managers a question about a view",
            description = "question 1..2000 characters of plain text; link: the viewer's URL with its state (this platform's "
                    + "address, path /); panel: lookup, plan, dossier, search or other; email (optional, for visitors without "
                    + "an account). Without a login at most 5 questions an hour per client address (429 with Retry-After).")
    @PostMapping
    ResponseEntity<HelpQuestion.Asked> ask(Authentication who, HttpServletRequest request,
                                           @RequestBody(required = false) HelpQuestion.Ask body) {
        String askedBy = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? null : who.getName();
        return ResponseEntity.status(HttpStatus.CREATED).body(help.ask(body, askedBy, clients.of(request)));
    }

    @Operation(summary = "The questions, newest first (planners)")
    @GetMapping
    List<HelpQuestion> inbox() {
        return help.inbox();
    }

    @Operation(summary = "Mark a question handled (planners)")
    @PostMapping("/{id}/handled")
    HelpQuestion handled(Authentication who, @PathVariable long id) {
        return help.markHandled(id, who.getName());
    }
}
