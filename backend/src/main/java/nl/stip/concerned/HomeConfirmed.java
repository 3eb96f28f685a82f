package nl.stip.concerned;

/** A resident's home was confirmed; {@code via} is "letter-code" or "oidc-claim". */
public record HomeConfirmed(String email, long homeId, String via) {
}
