package nl.stip.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sharing module's public query for other modules: whether and since when a plan is published (readable by everyone). */
public interface PublishedPlans {

    /** When the plan was published, or empty when it is not published (never, or no longer). */
    Optional<Instant> publishedAt(long planId);

    /** The ids of every published plan, newest publication first. */
    List<Long> publishedPlanIds();
}
