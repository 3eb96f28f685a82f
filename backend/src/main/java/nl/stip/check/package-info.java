/**
 * The "Binnen de lijntjes scan": measures a design against the omgevingsplan where it stands, with the procedure and a
 * fee estimate. Stateless; the plan dossiers call {@link nl.stip.check.CheckService} for their versions.
 */
package nl.stip.check;
