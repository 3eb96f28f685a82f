package nl.stip.buildings;

import java.util.Set;

/** The BAG pand statuses, and which of them mean that the pand does not (or no longer) exist. */
public final class BuildingStatus {

    /** A pand in one of these statuses is not a current building, even without an end of validity. */
    public static final Set<String> NOT_EXISTING = Set.of("Pand gesloopt", "Niet gerealiseerd pand", "Pand ten onrechte opgevoerd");

    public static final Set<String> ALL = Set.of("Bouwvergunning verleend", "Bouw gestart", "Pand in gebruik",
            "Pand in gebruik (niet ingemeten)", "Verbouwing pand", "Sloopvergunning verleend", "Pand gesloopt",
            "Niet gerealiseerd pand", "Pand ten onrechte opgevoerd", "Pand buiten gebruik");

    private BuildingStatus() {
    }

    /** SQL list literal of {@link #NOT_EXISTING}, for queries. */
    static String notExistingSqlList() {
        return String.join(", ", NOT_EXISTING.stream().sorted().map(s -> "'" + s + "'").toList());
    }
}
