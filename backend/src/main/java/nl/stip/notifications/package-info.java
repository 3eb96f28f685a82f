/**
 * Alerts and preferences: people subscribe to areas (a circle around a point or their home, or a drawn polygon),
 * follow plans, and choose per kind of event how they are told (in the notification centre, by e-mail at once, in a
 * daily digest, or not at all). Listens to {@link nl.stip.sharing.PlanPublished},
 * {@link nl.stip.plans.PlanPhaseChanged}, {@link nl.stip.participation.RoundOpened} and
 * {@link nl.stip.participation.RoundClosed} after their transaction committed, through Spring Modulith's JDBC event
 * publication registry (incomplete deliveries are resubmitted after a restart); every delivery is recorded once per
 * (event, person, channel), so a re-delivered event sends nothing twice. Mail goes through the accounts module's
 * queue. Owns the tables {@code notification_*} and the registry's {@code event_publication}.
 */
@ApplicationModule(displayName = "Notifications")
package nl.stip.notifications;

import org.springframework.modulith.ApplicationModule;
