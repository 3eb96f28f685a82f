// What each layer draws and what a click on it selects. Colours come from core/palette.js, so the legend matches.
import { BUILDING_COLOURS, OWN_PARCEL_OUTLINE, PARCEL_OUTLINE, buildingStyle, groundColour } from '../core/palette.js';
import { labelPoint, legendFunctions, ruleStyle } from '../core/rule-style.js';
import { hierarchy } from './feature-layer.js';

/** Extruded footprints; an estimated height is striped and lighter, so it never passes for a measured one. */
export function buildingsKind(Cesium, isHighlighted) {
  const colour = (css) => Cesium.Color.fromCssColorString(css);
  // Shared material instances, so Cesium batches all buildings of one style into one primitive.
  const materials = {
    measured: new Cesium.ColorMaterialProperty(colour(BUILDING_COLOURS.measured)),
    estimated: new Cesium.StripeMaterialProperty({
      evenColor: colour(BUILDING_COLOURS.estimated),
      oddColor: colour(BUILDING_COLOURS.estimatedStripe),
      repeat: 6,
      orientation: Cesium.StripeOrientation.VERTICAL,
    }),
    unknown: new Cesium.ColorMaterialProperty(colour(BUILDING_COLOURS.unknown)),
    selected: new Cesium.ColorMaterialProperty(colour(BUILDING_COLOURS.selected)),
  };
  const styles = new Map();
  return {
    id: 'buildings',
    collection: 'buildings',
    maxSpanDegrees: 0.045,
    limit: 5000,
    // The compact viewport endpoint: a third of the OGC API's bytes, from stored WGS84 footprints.
    load: (api, bbox, { signal }) => api.viewportBuildings(bbox, { signal }),
    entityFor(feature, polygon) {
      const style = buildingStyle(feature.properties);
      styles.set(String(feature.id), style.style);
      return {
        polygon: {
          hierarchy: hierarchy(Cesium, polygon),
          height: 0,
          extrudedHeight: style.height,
          material: materials[style.style],
        },
      };
    },
    restyle(parts, domainId) {
      const material = isHighlighted(domainId) ? materials.selected : materials[styles.get(domainId) ?? 'unknown'];
      parts.forEach((entity) => { entity.polygon.material = material; });
    },
    selectionFor: (domainId, { lon, lat }) => ({ lon, lat, buildingId: domainId }),
  };
}

/**
 * The offline ground: grey street space and pale green plots, flat and unlit (drawn by map/flat-layer.js as one
 * primitive, so the colours are the legend's), 10 cm above the globe (no z-fighting with it, under the rule areas and
 * parcel lines). A click on it is a click on the ground: the selection is the point.
 */
export function groundKind(Cesium, onSource = () => {}) {
  return {
    id: 'ground',
    collection: 'ground',
    maxSpanDegrees: 0.045,
    limit: 5000,
    height: 0.1,
    load: async (api, bbox, { signal }) => {
      const collection = await api.viewportGround(bbox, { signal });
      if (collection?.source) onSource(collection.source);
      return collection;
    },
    colourOf: (feature) => groundColour(feature.properties?.k),
    selectionFor: (domainId, { lon, lat }) => ({ lon, lat }),
  };
}

export function parcelsKind(Cesium) {
  const outline = Cesium.Color.fromCssColorString(PARCEL_OUTLINE);
  return {
    id: 'parcels',
    collection: 'parcels',
    maxSpanDegrees: 0.045,
    limit: 5000,
    entityFor: (feature, polygon) => ({
      polygon: { hierarchy: hierarchy(Cesium, polygon), height: 0.4, fill: false, outline: true, outlineColor: outline },
    }),
    selectionFor: (domainId, { lon, lat }) => ({ lon, lat }),
  };
}

/**
 * "Uw perceel" while drawing (core/own-parcel.js): not loaded per view but given by the state, so no load/limit; each
 * ring of its outline a thick purple line just above the parcel lines, drawn through the ground so it stays in sight.
 */
export function ownParcelKind(Cesium) {
  const material = Cesium.Color.fromCssColorString(OWN_PARCEL_OUTLINE);
  return {
    id: 'ownParcel',
    height: 0.6,
    entityFor: (ring) => ({
      polyline: {
        positions: Cesium.Cartesian3.fromDegreesArrayHeights(closedRing(ring).flatMap((p, i) => (i % 2 === 1 ? [p, 0.6] : [p]))),
        width: 5,
        material,
        depthFailMaterial: material,
        arcType: Cesium.ArcType.NONE,
      },
    }),
  };
}

const closedRing = (flat) => (flat.length >= 2 ? [...flat, flat[0], flat[1]] : flat);

export function ruleAreasKind(Cesium, onFunctions = () => {}) {
  const colours = new Map();
  const colour = (css, alpha = 1) => {
    const key = `${css}/${alpha}`;
    if (!colours.has(key)) colours.set(key, Cesium.Color.fromCssColorString(css).withAlpha(alpha));
    return colours.get(key);
  };
  const materials = new Map();
  const fillFor = (css) => {
    if (!materials.has(css)) materials.set(css, new Cesium.ColorMaterialProperty(colour(css, 0.45)));
    return materials.get(css);
  };
  // Heights above the globe (m): fills under outlines under labels, all below the parcel lines.
  const ringPositions = (flat, height) =>
    Cesium.Cartesian3.fromDegreesArrayHeights(closedRing(flat).flatMap((p, i) => (i % 2 === 1 ? [p, height] : [p])));
  return {
    id: 'ruleAreas',
    collection: 'rule-areas',
    maxSpanDegrees: 1,
    limit: 500,
    entityFor: (feature, polygon) => {
      const style = ruleStyle(feature.properties);
      const entity = {};
      if (style.fill) {
        entity.polygon = { hierarchy: hierarchy(Cesium, polygon), height: 0.2, material: fillFor(style.fill),
          outline: true, outlineColor: colour(style.outline) };
      } else if (style.outline) {
        entity.polyline = { positions: ringPositions(polygon.outer, 0.2 + 0.05 * style.order), width: style.width,
          material: colour(style.outline), arcType: Cesium.ArcType.NONE };
      }
      if (style.label) {
        const [lon, lat] = labelPoint(polygon);
        entity.position = Cesium.Cartesian3.fromDegrees(lon, lat, 1);
        entity.label = { text: style.label, font: '600 13px sans-serif', fillColor: Cesium.Color.BLACK, showBackground: true,
          backgroundColor: colour('#ffffff', 0.8), scaleByDistance: new Cesium.NearFarScalar(150, 1, 1500, 0.4),
          distanceDisplayCondition: new Cesium.DistanceDisplayCondition(0, 1500) };
      }
      return entity;
    },
    loaded: (features) => onFunctions(legendFunctions(features)),
    selectionFor: (domainId, { lon, lat }) => ({ lon, lat }),
  };
}
