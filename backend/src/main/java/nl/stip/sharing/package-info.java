/**
 * Sharing a plan with the people it concerns: the owner invites people by e-mail with a role on the plan (co-editor,
 * advisor, viewer) through a single-use link that expires; advisors comment privately; the owner publishes the plan
 * (with a planner's approval where the municipality wants that), after which everyone may read it, also without an
 * account. Plans learn the roles through {@link nl.stip.plans.PlanMembership}, which this module implements. Tells
 * others {@link nl.stip.sharing.PlanShared}, {@link nl.stip.sharing.PlanPublished} and
 * {@link nl.stip.sharing.PlanUnpublished}, published inside the transaction of the act.
 */
@ApplicationModule(displayName = "Sharing")
package nl.stip.sharing;

import org.springframework.modulith.ApplicationModule;
