package nl.stip.sharing;

import java.util.Optional;

/**
 * The seam for participation rounds (not built yet): a plan can be unpublished only before a round on it opens. The
 * module that will own rounds implements this and says why a plan must stay public; without an implementation
 * nothing holds a plan public.
 */
public interface UnpublishGuard {

    /** Why the plan must stay published (e.g. "a participation round is open"), or empty when it may be unpublished. */
    Optional<String> mustStayPublished(long planId);
}
