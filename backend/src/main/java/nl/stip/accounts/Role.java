package nl.stip.accounts;

/** What an account may do; the authority is {@code ROLE_} plus the name. */
public enum Role {
    /** Initiatiefnemer: places a plan. */
    INITIATOR,
    /** Buurtbewoner or belanghebbende: follows and reacts to plans. */
    RESIDENT,
    /** Casemanager and moderator at the municipality. */
    PLANNER,
    /** Adviseur (e.g. welstand, omgevingsdienst). */
    ADVISOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles anyone may choose at sign-up; the others are given by a planner. */
    public boolean selfService() {
        return this == INITIATOR || this == RESIDENT;
    }
}
