package nl.stip.rules;

/** What the toepasbare regels decide for an activity at a place, with the legal time limit of its procedure. */
public enum Outcome {
    VERGUNNINGVRIJ("vergunningvrij", 0),
    MELDING("melding", 4),
    VERGUNNING_REGULIER("vergunning-regulier", 8),
    VERGUNNING_UITGEBREID("vergunning-uitgebreid", 26);

    private final String code;
    private final int legalTermWeeks;

    Outcome(String code, int legalTermWeeks) {
        this.code = code;
        this.legalTermWeeks = legalTermWeeks;
    }

    public String code() {
        return code;
    }

    /** Weeks the municipality has to decide (regulier 8, uitgebreid 26); for a melding, weeks before starting. */
    public int legalTermWeeks() {
        return legalTermWeeks;
    }

    public static Outcome fromCode(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalStateException("DMN decision gave unknown outcome '" + code + "'");
    }
}
