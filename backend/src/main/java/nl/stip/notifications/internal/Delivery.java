package nl.stip.notifications.internal;

import nl.stip.platform.web.PublicUrl;
import java.util.Locale;

import nl.stip.accounts.Mailer;
import nl.stip.geo.CrsTransform;
import nl.stip.platform.Texts;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers one notice to one person by the channel they chose for its kind, in the caller's transaction. Each
 * (event, person, channel) is claimed first in {@code notification_delivery}: a notice delivered before (the same
 * event again, a resubmitted publication) is skipped, so nothing is sent twice. Every channel but none puts the notice
 * in the notification centre; email queues a mail at once through the accounts module's mail queue (sent after
 * commit, retried while the mail server is down); email-digest keeps it for the next digest.
 */
@Component
class Delivery {

    /**
     * What a person is told: plain-text Dutch title and text, and a link that opens the plan in 3D; {@code contributionId}
     * the round's contribution the notice shows, if any (hidden with it when moderation hides it).
     */
    record Notice(String eventKey, NotificationKind kind, long planId, String planTitle, String title, String text, String link, Long contributionId) {

        Notice(String eventKey, NotificationKind kind, long planId, String planTitle, String title, String text, String link) {
            this(eventKey, kind, planId, planTitle, title, text, link, null);
        }
    }

    private final NotificationsStore store;
    private final Preferences preferences;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final Texts texts;
    private final PublicUrl publicUrl;

    Delivery(NotificationsStore store, Preferences preferences, Mailer mailer, UnsubscribeTokens tokens, Texts texts,
             PublicUrl publicUrl) {
        this.store = store;
        this.preferences = preferences;
        this.mailer = mailer;
        this.tokens = tokens;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /** The viewer's address (the public URL with one trailing slash), for links in mails. */
    String viewerLink() {
        return publicUrl.root();
    }

    /** Returns the channel used (none when the person does not want this kind). */
    @Transactional(propagation = Propagation.MANDATORY)
    Channel deliver(String email, Notice notice) {
        Channel channel = preferences.channel(email, notice.kind());
        if (channel == Channel.NONE) {
            return channel;
        }
        if (store.claimDelivery(notice.eventKey(), email, Channel.IN_APP.key)) {
            store.insertNotification(email, notice.eventKey(), notice.kind().key, notice.planId(), notice.title(), notice.text(), notice.link(),
                    notice.contributionId());
        }
        if (channel == Channel.EMAIL && store.claimDelivery(notice.eventKey(), email, Channel.EMAIL.key)) {
            mailer.send(email, texts.get("notifications.mail.subject", notice.title()),
                    texts.get("notifications.mail.text", notice.text(), notice.link(), texts.get("notifications.kind." + notice.kind().key),
                            unsubscribeLink(email, notice.kind()), viewerLink()));
        }
        if (channel == Channel.EMAIL_DIGEST && store.claimDelivery(notice.eventKey(), email, Channel.EMAIL_DIGEST.key)) {
            store.addDigestItem(email, notice.eventKey(), notice.kind().key, notice.planId(), notice.planTitle(), notice.title(), notice.text(),
                    notice.link(), notice.contributionId());
        }
        return channel;
    }

    /**
     * The same as {@link #deliver} for many people at once (one event's fan-out): their channels in one query, the
     * in-app claims and notifications in one statement each; mails and digest items per person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void deliverAll(java.util.Collection<String> people, Notice notice) {
        java.util.List<String> emails = java.util.List.copyOf(new java.util.LinkedHashSet<>(people));
        if (emails.isEmpty()) {
            return;
        }
        java.util.Map<String, String> chosen = store.channelsOf(emails, notice.kind().key);
        java.util.List<String> told = new java.util.ArrayList<>();
        java.util.List<String> mail = new java.util.ArrayList<>();
        java.util.List<String> digest = new java.util.ArrayList<>();
        for (String email : emails) {
            String key = chosen.get(email);
            Channel channel = key == null ? notice.kind().standard : Channel.of(key);
            if (channel == Channel.NONE) {
                continue;
            }
            told.add(email);
            if (channel == Channel.EMAIL) {
                mail.add(email);
            } else if (channel == Channel.EMAIL_DIGEST) {
                digest.add(email);
            }
        }
        store.insertNotifications(store.claimDeliveries(notice.eventKey(), told, Channel.IN_APP.key), notice.eventKey(), notice.kind().key,
                notice.planId(), notice.title(), notice.text(), notice.link(), notice.contributionId());
        for (String email : store.claimDeliveries(notice.eventKey(), mail, Channel.EMAIL.key)) {
            mailer.send(email, texts.get("notifications.mail.subject", notice.title()),
                    texts.get("notifications.mail.text", notice.text(), notice.link(), texts.get("notifications.kind." + notice.kind().key),
                            unsubscribeLink(email, notice.kind()), viewerLink()));
        }
        for (String email : store.claimDeliveries(notice.eventKey(), digest, Channel.EMAIL_DIGEST.key)) {
            store.addDigestItem(email, notice.eventKey(), notice.kind().key, notice.planId(), notice.planTitle(), notice.title(), notice.text(),
                    notice.link(), notice.contributionId());
        }
    }

    String unsubscribeLink(String email, NotificationKind kind) {
        return publicUrl.base() + "/api/v1/notifications/unsubscribe?token=" + tokens.issue(email, kind);
    }

    /**
     * The viewer's address that opens the plan in 3D: the plan id, and a camera 120 m south of and 120 m above the
     * plan's centre looking north at 45° down, so the plan is in the middle of the view.
     */
    String planLink(long planId, Geometry area) {
        StringBuilder link = new StringBuilder(publicUrl.base()).append("/?plan=").append(planId);
        if (area != null && !area.isEmpty()) {
            Coordinate centre = area.getCentroid().getCoordinate();
            Coordinate at = CrsTransform.toWgs84(centre.x, centre.y);
            Coordinate camera = CrsTransform.toWgs84(centre.x, centre.y - 120);
            link.append(String.format(Locale.ROOT, "#camera=%.6f,%.6f,120,0,-45&point=%.7f,%.7f", camera.x, camera.y, at.x, at.y));
        }
        return link.toString();
    }
}
