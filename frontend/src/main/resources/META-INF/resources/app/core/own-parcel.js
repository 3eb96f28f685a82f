// "Uw perceel" while drawing, decided in one place for the viewer: the parcel the check calls "uw perceel" is the one
// outlined on the map and named in the plan panel and the scene description. state.ownParcel is null or
// { ids, names, geometries (GeoJSON, WGS84), how, pinned }:
// - a saved plan opened to draw on: its parcels ('plan', pinned);
// - a fresh drawing: the parcel clicked (looked up) before it started ('clicked'), sent to the check as the chosen
//   parcel once the first footprint starts on it; otherwise the check takes the parcel under the largest part of the
//   first footprint ('largest-overlap');
// - after the first answer the check's site is pinned, so moving the drawing onto the neighbour's parcel keeps "uw
//   perceel" where it was (the check then says the part stands on the neighbour's parcel). Starting over unpins it.
// While drawing, the parcel lines are on; afterwards they are as they were.
import { centroid, volumesOf } from './plan-draft.js';
import { polygonsOf } from './geojson.js';
import { t } from './strings-nl.js';

/** The parcel of a lookup answer (the place clicked or found), as a not yet pinned own parcel. */
export function fromLookup(lookup) {
  const parcel = lookup?.status === 'ok' ? lookup.answer?.parcel : null;
  if (!parcel || parcel.id == null) return null;
  return { ids: [parcel.id], names: [parcel.kadastraleAanduiding], geometries: parcel.geometry ? [parcel.geometry] : [],
    how: 'clicked', pinned: false };
}

/** A saved plan's parcels (the API's plan: parcels, parcelNames), pinned. */
export function fromSavedPlan(plan) {
  if (!Array.isArray(plan?.parcels) || plan.parcels.length === 0) return null;
  return { ids: [...plan.parcels], names: [...(plan.parcelNames ?? [])], geometries: [], how: 'plan', pinned: true };
}

/** The check answer's site, pinned; a saved plan's parcels stay 'plan'. No parcel in the answer: as it was. */
export function fromSite(site, previous = null) {
  const parcels = site?.parcels ?? [];
  if (parcels.length === 0) return previous;
  return { ids: parcels.map((p) => p.id), names: parcels.map((p) => p.kadastraleAanduiding),
    geometries: parcels.map((p) => p.geometry).filter(Boolean),
    how: previous?.how === 'plan' ? 'plan' : site.chosenBy ?? 'largest-overlap', pinned: true };
}

/** What a drawing starts with: the opened plan's parcels, else the parcel clicked, else none yet. */
export function startingOwnParcel({ dossier, lookup } = {}) {
  return fromSavedPlan(dossier?.plan) ?? fromLookup(lookup);
}

const firstClosed = (plan) => volumesOf(plan).find((v) => v.closed && v.corners.length >= 3) ?? null;

/** The parcel ids to send with the check ("parcels"): pinned ones; a clicked one when the first footprint starts on it. */
export function parcelsForCheck(ownParcel, plan) {
  if (!ownParcel) return [];
  if (ownParcel.pinned) return ownParcel.ids;
  const first = firstClosed(plan);
  if (!first) return [];
  const middle = centroid(first.corners);
  return ownParcel.geometries.some((g) => containsPoint(g, middle)) ? ownParcel.ids : [];
}

/** Whether a GeoJSON (Multi)Polygon contains the point [lon, lat] (outer ring in, holes out). */
export function containsPoint(geometry, [lon, lat]) {
  return polygonsOf(geometry).some(({ outer, holes }) => inRing(outer, lon, lat) && !holes.some((hole) => inRing(hole, lon, lat)));
}

function inRing(flat, x, y) {
  let inside = false;
  for (let i = 0, j = flat.length - 2; i < flat.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [flat[i], flat[i + 1], flat[j], flat[j + 1]];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** "Uw perceel: DSB00 C 3597" (or how it will be chosen, while none is known yet). */
export function ownParcelLabel(ownParcel) {
  const names = (ownParcel?.names ?? []).filter(Boolean);
  if (names.length === 0) return t('ownParcelUnknown');
  return t(names.length === 1 ? 'ownParcelNamed' : 'ownParcelsNamed', { names: names.join(', ') });
}

/**
 * The next state.ownParcel after a change (changed: the state keys that changed), or undefined when it stays. Pure:
 * connectOwnParcel applies it.
 */
export function nextOwnParcel(current, changed, { wasDrawing }) {
  const { plan, ownParcel } = current;
  if (changed.includes('plan') && !plan) return wasDrawing ? null : undefined;
  if (!plan) return undefined;
  if (changed.includes('plan') && !wasDrawing) return startingOwnParcel(current);
  // A saved plan's parcels, once the dossier says them (saved or opened while drawing).
  const saved = fromSavedPlan(current.dossier?.plan);
  if (changed.includes('dossier') && saved && ownParcel?.how !== 'plan') {
    const same = ownParcel && saved.ids.join() === ownParcel.ids.join();
    return same ? { ...ownParcel, how: 'plan', pinned: true } : saved;
  }
  if (changed.includes('planCheck') && current.planCheck?.status === 'ok') {
    const next = fromSite(current.planCheck.result?.site, ownParcel);
    return next === ownParcel ? undefined : next;
  }
  // Started over (no closed footprint left): a pin from a drawing is let go; the parcel clicked is the candidate again.
  if (changed.includes('plan') && ownParcel?.pinned && ownParcel.how !== 'plan' && !firstClosed(plan)) {
    return fromLookup(current.lookup);
  }
  if (changed.includes('lookup') && !ownParcel) return fromLookup(current.lookup) ?? undefined;
  return undefined;
}

/** The parcel lines while drawing: on when the drawing starts, as they were once it ends. */
export function parcelLinesWhileDrawing({ wasDrawing, drawing, visible, remembered = null }) {
  if (drawing && !wasDrawing) return { visible: true, remembered: visible };
  if (!drawing && wasDrawing) return { visible: remembered ?? visible, remembered: null };
  return { visible, remembered };
}

/** Keeps state.ownParcel and the parcel lines in step with the drawing, the check and the dossier. */
export function connectOwnParcel(state) {
  let drawing = Boolean(state.get().plan);
  let remembered = null;
  return state.onChange((current, changed) => {
    if (!['plan', 'planCheck', 'dossier', 'lookup'].some((key) => changed.includes(key))) return;
    const wasDrawing = drawing;
    drawing = Boolean(current.plan);
    const patch = {};
    const next = nextOwnParcel(current, changed, { wasDrawing });
    if (next !== undefined) patch.ownParcel = next;
    if (drawing !== wasDrawing) {
      const lines = parcelLinesWhileDrawing({ wasDrawing, drawing, visible: Boolean(current.layers?.parcels), remembered });
      remembered = lines.remembered;
      if (lines.visible !== Boolean(current.layers?.parcels)) patch.layers = { ...current.layers, parcels: lines.visible };
    }
    if (Object.keys(patch).length) state.update(patch);
  });
}
