package nl.stip.concerned;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The concerned module's public query for the participatieverslag: how a plan's concerned set and a group of people
 * (a round's participants) spread over the distance rings and compass points, in counts only. No access decision and
 * no personal data in the answer: the caller passes principal names in and gets numbers back.
 */
public interface ConcernedProfile {

    /** The profile of the plan's concerned set against the given people; empty when the plan has nothing to measure from. */
    Optional<Profile> profile(long planId, Collection<String> people);

    /**
     * One cell: a ring ("0-25", "25-50", "50-100", "100+") and a compass point ("N", "NO", … "NW"); the known addresses
     * (each in its nearest party), the parcels, and the given people whose confirmed home lies there.
     */
    record Cell(String ring, String direction, long addresses, long parcels, long buildings, long people) {
    }

    /**
     * The cells that hold anything (by ring then compass point), the given people whose home is not (known to be) in the
     * set, and the concerned-party statements per kind ("consent", "no-objection", "objection").
     */
    record Profile(double distance, List<Cell> cells, long peopleElsewhere, List<StatementCount> statements) {
    }

    record StatementCount(String kind, long count) {
    }
}
