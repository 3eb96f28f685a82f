package nl.stip.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import nl.stip.design.GlbModel;
import org.springframework.stereotype.Component;

/**
 * The bounding boxes of the plans' GLB documents by document id, so a check or a save does not read a model of
 * megabytes from the database and parse its JSON chunk every time. Safe because a document never changes: nothing
 * updates {@code plan_document}, and its ids (a bigserial) are never reused. Whether the document belongs to the plan
 * is still asked of the database on every check; only the box is remembered. A model that cannot be read is not
 * remembered (its refusal is read again). At most {@link #CAPACITY} boxes (~100 bytes each), least recently used
 * first out; each instance of the platform keeps its own.
 */
@Component
class ModelBounds {

    static final int CAPACITY = 10_000;

    private final Map<Long, GlbModel.Box> boxes;

    ModelBounds() {
        this(CAPACITY);
    }

    ModelBounds(int capacity) {
        this.boxes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, GlbModel.Box> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The box of this document: remembered, or read from {@code content} (which may throw) and remembered. */
    GlbModel.Box of(long documentId, Supplier<byte[]> content) {
        synchronized (boxes) {
            GlbModel.Box known = boxes.get(documentId);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: two first checks of one document may both read it, and agree.
        GlbModel.Box box = GlbModel.bounds(content.get());
        synchronized (boxes) {
            boxes.put(documentId, box);
        }
        return box;
    }

    boolean knows(long documentId) {
        synchronized (boxes) {
            return boxes.containsKey(documentId);
        }
    }

    void clear() {
        synchronized (boxes) {
            boxes.clear();
        }
    }
}
