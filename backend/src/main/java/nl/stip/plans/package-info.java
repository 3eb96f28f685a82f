/**
 * Plan dossiers: an initiator's plan with its journey from idea to evaluation ("Track & Trace"), every saved version
 * of its 3D design with the check of that version, what changed between versions ("Wijzigingsprint"), and the next
 * steps and deadlines that follow from the phase and the procedure. Only the owner, planners and the people the owner invited (PlanMembership, kept by sharing) see a plan.
 */
@ApplicationModule(displayName = "Plans")
package nl.stip.plans;

import org.springframework.modulith.ApplicationModule;
