package nl.stip.audit;

import java.time.Instant;

/** One act in the audit trail: who ({@code actor}, a principal name), what ({@code action}), when, on which plan. */
public record AuditEntry(long id, Instant at, String actor, String action, Long planId, String subject, String detail) {
}
