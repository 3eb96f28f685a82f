package nl.stip.notifications.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stip.accounts.Mailer;
import nl.stip.notifications.internal.NotificationsStore.DigestItem;
import nl.stip.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: per person every item above their watermark, grouped per plan (the plan with the newest item
 * first, and within a plan newest first), in one mail queued in the same transaction that moves the watermark. What
 * a run does not reach (skipped, late, the mail server down) stays above the watermark for the next; what it sent is
 * below it, so nothing is lost or repeated. Runs on {@code stip.notifications.digest-cron} (default 07:00, Amsterdam).
 */
@Component
class Digest {

    private static final Logger log = LoggerFactory.getLogger(Digest.class);

    private final NotificationsStore store;
    private final Mailer mailer;
    private final Delivery delivery;
    private final Texts texts;
    private final TransactionTemplate transactions;

    Digest(NotificationsStore store, Mailer mailer, Delivery delivery, Texts texts, TransactionTemplate transactions) {
        this.store = store;
        this.mailer = mailer;
        this.delivery = delivery;
        this.texts = texts;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${stip.notifications.digest-cron:0 0 7 * * *}", zone = "${stip.notifications.digest-zone:Europe/Amsterdam}")
    void scheduled() {
        int sent = run();
        log.info("Notification digest: {} mail(s) queued", sent);
    }

    /** One run over everyone with items above their watermark; returns how many digests were queued. One transaction per person. */
    int run() {
        int sent = 0;
        for (String email : store.digestDue()) {
            Boolean queued = transactions.execute(status -> sendTo(email));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(String email) {
        Long watermark = store.lockWatermark(email);
        if (watermark == null) {
            return false; // another run has this person now
        }
        List<DigestItem> items = store.digestItemsAbove(email, watermark);
        if (items.isEmpty()) {
            return false;
        }
        mailer.send(email, texts.get("notifications.digest.subject", items.size()),
                texts.get("notifications.digest.text", items.size(), body(items), delivery.viewerLink(), unsubscribe(email, items)));
        store.advanceWatermark(email, items.get(items.size() - 1).seq());
        return true;
    }

    /** Grouped per plan, the plan with the newest item first; within a plan newest first. */
    static String body(List<DigestItem> items) {
        Map<Long, List<DigestItem>> perPlan = new LinkedHashMap<>();
        List<DigestItem> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);
        for (DigestItem item : newestFirst) {
            perPlan.computeIfAbsent(item.planId(), id -> new ArrayList<>()).add(item);
        }
        StringBuilder out = new StringBuilder();
        for (List<DigestItem> plan : perPlan.values()) {
            out.append("Plan \"").append(plan.get(0).planTitle()).append("\"\n");
            for (DigestItem item : plan) {
                out.append("- ").append(item.title()).append('\n').append("  ").append(item.text()).append('\n');
            }
            out.append("  Bekijk het plan in 3D: ").append(plan.get(0).link()).append("\n\n");
        }
        return out.toString();
    }

    private String unsubscribe(String email, List<DigestItem> items) {
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        items.forEach(item -> kinds.add(NotificationKind.of(item.kind())));
        StringBuilder out = new StringBuilder();
        for (NotificationKind kind : kinds) {
            out.append(texts.get("notifications.digest.unsubscribe", texts.get("notifications.kind." + kind.key),
                    delivery.unsubscribeLink(email, kind))).append('\n');
        }
        return out.toString();
    }
}
