/**
 * The design of a plan: the 3D volumes an initiator draws, as the API receives them, and their validation into RD New
 * with the rule areas under them. Stores nothing; the plan dossiers keep versions of designs.
 */
package nl.stip.design;
