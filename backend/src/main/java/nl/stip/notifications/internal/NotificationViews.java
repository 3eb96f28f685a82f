package nl.stip.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What the notifications API takes and answers. */
final class NotificationViews {

    private NotificationViews() {
    }

    /**
     * A new subscription. kind circle: centre lon/lat (WGS84) or x/y (RD New) and radius (m); home: radius around the
     * confirmed home; polygon: a GeoJSON Polygon in WGS84.
     */
    record NewSubscription(String kind, String label, Double lon, Double lat, Double x, Double y, Double radius, JsonNode polygon) {
    }

    record Subscription(long id, String kind, String label, Double lon, Double lat, Double radius, JsonNode area, Instant createdAt) {
    }

    record Preview(int plans, int days, String text) {
    }

    /** Per kind of event the channel; {@code defaults}: what a kind has without a choice. */
    record Preferences(Map<String, String> channels, Map<String, String> defaults, List<String> kinds, List<String> channelsAvailable) {
    }

    record Notification(long id, String kind, long planId, String title, String text, String link, Instant createdAt, boolean read) {
    }

    record Page(List<Notification> items, long total, long unread, int page, int size) {
    }

    record Unread(long unread) {
    }

    record Follow(long planId, boolean following) {
    }
}
