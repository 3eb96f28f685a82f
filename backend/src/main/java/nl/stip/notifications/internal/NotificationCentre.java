package nl.stip.notifications.internal;

import java.util.List;

import nl.stip.notifications.internal.NotificationViews.Notification;
import nl.stip.notifications.internal.NotificationViews.Page;
import nl.stip.platform.web.InvalidParameterException;
import nl.stip.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications: newest first, paged, with the unread count; only ever the caller's. */
@Service
class NotificationCentre {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationsStore store;

    NotificationCentre(NotificationsStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    Page page(String email, String pageText, String sizeText) {
        int page = whole("page", pageText, 0);
        int size = whole("size", sizeText, 20);
        if (page < 0) {
            throw new InvalidParameterException("page", "page " + page + " is not a page; the first is 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "size " + size + " is out of bounds: 1 to " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > 1_000_000) {
            throw new InvalidParameterException("page", "page " + page + " is too far");
        }
        List<Notification> items = store.notifications(email, page * size, size).stream()
                .map(n -> new Notification(n.id(), n.kind(), n.planId(), n.title(), n.text(), n.link(), n.createdAt(), n.readAt() != null))
                .toList();
        return new Page(items, store.countNotifications(email), store.countUnread(email), page, size);
    }

    @Transactional(readOnly = true)
    long unread(String email) {
        return store.countUnread(email);
    }

    @Transactional
    void read(String email, long id) {
        if (!store.markRead(email, id)) {
            throw new NotFoundException("You have no notification " + id + ".");
        }
    }

    @Transactional
    int readAll(String email) {
        return store.markAllRead(email);
    }

    static int whole(String name, String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " '" + text + "' is not a whole number");
        }
    }
}
