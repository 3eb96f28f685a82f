package nl.stip.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions, follows, preferences, deliveries, notifications and digest items, in plain SQL (this module's tables only). */
@Repository
class NotificationsStore {

    record SubscriptionRow(long id, String email, String kind, String label, Double centreX, Double centreY, Double radius,
                           String areaGeoJson, Instant createdAt) {
    }

    record NotificationRow(long id, String kind, long planId, String title, String text, String link, Instant createdAt, Instant readAt) {
    }

    record DigestItem(long seq, String eventKey, String kind, long planId, String planTitle, String title, String text, String link,
                      Instant createdAt) {
    }

    private final JdbcClient jdbc;

    NotificationsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static byte[] wkb(Geometry g) {
        return new WKBWriter(2, false).write(g);
    }

    // --- subscriptions -------------------------------------------------------------------------------------------

    /** A circle (or home) subscription: the centre, the radius, and its buffer as the indexed area. */
    long insertCircle(String email, String kind, String label, double x, double y, double radius) {
        return jdbc.sql("""
                        INSERT INTO notification_subscription (email, kind, label, centre, radius_m, area)
                        VALUES (?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 28992), ?, ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 28992), ?, 32))
                        RETURNING id""")
                .params(email, kind, label, x, y, radius, x, y, radius).query(Long.class).single();
    }

    long insertPolygon(String email, String label, Geometry area) {
        return jdbc.sql("INSERT INTO notification_subscription (email, kind, label, area) VALUES (?, 'polygon', ?, ST_GeomFromWKB(?, 28992)) RETURNING id")
                .params(email, label, wkb(area)).query(Long.class).single();
    }

    int countSubscriptions(String email) {
        return jdbc.sql("SELECT count(*) FROM notification_subscription WHERE email = ?").param(email).query(Integer.class).single();
    }

    List<SubscriptionRow> subscriptions(String email) {
        return jdbc.sql("""
                        SELECT id, email, kind, label, ST_X(centre), ST_Y(centre), radius_m,
                               ST_AsGeoJSON(ST_Transform(area, 4326), 7), created_at
                        FROM notification_subscription WHERE email = ? ORDER BY created_at, id""")
                .param(email).query(NotificationsStore::subscription).list();
    }

    Optional<SubscriptionRow> subscription(String email, long id) {
        return jdbc.sql("""
                        SELECT id, email, kind, label, ST_X(centre), ST_Y(centre), radius_m,
                               ST_AsGeoJSON(ST_Transform(area, 4326), 7), created_at
                        FROM notification_subscription WHERE email = ? AND id = ?""")
                .params(email, id).query(NotificationsStore::subscription).optional();
    }

    boolean deleteSubscription(String email, long id) {
        return jdbc.sql("DELETE FROM notification_subscription WHERE email = ? AND id = ?").params(email, id).update() > 0;
    }

    /**
     * Who has a subscription that the area (RD New) meets: candidates through the GiST index on the subscribed
     * areas ({@code &&}), then the exact test: a polygon intersects (its edge included), a circle lies within its
     * radius of the area (the edge included).
     */
    List<String> subscribersMeeting(Geometry area) {
        return jdbc.sql("""
                        WITH a AS (SELECT ST_GeomFromWKB(?, 28992) AS g)
                        SELECT DISTINCT s.email FROM notification_subscription s, a
                        WHERE s.area && a.g
                          AND CASE WHEN s.kind = 'polygon' THEN ST_Intersects(s.area, a.g) ELSE ST_DWithin(s.centre, a.g, s.radius_m) END""")
                .param(wkb(area)).query(String.class).list();
    }

    private static SubscriptionRow subscription(ResultSet rs, int n) throws SQLException {
        return new SubscriptionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Double) rs.getObject(5),
                (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    // --- follows -------------------------------------------------------------------------------------------------

    boolean follow(String email, long planId) {
        return jdbc.sql("INSERT INTO notification_follow (email, plan_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(email, planId).update() > 0;
    }

    boolean unfollow(String email, long planId) {
        return jdbc.sql("DELETE FROM notification_follow WHERE email = ? AND plan_id = ?").params(email, planId).update() > 0;
    }

    boolean follows(String email, long planId) {
        return jdbc.sql("SELECT count(*) FROM notification_follow WHERE email = ? AND plan_id = ?").params(email, planId)
                .query(Long.class).single() > 0;
    }

    List<String> followers(long planId) {
        return jdbc.sql("SELECT email FROM notification_follow WHERE plan_id = ? ORDER BY email").param(planId).query(String.class).list();
    }

    // --- preferences ---------------------------------------------------------------------------------------------

    Map<String, String> preferences(String email) {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT kind, channel FROM notification_preference WHERE email = ?").param(email)
                .query((rs, n) -> chosen.put(rs.getString(1), rs.getString(2))).list();
        return chosen;
    }

    void setPreference(String email, String kind, String channel) {
        jdbc.sql("""
                        INSERT INTO notification_preference (email, kind, channel) VALUES (?, ?, ?)
                        ON CONFLICT (email, kind) DO UPDATE SET channel = excluded.channel, changed_at = now()""")
                .params(email, kind, channel).update();
    }

    /** The channels these people chose for a kind (only those who chose; the others have the default). */
    Map<String, String> channelsOf(List<String> emails, String kind) {
        Map<String, String> chosen = new java.util.HashMap<>();
        jdbc.sql("SELECT email, channel FROM notification_preference WHERE kind = ? AND email = ANY(?::text[])")
                .params(kind, textArray(emails)).query((rs, n) -> chosen.put(rs.getString(1), rs.getString(2))).list();
        return chosen;
    }

    // --- deliveries ----------------------------------------------------------------------------------------------

    /** Claims a channel's delivery for several people at once; returns those not delivered to before. */
    List<String> claimDeliveries(String eventKey, List<String> emails, String channel) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        INSERT INTO notification_delivery (event_key, email, channel)
                        SELECT ?, e, ? FROM unnest(?::text[]) e ON CONFLICT DO NOTHING RETURNING email""")
                .params(eventKey, channel, textArray(emails)).query(String.class).list();
    }

    /** The same notification for several people at once. */
    void insertNotifications(List<String> emails, String eventKey, String kind, long planId, String title, String text, String link) {
        insertNotifications(emails, eventKey, kind, planId, title, text, link, null);
    }

    /** The same notification for several people at once, showing a round's contribution (or null). */
    void insertNotifications(List<String> emails, String eventKey, String kind, long planId, String title, String text, String link,
                             Long contributionId) {
        if (emails.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO notification (email, event_key, kind, plan_id, title, text, link, contribution_id)
                        SELECT e, ?, ?, ?, ?, ?, ?, ? FROM unnest(?::text[]) e ON CONFLICT (event_key, email) DO NOTHING""")
                .params(eventKey, kind, planId, title, text, link, contributionId, textArray(emails)).update();
    }

    /** A text[] literal PostgreSQL reads: every element quoted, quotes and backslashes escaped. */
    static String textArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    /** Records a delivery; false when this (event, person, channel) was delivered before: then nothing is to be sent. */
    boolean claimDelivery(String eventKey, String email, String channel) {
        return jdbc.sql("INSERT INTO notification_delivery (event_key, email, channel) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(eventKey, email, channel).update() > 0;
    }

    void insertNotification(String email, String eventKey, String kind, long planId, String title, String text, String link, Long contributionId) {
        jdbc.sql("""
                        INSERT INTO notification (email, event_key, kind, plan_id, title, text, link, contribution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (event_key, email) DO NOTHING""")
                .params(email, eventKey, kind, planId, title, text, link, contributionId).update();
    }

    /** Hides from everyone the notifications that show this contribution, and drops it from digests not sent yet. */
    int hideNotificationsOf(long contributionId) {
        jdbc.sql("DELETE FROM notification_digest_item WHERE contribution_id = ?").param(contributionId).update();
        return jdbc.sql("UPDATE notification SET hidden_at = now() WHERE contribution_id = ? AND hidden_at IS NULL").param(contributionId).update();
    }

    /** Shows the contribution's notifications again (moderation restored it). */
    int showNotificationsOf(long contributionId) {
        return jdbc.sql("UPDATE notification SET hidden_at = NULL WHERE contribution_id = ? AND hidden_at IS NOT NULL").param(contributionId).update();
    }

    List<NotificationRow> notifications(String email, int offset, int limit) {
        return jdbc.sql("""
                        SELECT id, kind, plan_id, title, text, link, created_at, read_at FROM notification
                        WHERE email = ? AND hidden_at IS NULL ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?""")
                .params(email, offset, limit)
                .query((rs, n) -> new NotificationRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    long countNotifications(String email) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE email = ? AND hidden_at IS NULL").param(email).query(Long.class).single();
    }

    long countUnread(String email) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE email = ? AND read_at IS NULL AND hidden_at IS NULL").param(email).query(Long.class).single();
    }

    /** Marks one notification read; false when the person has no notification with that id. */
    boolean markRead(String email, long id) {
        return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, now()) WHERE email = ? AND id = ?").params(email, id).update() > 0;
    }

    int markAllRead(String email) {
        return jdbc.sql("UPDATE notification SET read_at = now() WHERE email = ? AND read_at IS NULL").param(email).update();
    }

    // --- digest --------------------------------------------------------------------------------------------------

    /** Adds an item to the person's next digest, numbered after the last one (the state row is locked until commit). */
    void addDigestItem(String email, String eventKey, String kind, long planId, String planTitle, String title, String text, String link,
                       Long contributionId) {
        long seq = jdbc.sql("""
                        INSERT INTO notification_digest_state (email, last_seq) VALUES (?, 1)
                        ON CONFLICT (email) DO UPDATE SET last_seq = notification_digest_state.last_seq + 1
                        RETURNING last_seq""")
                .param(email).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO notification_digest_item (email, seq, event_key, kind, plan_id, plan_title, title, text, link, contribution_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(email, seq, eventKey, kind, planId, planTitle, title, text, link, contributionId).update();
    }

    /** The people with items above their watermark. */
    List<String> digestDue() {
        return jdbc.sql("SELECT email FROM notification_digest_state WHERE last_seq > sent_through ORDER BY email").query(String.class).list();
    }

    /** The person's watermark, locked until the end of the transaction (null when the person has no state, or it is locked by a run). */
    Long lockWatermark(String email) {
        return jdbc.sql("SELECT sent_through FROM notification_digest_state WHERE email = ? FOR UPDATE SKIP LOCKED").param(email)
                .query(Long.class).optional().orElse(null);
    }

    List<DigestItem> digestItemsAbove(String email, long watermark) {
        return jdbc.sql("""
                        SELECT seq, event_key, kind, plan_id, plan_title, title, text, link, created_at FROM notification_digest_item
                        WHERE email = ? AND seq > ? ORDER BY seq""")
                .params(email, watermark)
                .query((rs, n) -> new DigestItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Moves the watermark to {@code through} and deletes the items at or below it (they are in the queued mail). */
    void advanceWatermark(String email, long through) {
        jdbc.sql("UPDATE notification_digest_state SET sent_through = ?, last_sent_at = now() WHERE email = ?").params(through, email).update();
        jdbc.sql("DELETE FROM notification_digest_item WHERE email = ? AND seq <= ?").params(email, through).update();
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
