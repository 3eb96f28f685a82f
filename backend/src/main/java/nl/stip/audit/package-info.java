/**
 * The audit trail: who did what, when, on which plan: invitations, role changes, publication decisions, and later
 * consent, objections and moderation. Modules write through {@link nl.stip.audit.AuditTrail#record}; planners read it
 * ({@code GET /api/v1/audit}). It holds acts and short facts, never the content of private comments.
 */
@ApplicationModule(displayName = "Audit")
package nl.stip.audit;

import org.springframework.modulith.ApplicationModule;
