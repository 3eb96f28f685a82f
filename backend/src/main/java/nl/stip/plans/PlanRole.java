package nl.stip.plans;

/**
 * A person's role on someone else's plan, given by the owner's invitation (the {@code sharing} module keeps who has
 * which). The owner and the municipality's planners are not roles here: they follow from the plan and the account.
 */
public enum PlanRole {
    /** Mede-bewerker: may change the design and the dossier, not move its phase, delete it or change who is invited. */
    CO_EDITOR("co-editor"),
    /** Adviseur (an architect, the case manager): sees everything and comments privately to the owner. */
    ADVISOR("advisor"),
    /** Meekijker: sees the plan and its design. */
    VIEWER("viewer");

    private final String key;

    PlanRole(String key) {
        this.key = key;
    }

    /** The role as the API names it: co-editor, advisor, viewer. */
    public String key() {
        return key;
    }

    /** The role with this API name, or null. */
    public static PlanRole of(String key) {
        for (PlanRole role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        return null;
    }
}
