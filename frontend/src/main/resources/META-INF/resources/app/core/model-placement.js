// A glTF/GLB model placed in the plan ("Eigen 3D-model plaatsen"), as plain data: which document of the plan, where its
// origin stands ([lon, lat] and metres above ground), its heading (degrees clockwise from north) and a uniform scale.
// The model's +X axis points east and its -Z axis north before turning (glTF is Y-up), as the server checks it.
// Every function returns a new placement; the map draws it, the server checks it.
import { round9 } from './local-metres.js';

export const MODEL_SCALE_MIN = 0.01;
export const MODEL_SCALE_MAX = 100;

const A = 6_378_137;
const E2 = 6.69437999014e-3;

/** A freshly uploaded document placed at a point on the ground, unturned and at its own size. */
export function placeModel({ documentId, filename, url }, [lon, lat]) {
  return { documentId, filename, url, lon: round9(lon), lat: round9(lat), baseHeight: 0, heading: 0, scale: 1 };
}

/** Shifted east and north by metres (negative: west, south). */
export function moveModel(model, dEastM, dNorthM) {
  const east = Number(dEastM);
  const north = Number(dNorthM);
  if (!Number.isFinite(east) || !Number.isFinite(north) || (east === 0 && north === 0)) return model;
  const [lon, lat] = offset(model.lon, model.lat, east, north);
  return { ...model, lon: round9(lon), lat: round9(lat) };
}

/** Turned to the left (counter-clockwise, seen from above) for positive degrees, as the volumes turn. */
export function turnModel(model, degreesLeft) {
  const degrees = Number(degreesLeft);
  if (!Number.isFinite(degrees) || degrees === 0) return model;
  return { ...model, heading: normalHeading(model.heading - degrees) };
}

/** A new uniform scale; anything outside 0.01–100 leaves the model as it was. */
export function scaleModel(model, scale) {
  const value = Number(scale);
  if (!validScale(value) || value === model.scale) return model;
  return { ...model, scale: value };
}

export const validScale = (value) => Number.isFinite(value) && value >= MODEL_SCALE_MIN && value <= MODEL_SCALE_MAX;

/** What the design API takes for a placed model. */
export function toDesignModel(model) {
  return { documentId: model.documentId, position: { lon: model.lon, lat: model.lat }, baseHeight: model.baseHeight,
    heading: model.heading, scale: model.scale };
}

/** A saved model of plan `planId` back as a placement, drawn from the plan's document. */
export function fromDesignModel(model, planId) {
  return {
    documentId: model?.documentId,
    filename: model?.filename ?? null,
    url: `/api/v1/plans/${encodeURIComponent(planId)}/documents/${encodeURIComponent(model?.documentId)}`,
    lon: model?.position?.lon, lat: model?.position?.lat,
    baseHeight: model?.baseHeight ?? 0, heading: model?.heading ?? 0, scale: model?.scale ?? 1,
  };
}

/**
 * The placed, turned, scaled rectangle of a model's bounding box ({minX, maxX, minZ, maxZ} in its own metres), as
 * four [lon, lat] corners: the footprint the check uses, drawn while the model is moved between two checks.
 */
export function footprintCorners(model, box) {
  const h = (model.heading * Math.PI) / 180;
  const cos = Math.cos(h);
  const sin = Math.sin(h);
  return [[box.minX, box.minZ], [box.maxX, box.minZ], [box.maxX, box.maxZ], [box.minX, box.maxZ]].map(([x, z]) => {
    const east = model.scale * x;
    const north = -model.scale * z;
    return offset(model.lon, model.lat, east * cos + north * sin, -east * sin + north * cos);
  });
}

/** [lon, lat] of the point east, north metres from (lon, lat) on the WGS84 ellipsoid (the local east-north-up frame). */
export function offset(lon, lat, east, north) {
  const phi = (lat * Math.PI) / 180;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const meridian = (A * (1 - E2)) / w ** 1.5;
  const prime = A / Math.sqrt(w);
  return [lon + (east / (prime * Math.cos(phi))) * (180 / Math.PI), lat + (north / meridian) * (180 / Math.PI)];
}

function normalHeading(degrees) {
  const h = ((degrees % 360) + 360) % 360;
  return Math.round(h * 1e6) / 1e6;
}

