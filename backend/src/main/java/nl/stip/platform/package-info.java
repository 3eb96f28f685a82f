/**
 * Shared infrastructure every feature module may use: where PostGIS comes from and bulk COPY ({@code database}),
 * web errors and security ({@code web}), and the user-facing texts. An open module: it holds no feature of its own.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package nl.stip.platform;

import org.springframework.modulith.ApplicationModule;
