// The plan someone draws for the "Binnen de lijntjes scan", as plain data: the footprint's corners ([lon, lat]),
// whether the outline is closed, heights, roof and activity, and an undo stack of earlier drafts. Every function
// returns a new draft and leaves the old one as it was, so undo is "go back to the previous value".

export const ACTIVITIES = Object.freeze(['aanbouw', 'dakkapel', 'nieuwbouw-woning', 'bedrijfspand', 'anders']);
export const MIN_CORNERS = 3;
const MAX_UNDO = 100;
/** Corners closer than this (metres) count as one: a double-click adds two clicks on the same spot. */
const SAME_CORNER_M = 0.3;

export function emptyDraft() {
  return { corners: [], closed: false, height: 4, baseHeight: 0, roof: 'flat', eavesHeight: null, activity: 'aanbouw', history: [] };
}

function withChange(draft, patch) {
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

/** The design the check API takes, or null while the outline is not closed. */
export function toDesign(draft) {
  if (!draft?.closed || draft.corners.length < MIN_CORNERS) return null;
  const ring = [...draft.corners, draft.corners[0]].map(([lon, lat]) => [lon, lat]);
  const roof = draft.roof === 'pitched' ? { type: 'pitched', eavesHeight: draft.eavesHeight, ridgeHeight: draft.height } : { type: 'flat' };
  return {
    activity: draft.activity,
    volumes: [{ footprint: { type: 'Polygon', coordinates: [ring] }, baseHeight: draft.baseHeight, height: draft.height, roof }],
  };
}

/** A saved design (the first volume) back as a closed draft, e.g. to go on from the newest version of a plan. */
export function fromDesign(design) {
  const volume = design?.volumes?.[0];
  const ring = volume?.footprint?.coordinates?.[0] ?? [];
  const corners = ring.slice(0, -1).map(([lon, lat]) => [lon, lat]);
  const pitched = volume?.roof?.type === 'pitched';
  return {
    ...emptyDraft(),
    corners,
    closed: corners.length >= MIN_CORNERS,
    activity: ACTIVITIES.includes(design?.activity) ? design.activity : 'anders',
    height: volume?.height ?? 4,
    baseHeight: volume?.baseHeight ?? 0,
    roof: pitched ? 'pitched' : 'flat',
    eavesHeight: pitched ? volume.roof.eavesHeight ?? null : null,
  };
}

const METRES_PER_DEGREE_LAT = 111_320;
const metresPerDegreeLon = (lat) => METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);

export function distanceM(a, b) {
  const dx = (b[0] - a[0]) * metresPerDegreeLon((a[1] + b[1]) / 2);
  const dy = (b[1] - a[1]) * METRES_PER_DEGREE_LAT;
  return Math.hypot(dx, dy);
}

function isLonLat(p) {
  return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

const round2 = (v) => Math.round(v * 100) / 100;
const round9 = (v) => Math.round(v * 1e9) / 1e9;
