/**
 * Variants of a plan made by the participants of a round (issue 12): the planner's bounds per round (heights, an area,
 * volumes that stay), variants started from the plan's current design and shaped within those bounds, objects from a
 * palette (trees, benches, parking, green roofs …), each variant checked by the plan's own check and measured by the
 * indicators next to the original. Knows rounds only through {@link nl.stip.participation.RoundGate}, plans through
 * {@link nl.stip.plans.PlanDirectory}, buildings through {@link nl.stip.buildings.BuildingQueries}. Owns
 * {@code variant_bounds} and {@code round_variant}.
 */
@ApplicationModule(displayName = "Variants")
package nl.stip.variants;

import org.springframework.modulith.ApplicationModule;
