package nl.stip.participation.internal.live;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.stip.accounts.AccountDirectory;
import nl.stip.participation.internal.RoundAccess;
import nl.stip.participation.internal.RoundPresence;
import nl.stip.platform.live.PresenceRegistry;
import nl.stip.platform.web.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How many follow a round live now (sessions subscribed to its topic, on all instances), for the state snapshot and
 * {@code GET /api/v1/rounds/{id}/presence}; planners also get the names of those logged in (visitors are only counted).
 */
@RestController
@ConditionalOnWebApplication
class LivePresence implements RoundPresence {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Present(int count, List<String> names) {
    }

    private final PresenceRegistry registry;
    private final RoundAccess access;
    private final AccountDirectory accounts;

    LivePresence(PresenceRegistry registry, RoundAccess access, AccountDirectory accounts) {
        this.registry = registry;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public int count(long roundId) {
        return registry.count(RoundTopics.round(roundId));
    }

    @GetMapping(value = "/api/v1/rounds/{id}/presence", produces = "application/json")
    Present presence(@PathVariable long id, Authentication auth) {
        if (!access.mayRead(id, auth)) {
            throw new NotFoundException("There is no round " + id + ".");
        }
        String topic = RoundTopics.round(id);
        List<String> names = access.isPlanner(auth)
                ? registry.names(topic).stream().map(email -> accounts.displayName(email).orElse(email)).toList()
                : null;
        return new Present(registry.count(topic), names);
    }
}
