package nl.stip.plans;

import java.util.Locale;

/** The journey of a plan, in order. The key is what the API speaks. */
enum Phase {
    IDEA, EXPLORING, ALIGNING, PARTICIPATION, APPLICATION, DECISION, REALISATION, EVALUATION;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Phase of(String key) {
        for (Phase p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
