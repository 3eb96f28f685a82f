package nl.stip.concerned;

/** A concerned resident recorded or changed their statement on a plan ({@code kind}: consent, no-objection, objection). */
public record StatementRecorded(long planId, String email, String kind, int version) {
}
