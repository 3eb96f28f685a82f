// The concerned ring of a plan (GET /api/v1/plans/{id}/concerned, for the owner, co-editors and planners): the area
// within the distance of the plan's volumes as an orange outline on the ground, and the concerned parcels tinted per
// ring (nearer is stronger). Only this file touches CesiumJS for it; the data comes from core/concerned.js via
// state.concernedMap.
import { entityId } from '../core/entity-ids.js';

export const CONCERNED_LAYER_ID = 'concerned';

const RING_ALPHA = { '0-25': 0.45, '25-50': 0.3, '50-100': 0.18, '100+': 0.12 };

export class ConcernedLayer {
  constructor(Cesium, { onDrawn } = {}) {
    this.Cesium = Cesium;
    this.onDrawn = onDrawn ?? (() => {});
    this.dataSource = new Cesium.CustomDataSource(CONCERNED_LAYER_ID);
    this.edge = Cesium.Color.fromCssColorString('#c05600');
    this.fills = Object.fromEntries(Object.entries(RING_ALPHA).map(([ring, alpha]) => [ring,
      new Cesium.ColorMaterialProperty(Cesium.Color.fromCssColorString('#e07b00').withAlpha(alpha))]));
  }

  /** Draws the ring and the parcels of {area, parties}, or clears it (null). */
  draw(concerned) {
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    let parcels = 0;
    if (concerned?.area) {
      for (const [i, ring] of outerRings(concerned.area).entries()) {
        entities.add({
          id: entityId(CONCERNED_LAYER_ID, `area-${i}`),
          polyline: { positions: Cesium.Cartesian3.fromDegreesArray(ring.flat()), width: 3, material: this.edge, clampToGround: false },
        });
      }
      for (const party of concerned.parties ?? []) {
        if (party.type !== 'parcel' || !party.geometry) continue;
        for (const [j, ring] of outerRings(party.geometry).entries()) {
          entities.add({
            id: entityId(CONCERNED_LAYER_ID, `parcel-${party.id}-${j}`),
            polygon: { hierarchy: new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(ring.flat())), height: 0.3,
              material: this.fills[party.ring] ?? this.fills['100+'] },
          });
        }
        parcels += 1;
      }
    }
    entities.resumeEvents();
    this.onDrawn(concerned?.area ? parcels : -1);
  }
}

/** The outer rings ([[lon, lat], ...]) of a GeoJSON Polygon or MultiPolygon. */
function outerRings(geometry) {
  if (geometry?.type === 'Polygon') return [geometry.coordinates[0]];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon[0]);
  return [];
}
