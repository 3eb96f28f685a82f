package nl.stip.sunlight.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache whose entries expire: a study is asked for by the check, the layer and the report
 * of the same design within seconds, and must follow the buildings when they change (an import), so it is kept for
 * minutes, not forever.
 */
public final class StudyCache<V> {

    private record Entry<V>(V value, long expires) {
    }

    private final int size;
    private final long ttlMillis;
    private final Map<String, Entry<V>> entries;

    public StudyCache(int size, long ttlMillis) {
        this.size = size;
        this.ttlMillis = ttlMillis;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > StudyCache.this.size;
            }
        };
    }

    public V get(String key, Supplier<V> compute) {
        long now = System.currentTimeMillis();
        synchronized (entries) {
            Entry<V> e = entries.get(key);
            if (e != null && e.expires() > now) {
                return e.value();
            }
        }
        V value = compute.get();
        if (size > 0) {
            synchronized (entries) {
                entries.put(key, new Entry<>(value, now + ttlMillis));
            }
        }
        return value;
    }
}
