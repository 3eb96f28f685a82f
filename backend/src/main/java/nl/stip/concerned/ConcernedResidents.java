package nl.stip.concerned;

import java.util.List;

/**
 * The concerned module's public query of who a plan concerns as a person: the confirmed residents (home confirmed by
 * letter code or a verified OIDC address claim) whose home lies in the plan's concerned set. For participation rounds
 * open to concerned residents only, and for alerts. The plan's owner is never one of them.
 */
public interface ConcernedResidents {

    /** Whether the person is a confirmed resident of a home the plan concerns. */
    boolean isConfirmedConcerned(long planId, String email);

    /** The confirmed residents the plan concerns (principal names), in no particular order. */
    List<String> confirmedResidents(long planId);
}
