/**
 * Participation rounds on a published plan: a planner opens a round (an initiator may propose one), with questions,
 * the interactions that are on, pre- or post-moderation, who may take part (everyone with an account, or confirmed
 * concerned residents) and the reply depth; participants place reactions at a point in 3D (RD New with height),
 * reply, agree, answer questions; the initiator answers. Every change of a round gets the round's next sequence
 * number in the transaction that stores it ({@code internal.RoundChangeLog}), so clients that load the state and then
 * apply the deltas miss nothing and see nothing twice. Reads plans, sharing, concerned, rules and accounts only
 * through their public queries. Tells others {@link nl.stip.participation.RoundOpened},
 * {@link nl.stip.participation.RoundClosed} and {@link nl.stip.participation.ContributionPosted} (published inside
 * the transaction of the act); answers {@link nl.stip.participation.Rounds}.
 */
@ApplicationModule(displayName = "Participation")
package nl.stip.participation;

import org.springframework.modulith.ApplicationModule;
