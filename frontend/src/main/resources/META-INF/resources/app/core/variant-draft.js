// A variant being shaped in a participation round (issue 12), as plain data: the plan's current design as a draft of
// core/plan-draft.js (its volume tools are reused, not copied), the palette objects placed on it, and the round's
// bounds (GET /rounds/{id}/variant-bounds). Every change stays within the bounds before the server is asked: a height
// above the maximum is clamped and the variant carries a notice with the Dutch reason; a volume the planner keeps
// cannot be removed; an object outside the round's area is not placed. Every function returns a new variant.
import { freeSpot } from './placement.js';
import { centroid, fromDesign, moveVolume, removeVolume, selectVolume, setCorners, setHeight, setRoof, toDesign, volumesOf } from './plan-draft.js';

/** The palette when the bounds name none (the list); the server's palette wins. */
export const DEFAULT_PALETTE = Object.freeze(['tree', 'hedge', 'bench', 'playground', 'bike-parking', 'parking-space',
  'green-roof', 'water', 'solar-panels'].map((kind) => Object.freeze({ kind })));

const MIN_SHRINK = 0.1;

/** A new variant from the plan's design, within `bounds` ({minHeight, maxHeight, area, keepVolumes, palette}). */
export function startVariant(design, bounds = {}, { basedOn = null, title = '', objects = [] } = {}) {
  return { draft: fromDesign(design), objects: objects.map((o) => ({ ...o })), bounds: normalBounds(bounds), basedOn, title, notice: null };
}

function normalBounds(bounds) {
  const num = (v) => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
  return {
    minHeight: num(bounds?.minHeight),
    maxHeight: num(bounds?.maxHeight),
    area: bounds?.area?.type === 'Polygon' ? bounds.area : null,
    // Where objects on the ground may lie: the planner's area, else the plan's parcels (the server says which).
    objectArea: ['Polygon', 'MultiPolygon'].includes(bounds?.objectArea?.type) ? bounds.objectArea
      : bounds?.area?.type === 'Polygon' ? bounds.area : null,
    keepVolumes: Array.isArray(bounds?.keepVolumes) ? bounds.keepVolumes.map(Number) : [],
    palette: Array.isArray(bounds?.palette) && bounds.palette.length ? bounds.palette : DEFAULT_PALETTE,
  };
}

/** A height within the bounds: {height, notice} — notice {key, values} when it had to be clamped. */
export function boundHeight(bounds, height) {
  const value = Number(height);
  if (bounds.maxHeight !== null && value > bounds.maxHeight) {
    return { height: bounds.maxHeight, notice: { key: 'variantHeightMax', values: { max: dutch(bounds.maxHeight) } } };
  }
  if (bounds.minHeight !== null && value < bounds.minHeight) {
    return { height: bounds.minHeight, notice: { key: 'variantHeightMin', values: { min: dutch(bounds.minHeight) } } };
  }
  return { height: value, notice: null };
}

const dutch = (n) => String(Math.round(n * 10) / 10).replace('.', ',');
const withDraft = (variant, draft, notice = null) => ({ ...variant, draft, notice });

export const activeIndex = (variant) => variant.draft.active ?? 0;
export const volumeCount = (variant) => volumesOf(variant.draft).length;

export function selectVariantVolume(variant, index) {
  return withDraft(variant, selectVolume(variant.draft, index));
}

/** Sets the active volume's height (the ridge for a pitched roof), clamped to the bounds. */
export function setVariantHeight(variant, height) {
  if (!Number.isFinite(Number(height)) || height === '' || height === null) return variant;
  const { height: bounded, notice } = boundHeight(variant.bounds, height);
  let draft = setHeight(variant.draft, bounded);
  // A pitched roof keeps its eaves below the ridge.
  if (draft.roof === 'pitched' && draft.eavesHeight > bounded) draft = setRoof(draft, 'pitched', bounded);
  return withDraft(variant, draft, notice);
}

/** Raises (positive) or lowers (negative) the active volume by metres. */
export const nudgeVariantHeight = (variant, step) => setVariantHeight(variant, Math.round((variant.draft.height + Number(step)) * 10) / 10);

export function moveVariantVolume(variant, dEastM, dNorthM) {
  return withDraft(variant, moveVolume(variant.draft, dEastM, dNorthM));
}

/** Scales the active footprint around its centroid (0.9: ten per cent smaller each way); never below a tenth. */
export function shrinkVariantVolume(variant, factor) {
  const f = Number(factor);
  const corners = variant.draft.corners ?? [];
  if (!(f >= MIN_SHRINK && f < 1) || corners.length < 3) return variant;
  const [lon0, lat0] = centroid(corners);
  return withDraft(variant, setCorners(variant.draft, corners.map(([lon, lat]) => [lon0 + (lon - lon0) * f, lat0 + (lat - lat0) * f])));
}

/** Removes a volume unless the planner keeps it (or it is the last one). */
export function removeVariantVolume(variant, index) {
  if (variant.bounds.keepVolumes.includes(index)) return { ...variant, notice: { key: 'variantKeepVolume', values: { volume: index + 1 } } };
  const draft = removeVolume(variant.draft, index);
  if (draft === variant.draft) return { ...variant, notice: { key: 'variantLastVolume', values: {} } };
  // Kept volumes after the removed one shift down one place.
  const keepVolumes = variant.bounds.keepVolumes.map((i) => (i > index ? i - 1 : i));
  return { ...withDraft(variant, draft), bounds: { ...variant.bounds, keepVolumes } };
}

/** 'flat' or 'pitched' for the active volume. */
export function setVariantRoof(variant, roof) {
  return withDraft(variant, setRoof(variant.draft, roof));
}

export const paletteKinds = (variant) => variant.bounds.palette.map((p) => p.kind);

/** Places a palette object at {lon, lat}; refused (with a notice) for an unknown kind or outside the round's area. */
export function placeObject(variant, kind, position, heading = 0) {
  if (!paletteKinds(variant).includes(kind)) return { ...variant, notice: { key: 'variantUnknownKind', values: {} } };
  const lon = Number(position?.lon);
  const lat = Number(position?.lat);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return variant;
  const area = variant.bounds.objectArea ?? variant.bounds.area;
  if (area && !paletteItem(variant, kind).onRoof && !insideArea([lon, lat], area)) {
    return { ...variant, notice: { key: 'variantOutsideArea', values: {} } };
  }
  const object = { kind, position: { lon, lat }, heading: Number(heading) || 0 };
  return { ...variant, objects: [...variant.objects, object], notice: null };
}

export function removeObject(variant, index) {
  if (!(index >= 0 && index < variant.objects.length)) return variant;
  return { ...variant, objects: variant.objects.filter((_, i) => i !== index), notice: null };
}

export const countOf = (variant, kind) => variant.objects.filter((o) => o.kind === kind).length;

export function setTitle(variant, title) {
  return { ...variant, title: String(title ?? '').slice(0, 200) };
}

/** The body of POST /rounds/{id}/variants and /variants/preview. */
export function requestBody(variant) {
  return {
    design: toDesign(variant.draft),
    objects: variant.objects.map(({ kind, position, heading }) => ({ kind, position: { lon: position.lon, lat: position.lat }, heading })),
    basedOn: variant.basedOn ?? null,
    title: variant.title?.trim() || null,
    ...(variant.draftKey ? { draftKey: variant.draftKey } : {}),
  };
}

/** Inside a GeoJSON Polygon or any polygon of a MultiPolygon. */
export function insideArea(point, geometry) {
  if (geometry?.type === 'MultiPolygon') return (geometry.coordinates ?? []).some((coordinates) => insidePolygon(point, { coordinates }));
  return insidePolygon(point, geometry);
}

/** Ray casting on the outer ring ([lon, lat]), holes cut out. */
export function insidePolygon([x, y], polygon) {
  const rings = polygon?.coordinates ?? [];
  const inRing = (ring) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return rings.length > 0 && inRing(rings[0]) && !rings.slice(1).some(inRing);
}

/** The palette item of a kind ({kind, width, depth, onRoof, ...}; only {kind} when the bounds gave no sizes). */
export const paletteItem = (variant, kind) => variant.bounds.palette.find((p) => p.kind === kind) ?? { kind };

/**
 * "Zet neer naast het plan" (without a mouse): the object at the nearest free spot beside the design (core/placement.js)
 * — inside the round's area, off the existing buildings (`buildings`: outer rings [lon, lat] around the design) and
 * the volumes, at least 1 m from the objects already placed; a calm notice when no spot is free.
 */
export function placeBesidePlan(variant, kind, buildings = []) {
  if (!paletteKinds(variant).includes(kind)) return { ...variant, notice: { key: 'variantUnknownKind', values: {} } };
  const item = paletteItem(variant, kind);
  const spot = freeSpot({
    size: item,
    design: volumesOf(variant.draft).map((v) => v.corners ?? []),
    buildings,
    objects: variant.objects.map((o) => ({ ...paletteItem(variant, o.kind), ...o })),
    area: variant.bounds.objectArea ?? variant.bounds.area,
  });
  if (!spot) return { ...variant, notice: { key: 'variantNoFreeSpot', values: {} } };
  return placeObject(variant, kind, spot);
}
