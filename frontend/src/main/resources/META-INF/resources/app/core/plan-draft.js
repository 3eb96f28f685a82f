// The plan someone draws for the "Binnen de lijntjes scan", as plain data: the footprint's corners ([lon, lat]),
// whether the outline is closed, heights, roof and activity, and an undo stack of earlier drafts. Every function
// returns a new draft and leaves the old one as it was, so undo is "go back to the previous value".
import { heightRange, snapHeight } from './height-handle.js';

import { METRES_PER_DEGREE_LAT, metresPerDegreeLon, round2, round9 } from './local-metres.js';
import { fromDesignModel, moveModel, toDesignModel, turnModel } from './model-placement.js';

export const ACTIVITIES = Object.freeze(['aanbouw', 'dakkapel', 'nieuwbouw-woning', 'bedrijfspand', 'anders']);
export const MIN_CORNERS = 3;
const MAX_UNDO = 100;
/** Corners closer than this (metres) count as one: a double-click adds two clicks on the same spot. */
const SAME_CORNER_M = 0.3;

// Several volumes ("Bouwdeel 1", "Bouwdeel 2" …): the active one's fields sit at the top of the draft (corners, closed,
// heights, roof), so every edit works on it; `volumes` keeps the others, its slot `active` is refreshed on a switch.
const VOLUME_KEYS = ['corners', 'closed', 'height', 'baseHeight', 'roof', 'eavesHeight'];
const NEW_VOLUME = Object.freeze({ corners: [], closed: false, height: 4, baseHeight: 0, roof: 'flat', eavesHeight: null });
const volumeFields = (draft) => Object.fromEntries(VOLUME_KEYS.map((key) => [key, draft[key]]));

export function emptyDraft() {
  return { ...NEW_VOLUME, volumes: [{ ...NEW_VOLUME }], active: 0, activity: 'aanbouw', history: [] };
}

/** Every volume in order, the active one as it is now. */
export function volumesOf(draft) {
  if (!draft) return [];
  const stored = draft.volumes?.length ? draft.volumes : [null];
  const active = draft.active ?? 0;
  return stored.map((volume, i) => (i === active ? volumeFields(draft) : volume));
}

/** A new, empty volume after the others, made active so the next clicks draw its footprint. Needs the active one closed. */
export function addVolume(draft) {
  if (!draft.closed) return draft;
  const volumes = [...volumesOf(draft), { ...NEW_VOLUME }];
  return withChange(draft, { ...NEW_VOLUME, volumes, active: volumes.length - 1 });
}

export function selectVolume(draft, index) {
  const volumes = volumesOf(draft);
  if (!(index >= 0 && index < volumes.length) || (index === (draft.active ?? 0) && draft.activeModel == null)) return draft;
  return withChange(draft, { ...volumes[index], volumes, active: index, activeModel: null });
}

// Placed 3D models (core/model-placement.js) ride along in draft.models; draft.activeModel is the one the move and
// turn buttons work on (null: they work on the active volume).

/** Adds a placed model and makes it the one to move and turn. */
export function addModel(draft, model) {
  const models = [...(draft.models ?? []), model];
  return withChange(draft, { models, activeModel: models.length - 1 });
}

export function selectModel(draft, index) {
  const models = draft.models ?? [];
  if (!(index >= 0 && index < models.length) || index === draft.activeModel) return draft;
  return withChange(draft, { activeModel: index });
}

export function removeModel(draft, index) {
  const models = draft.models ?? [];
  if (!(index >= 0 && index < models.length)) return draft;
  return withChange(draft, { models: models.filter((_, i) => i !== index), activeModel: null });
}

/** The move buttons: the active model when one is chosen, else the active volume. */
export const moveSelected = (draft, dEastM, dNorthM) => (draft.activeModel != null
  ? changeActiveModel(draft, moveModel, dEastM, dNorthM) : moveVolume(draft, dEastM, dNorthM));

/** The turn buttons: counter-clockwise (to the left) for positive degrees, the active model or else the active volume. */
export const rotateSelected = (draft, degrees) => (draft.activeModel != null
  ? changeActiveModel(draft, turnModel, degrees) : rotateVolume(draft, degrees));

/** Applies fn (moveModel, turnModel, scaleModel …) with args to the active model; nothing when no model is active. */
export function changeActiveModel(draft, fn, ...args) {
  const i = draft.activeModel;
  const models = draft.models ?? [];
  if (i == null || !models[i]) return draft;
  const changed = fn(models[i], ...args);
  if (changed === models[i]) return draft;
  return withChange(draft, { models: models.map((m, j) => (j === i ? changed : m)) });
}

/** Removes a volume (not the last one left); the one before it, or the first, becomes active. */
export function removeVolume(draft, index) {
  const all = volumesOf(draft);
  if (!(index >= 0 && index < all.length) || all.length < 2) return draft;
  const volumes = all.filter((_, i) => i !== index);
  const current = draft.active ?? 0;
  const active = current > index ? current - 1 : current === index ? Math.max(0, index - 1) : current;
  return withChange(draft, { ...volumes[active], volumes, active });
}

/** Shifts the active volume's footprint east and north by metres (negative: west, south). */
export function moveVolume(draft, dEastM, dNorthM) {
  const east = Number(dEastM);
  const north = Number(dNorthM);
  if (draft.corners.length === 0 || !Number.isFinite(east) || !Number.isFinite(north) || (east === 0 && north === 0)) return draft;
  const [, lat0] = centroid(draft.corners);
  const dLon = east / metresPerDegreeLon(lat0);
  const dLat = north / METRES_PER_DEGREE_LAT;
  return withChange(draft, { corners: draft.corners.map(([lon, lat]) => [lon + dLon, lat + dLat]) });
}

/** Turns the active volume's footprint around its centroid, counter-clockwise (to the left) for positive degrees. */
export function rotateVolume(draft, degrees) {
  const angle = (Number(degrees) * Math.PI) / 180;
  if (draft.corners.length < 2 || !Number.isFinite(angle) || angle === 0) return draft;
  const [lon0, lat0] = centroid(draft.corners);
  const mx = metresPerDegreeLon(lat0);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners = draft.corners.map(([lon, lat]) => {
    const x = (lon - lon0) * mx;
    const y = (lat - lat0) * METRES_PER_DEGREE_LAT;
    return [lon0 + (x * cos - y * sin) / mx, lat0 + (x * sin + y * cos) / METRES_PER_DEGREE_LAT];
  });
  return withChange(draft, { corners });
}

/** The area centroid of a footprint in a local metric frame ([lon, lat]); the mean of the corners for a degenerate one. */
export function centroid(corners) {
  const n = corners.length;
  const [lonRef, latRef] = corners.reduce(([a, b], [lon, lat]) => [a + lon / n, b + lat / n], [0, 0]);
  const mx = metresPerDegreeLon(latRef);
  const points = corners.map(([lon, lat]) => [(lon - lonRef) * mx, (lat - latRef) * METRES_PER_DEGREE_LAT]);
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % n];
    const cross = x1 * y2 - x2 * y1;
    area2 += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  });
  if (Math.abs(area2) < 1e-9) return [lonRef, latRef];
  return [lonRef + cx / (3 * area2) / mx, latRef + cy / (3 * area2) / METRES_PER_DEGREE_LAT];
}

// A read-only draft (an older version, or someone else's plan, opened to look at) ignores every change.
function withChange(draft, patch) {
  if (draft.readOnly) return draft;
  const { history, ...previous } = draft;
  return { ...draft, ...patch, history: [...history, previous].slice(-MAX_UNDO) };
}

export function addCorner(draft, lonLat) {
  if (draft.closed || !isLonLat(lonLat)) return draft;
  const last = draft.corners[draft.corners.length - 1];
  if (last && distanceM(last, lonLat) < SAME_CORNER_M) return draft;
  return withChange(draft, { corners: [...draft.corners, [lonLat[0], lonLat[1]]] });
}

export function moveCorner(draft, index, lonLat) {
  if (!(index >= 0 && index < draft.corners.length) || !isLonLat(lonLat)) return draft;
  if (distanceM(draft.corners[index], lonLat) < 0.01) return draft;
  const corners = draft.corners.map((corner, i) => (i === index ? [lonLat[0], lonLat[1]] : corner));
  return withChange(draft, { corners });
}

/** Closes the outline ("Klaar" or a double-click); needs at least three corners. */
export function closeShape(draft) {
  if (draft.closed || draft.corners.length < MIN_CORNERS) return draft;
  return withChange(draft, { closed: true });
}

export function setHeight(draft, height) {
  const value = Number(height);
  if (!Number.isFinite(value) || value === draft.height) return draft;
  return withChange(draft, { height: value });
}

/** Raises (or with a negative step lowers) the height by metres, in 10 cm steps within what the check accepts. */
export function nudgeHeight(draft, step) {
  const value = Number(step);
  if (!Number.isFinite(value)) return draft;
  return setHeight(draft, snapHeight(draft.height + value, heightRange(draft)));
}

export function setBaseHeight(draft, baseHeight) {
  const value = Number(baseHeight);
  if (!Number.isFinite(value) || value === draft.baseHeight) return draft;
  return withChange(draft, { baseHeight: value });
}

/** 'flat' or 'pitched'; a pitched roof gets its eaves at two thirds of the height until someone sets them. */
export function setRoof(draft, roof, eavesHeight) {
  if (roof !== 'flat' && roof !== 'pitched') return draft;
  const eaves = roof === 'pitched' ? (Number.isFinite(Number(eavesHeight)) && eavesHeight !== null && eavesHeight !== ''
    ? Number(eavesHeight) : draft.eavesHeight ?? round2(draft.baseHeight + (draft.height - draft.baseHeight) * 2 / 3)) : null;
  if (roof === draft.roof && eaves === draft.eavesHeight) return draft;
  return withChange(draft, { roof, eavesHeight: eaves });
}

export function setActivity(draft, activity) {
  if (!ACTIVITIES.includes(activity) || activity === draft.activity) return draft;
  return withChange(draft, { activity });
}

export function undo(draft) {
  if (draft.history.length === 0) return draft;
  const previous = draft.history[draft.history.length - 1];
  return { ...previous, history: draft.history.slice(0, -1) };
}

export const canUndo = (draft) => Boolean(draft?.history.length);

/** "Opnieuw beginnen": no corners, but keeps heights and activity; can be undone. */
export function restart(draft) {
  if (draft.corners.length === 0 && !draft.closed) return draft;
  return withChange(draft, { corners: [], closed: false });
}

/** A closed w × d metre rectangle around a point: "Teken een voorbeeld hier", the keyboard way to place a plan. */
export function exampleAround(draft, centre, width = 3, depth = 4) {
  const [lon, lat] = centre;
  const dLon = width / 2 / metresPerDegreeLon(lat);
  const dLat = depth / 2 / METRES_PER_DEGREE_LAT;
  const corners = [[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat]]
    .map(([x, y]) => [round9(x), round9(y)]);
  return withChange(draft, { corners, closed: true });
}

/**
 * Corners typed or pasted, one "longitude, latitude" per line (also a GeoJSON coordinates array): the keyboard way to
 * draw an exact footprint. Gives { corners } or { error: 'format' | 'tooFew' }; a repeated closing corner is dropped.
 */
export function parseCorners(text) {
  const numbers = String(text ?? '').match(/-?\d+(?:[.,]\d+)?/g)?.map((n) => Number(n.replace(',', '.'))) ?? [];
  const pairs = String(text ?? '').includes('[') ? numbers : null;
  let corners;
  if (pairs) {
    if (pairs.length % 2 !== 0) return { error: 'format' };
    corners = [];
    for (let i = 0; i < pairs.length; i += 2) corners.push([pairs[i], pairs[i + 1]]);
  } else {
    const lines = String(text ?? '').split(/\n|;/).map((line) => line.trim()).filter(Boolean);
    corners = lines.map((line) => line.split(/[\s,]+/).filter(Boolean).map(Number));
    if (corners.some((c) => c.length !== 2)) return { error: 'format' };
  }
  if (!corners.every(isLonLat)) return { error: 'format' };
  const first = corners[0];
  const last = corners[corners.length - 1];
  if (corners.length > 1 && distanceM(first, last) < SAME_CORNER_M) corners.pop();
  return corners.length < MIN_CORNERS ? { error: 'tooFew' } : { corners };
}

/** Replaces the outline with these corners, closed (typed corners are a whole footprint). */
export function setCorners(draft, corners) {
  if (!Array.isArray(corners) || corners.length < MIN_CORNERS || !corners.every(isLonLat)) return draft;
  return withChange(draft, { corners: corners.map(([lon, lat]) => [lon, lat]), closed: true });
}

/** The corners as the typing field shows them: one "longitude, latitude" per line. */
export const formatCorners = (draft) => (draft?.corners ?? []).map(([lon, lat]) => `${lon}, ${lat}`).join('\n');

const isComplete = (volume) => Boolean(volume?.closed) && volume.corners.length >= MIN_CORNERS;

/** For each volume of toDesign() (the closed ones), its index in the draft: the check names volumes by design index. */
export const designVolumeIndices = (draft) => volumesOf(draft).flatMap((volume, i) => (isComplete(volume) ? [i] : []));

/** The design the check API takes (every closed volume, in order, and the placed models), or null while there is none. */
export function toDesign(draft) {
  const volumes = volumesOf(draft).filter(isComplete).map((volume) => {
    const ring = [...volume.corners, volume.corners[0]].map(([lon, lat]) => [lon, lat]);
    const roof = volume.roof === 'pitched' ? { type: 'pitched', eavesHeight: volume.eavesHeight, ridgeHeight: volume.height } : { type: 'flat' };
    return { footprint: { type: 'Polygon', coordinates: [ring] }, baseHeight: volume.baseHeight, height: volume.height, roof };
  });
  const models = (draft?.models ?? []).map(toDesignModel);
  const design = { ...draft?.designExtra, activity: draft?.activity, volumes };
  if (models.length) return { ...design, models };
  return volumes.length ? design : null;
}

/**
 * A saved design back as a draft, e.g. to go on from the newest version of a plan: every volume, the first one
 * active, and the placed models of plan `planId` (drawn from its documents). Fields of the design the drawing does not
 * know (and the models, when no plan is given) are kept and saved again by toDesign.
 */
export function fromDesign(design, planId) {
  const { activity, volumes: saved, models, ...extra } = design ?? {};
  const volumes = (Array.isArray(saved) && saved.length ? saved : [null]).map(volumeFromDesign);
  const draft = { ...emptyDraft(), ...volumes[0], volumes, active: 0, activity: ACTIVITIES.includes(activity) ? activity : 'anders' };
  if (Array.isArray(models) && models.length) {
    if (planId == null) extra.models = models;
    else draft.models = models.map((model) => fromDesignModel(model, planId));
  }
  if (Object.keys(extra).length) draft.designExtra = extra;
  return draft;
}

function volumeFromDesign(volume) {
  const ring = volume?.footprint?.coordinates?.[0] ?? [];
  const corners = ring.slice(0, -1).map(([lon, lat]) => [lon, lat]);
  const pitched = volume?.roof?.type === 'pitched';
  return {
    corners,
    closed: corners.length >= MIN_CORNERS,
    height: volume?.height ?? 4,
    baseHeight: volume?.baseHeight ?? 0,
    roof: pitched ? 'pitched' : 'flat',
    eavesHeight: pitched ? volume.roof.eavesHeight ?? null : null,
  };
}

/** The middle of every corner and placed model of the draft ([lon, lat]), or null without any: where to look at a plan. */
export function draftCentre(draft) {
  const corners = [...volumesOf(draft).flatMap((volume) => volume.corners ?? []),
    ...(draft?.models ?? []).filter((m) => Number.isFinite(m.lon) && Number.isFinite(m.lat)).map((m) => [m.lon, m.lat])];
  if (corners.length === 0) return null;
  const lons = corners.map(([lon]) => lon);
  const lats = corners.map(([, lat]) => lat);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}


export function distanceM(a, b) {
  const dx = (b[0] - a[0]) * metresPerDegreeLon((a[1] + b[1]) / 2);
  const dy = (b[1] - a[1]) * METRES_PER_DEGREE_LAT;
  return Math.hypot(dx, dy);
}

function isLonLat(p) {
  return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

