/**
 * Voting in a participation round: the planner sets up one vote per round — approval (pick up to N options), ranking
 * (counted with Borda: with n options the first choice gets n−1 points, the next one less, the last 0; unranked options
 * 0) or a budget (costed options, a budget no ballot may exceed, optionally a minimum and maximum number of options) —
 * and participants cast one ballot each, changeable while the round is open. The setup is frozen once the first ballot
 * is cast. Results (counts, shares, Borda points, budget spent per option) are pushed on the round's delta log, or only
 * the number of ballots while the planner hides them until the round closes.
 *
 * <p>Knows rounds only through {@link nl.stip.participation.RoundGate} and {@link nl.stip.participation.Rounds}, and
 * variants (an option may be a saved variant of the round) only through {@link nl.stip.variants.Variants}; knows
 * voters by their login (e-mail) and never shows it. Answers {@link nl.stip.voting.Voting} (the real result, for the
 * report), tells {@link nl.stip.voting.BallotCast}, and adds its part to the participatieverslag through
 * {@link nl.stip.reporting.ReportSection}.
 */
@ApplicationModule(displayName = "Voting")
package nl.stip.voting;

import org.springframework.modulith.ApplicationModule;
