/**
 * OGC API – Features (Part 1 Core with GeoJSON and OpenAPI 3.0, Part 2 CRS by reference) under {@code /ogc}: the
 * platform's parcels, current buildings and rule areas, read-only, for GIS clients such as QGIS and GDAL.
 * Everything here is package-private; the module offers nothing to other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OGC API Features")
package nl.stip.ogcapi;
