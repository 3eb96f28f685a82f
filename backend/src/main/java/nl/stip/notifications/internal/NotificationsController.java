package nl.stip.notifications.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import nl.stip.notifications.internal.NotificationViews.*;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own alerts: subscribed areas, preferences per kind of event, the notification centre, and following a
 * published plan. Everything under /api/v1/me is the caller's own and nobody else's, whatever their role
 * ({@link NotificationsSecurity}: logged in).
 */
@RestController
class NotificationsController {

    private final Subscriptions subscriptions;
    private final Preferences preferences;
    private final NotificationCentre centre;
    private final Follows follows;

    NotificationsController(Subscriptions subscriptions, Preferences preferences, NotificationCentre centre, Follows follows) {
        this.subscriptions = subscriptions;
        this.preferences = preferences;
        this.centre = centre;
        this.follows = follows;
    }

    @Operation(summary = "My subscribed areas")
    @GetMapping(value = "/api/v1/me/subscriptions", produces = "application/json")
    List<Subscription> subscriptions(Authentication who) {
        return subscriptions.list(who.getName());
    }

    @Operation(summary = "Subscribe to an area", description = "kind circle: lon/lat (WGS84) or x/y (RD New) and radius 50..5000 m; "
            + "home: radius around my confirmed home (409 no-confirmed-home without one); polygon: a GeoJSON Polygon in WGS84, valid "
            + "(400 self-intersecting), at most 50 km² and 1,000 vertices. label (optional).")
    @PostMapping(value = "/api/v1/me/subscriptions", produces = "application/json")
    ResponseEntity<Subscription> subscribe(Authentication who, @RequestBody(required = false) NewSubscription body) {
        Subscription created = subscriptions.create(who.getName(), body);
        return ResponseEntity.created(URI.create("/api/v1/me/subscriptions/" + created.id())).body(created);
    }

    @Operation(summary = "Delete one of my subscriptions")
    @DeleteMapping("/api/v1/me/subscriptions/{id}")
    ResponseEntity<Void> unsubscribe(Authentication who, @PathVariable long id) {
        subscriptions.delete(who.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "How many plans were published in the last year within the radius", description = "radius 50..5000 m "
            + "and lon/lat, x/y or home=true")
    @GetMapping(value = "/api/v1/me/subscriptions/preview", produces = "application/json")
    Preview preview(Authentication who, @RequestParam(required = false) String radius, @RequestParam(required = false) String lon,
                    @RequestParam(required = false) String lat, @RequestParam(required = false) String x,
                    @RequestParam(required = false) String y, @RequestParam(required = false) String home) {
        return subscriptions.preview(who.getName(), radius, lon, lat, x, y, "true".equals(home));
    }

    @Operation(summary = "My channel per kind of event", description = "kinds plan-published-nearby, followed-plan-phase, round-opened, "
            + "round-closed, decision; channels in-app, email, email-digest, none")
    @GetMapping(value = "/api/v1/me/notification-preferences", produces = "application/json")
    NotificationViews.Preferences preferences(Authentication who) {
        return preferences.get(who.getName());
    }

    @Operation(summary = "Choose channels", description = "a JSON object kind → channel; the kinds not named keep theirs. "
            + "400 unknown-kind / unknown-channel naming it, nothing stored then")
    @PutMapping(value = "/api/v1/me/notification-preferences", produces = "application/json")
    NotificationViews.Preferences choose(Authentication who, @RequestBody(required = false) Map<String, String> body) {
        return preferences.update(who.getName(), body);
    }

    @Operation(summary = "My notifications, newest first", description = "page (from 0), size 1..100 (20)")
    @GetMapping(value = "/api/v1/me/notifications", produces = "application/json")
    Page notifications(Authentication who, @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return centre.page(who.getName(), page, size);
    }

    @Operation(summary = "How many of my notifications are unread")
    @GetMapping(value = "/api/v1/me/notifications/unread-count", produces = "application/json")
    Unread unread(Authentication who) {
        return new Unread(centre.unread(who.getName()));
    }

    @Operation(summary = "Mark one notification read")
    @PostMapping("/api/v1/me/notifications/{id}/read")
    ResponseEntity<Void> read(Authentication who, @PathVariable long id) {
        centre.read(who.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark all my notifications read")
    @PostMapping(value = "/api/v1/me/notifications/read-all", produces = "application/json")
    Unread readAll(Authentication who) {
        centre.readAll(who.getName());
        return new Unread(0);
    }

    @Operation(summary = "Whether I follow this published plan")
    @GetMapping(value = "/api/v1/plans/{id}/follow", produces = "application/json")
    Follow following(Authentication who, @PathVariable long id) {
        return follows.get(who.getName(), id);
    }

    @Operation(summary = "Follow a published plan: its phase changes and decisions reach me (404 when not published)")
    @PostMapping(value = "/api/v1/plans/{id}/follow", produces = "application/json")
    Follow follow(Authentication who, @PathVariable long id) {
        return follows.follow(who.getName(), id);
    }

    @Operation(summary = "Stop following a plan")
    @DeleteMapping(value = "/api/v1/plans/{id}/follow", produces = "application/json")
    Follow unfollow(Authentication who, @PathVariable long id) {
        return follows.unfollow(who.getName(), id);
    }
}
