/**
 * "Ik snap het niet": a question from any panel of the viewer, with the link of the view the person was looking at,
 * to the municipality's case managers (planners): kept in their inbox and mailed to them. Anonymous visitors may ask
 * too, a few times an hour per client address.
 */
@ApplicationModule(displayName = "Help")
package nl.stip.help;

import org.springframework.modulith.ApplicationModule;
