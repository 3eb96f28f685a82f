/**
 * Who a plan concerns (belanghebbenden): the parcels and buildings within a configurable distance of a plan's volumes
 * plus every parcel touching the plan's parcels, with distance, direction and the known addresses; residents who link
 * themselves to their home and confirm it with a letter code (or a verified OIDC address claim); their consent,
 * no objection or objection per plan; inviting all concerned parties at once. Reads parcels, buildings, addresses and
 * plans only through their public queries. Tells others {@link nl.stip.concerned.HomeConfirmed},
 * {@link nl.stip.concerned.StatementRecorded} and {@link nl.stip.concerned.ConcernedPartiesInvited}; answers
 * {@link nl.stip.concerned.ResidentHomes} for the confirmed home of a person.
 */
@ApplicationModule(displayName = "Concerned parties")
package nl.stip.concerned;

import org.springframework.modulith.ApplicationModule;
