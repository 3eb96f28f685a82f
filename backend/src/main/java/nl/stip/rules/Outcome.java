package nl.stip.rules;

import java.util.Optional;

import nl.stip.rules.dmn.Conclusion;

/**
 * What the toepasbare regels decide for an activity at a place, with the legal time limit of its procedure. Stip's own
 * tables write the codes; an STTR conclusion maps onto them ({@link #fromDecision}). {@link #OPEN}: questions are
 * still open; {@link #UNDECIDED}: the file's rules gave no answer although everything was known.
 */
public enum Outcome {
    VERGUNNINGVRIJ("vergunningvrij", 0, true),
    MELDING("melding", 4, true),
    VERGUNNING_REGULIER("vergunning-regulier", 8, true),
    VERGUNNING_UITGEBREID("vergunning-uitgebreid", 26, true),
    /** STTR Informatieplicht: tell the municipality beforehand; the file does not say how long before. */
    INFORMATIEPLICHT("informatieplicht", 0, false),
    /** STTR NeemContactOpMet: the file cannot decide; ask the municipality. */
    NEEM_CONTACT_OP("neem-contact-op", 0, false),
    /** STTR NietVanToepassing: the activity's rules do not apply here. */
    NIET_VAN_TOEPASSING("niet-van-toepassing", 0, false),
    OPEN("nog-niet-te-bepalen", 0, false),
    UNDECIDED("niet-te-bepalen", 0, false);

    private final String code;
    private final int legalTermWeeks;
    private final boolean hasTerm;

    Outcome(String code, int legalTermWeeks, boolean hasTerm) {
        this.code = code;
        this.legalTermWeeks = legalTermWeeks;
        this.hasTerm = hasTerm;
    }

    public String code() {
        return code;
    }

    /** Weeks the municipality has to decide (regulier 8, uitgebreid 26); for a melding, weeks before starting. */
    public int legalTermWeeks() {
        return legalTermWeeks;
    }

    /** Whether {@link #legalTermWeeks()} is a real term (0 for vergunningvrij is one: no waiting). */
    public boolean hasTerm() {
        return hasTerm;
    }

    public static Outcome fromCode(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("DMN decision gave unknown outcome '" + code + "'"));
    }

    public static Optional<Outcome> find(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome a decision's output stands for: one of Stip's codes, or an STTR conclusion (Vergunningplicht is a
     * permit in the regular procedure, the Omgevingswet's default; Meldingsplicht a melding; Toestemmingsvrij free).
     */
    public static Optional<Outcome> fromDecision(String output) {
        return find(output).or(() -> Conclusion.of(output).map(c -> switch (c) {
            case VERGUNNINGPLICHT -> VERGUNNING_REGULIER;
            case MELDINGSPLICHT -> MELDING;
            case INFORMATIEPLICHT -> INFORMATIEPLICHT;
            case NEEM_CONTACT_OP_MET -> NEEM_CONTACT_OP;
            case TOESTEMMINGSVRIJ -> VERGUNNINGVRIJ;
            case NIET_VAN_TOEPASSING -> NIET_VAN_TOEPASSING;
        }));
    }
}
