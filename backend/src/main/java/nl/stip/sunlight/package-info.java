/**
 * The bezonningsstudie (issue 14): how many hours of possible sun a design takes from each neighbouring facade and
 * garden on the standard days, before (the existing buildings) and after (plus the design, minus what it replaces),
 * against the TNO norms the municipality weighs. Sun positions from the NREL SPA (solarpositioning); shadows from
 * LoD1 blocks with JTS. Knows buildings through {@link nl.stip.buildings.BuildingQueries} and parcels through
 * {@link nl.stip.parcels.ParcelQueries}, and nothing of plans, checks or rounds (they build on it: plans → check →
 * sunlight, so a plan's or a variant's study is served by the plans and variants modules). Owns no table.
 */
@ApplicationModule(displayName = "Sunlight")
package nl.stip.sunlight;

import org.springframework.modulith.ApplicationModule;
