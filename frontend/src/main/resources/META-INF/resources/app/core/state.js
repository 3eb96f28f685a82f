// The app's state in one place: camera, selection, visible layers and the lookup at the selection. Views and the map
// read it and ask for changes through update(); every change is announced with the names of the keys that changed.
import { createEmitter } from './emitter.js';

export const LAYER_IDS = Object.freeze(['ground', 'buildings', 'parcels', 'ruleAreas']);

export const DEFAULT_LAYERS = Object.freeze({ ground: true, buildings: true, parcels: false, ruleAreas: false });

/**
 * The layers shown when the URL names none: the derived ground ("Ondergrond") only on the offline base image; over
 * configured tiles (e.g. PDOK's BRT-Achtergrondkaart, config.baseLayer) the tiles show the streets themselves.
 */
export function defaultLayers(baseLayer) {
  const offline = !baseLayer?.type || baseLayer.type === 'natural-earth';
  return { ...DEFAULT_LAYERS, ground: offline };
}

/** Doesburg's historic centre, looking north at an angle from 500 m up. */
export const DEFAULT_CAMERA = Object.freeze({ lon: 6.1355, lat: 52.0083, height: 500, heading: 0, pitch: -40 });

export function createState(initial = {}, defaults = DEFAULT_LAYERS) {
  let current = {
    camera: { ...DEFAULT_CAMERA, ...initial.camera },
    selection: initial.selection ?? null, // { lon, lat, buildingId? }
    layers: { ...defaults, ...initial.layers },
    lookup: { status: 'idle' }, // idle | loading | ok | error, with answer or error
    layerStatus: {}, // per layer: hidden | too-far | loading | ready | failed
    groundSource: null, // what the derived ground says it was derived from (its data's source), for the legend
    ruleFunctions: [], // the bestemmingen's functions in the loaded rule layer, for the legend (core/rule-style.js)
    plan: null, // the plan being drawn (core/plan-draft.js), or null when not drawing
    planCheck: { status: 'idle' }, // idle | checking | ok | error, with result or error
    sunlight: { status: 'idle' }, // idle | loading | ready | error: the bezonningsstudie (core/sunlight-controller.js)
    ownParcel: null, // "uw perceel" while drawing: { ids, names, geometries, how, pinned } (core/own-parcel.js)
    session: { status: 'unknown' }, // unknown | anonymous | user, with user {email, displayName, roles} (core/session.js)
    dossier: { status: 'idle' }, // the drawn plan saved as a plan dossier (core/dossier.js)
    myPlans: { panel: 'closed' }, // "Mijn plannen" and the open plan's dossier (core/my-plans.js)
  };
  const changes = createEmitter();

  return {
    get: () => current,
    onChange: changes.subscribe,
    update(patch) {
      const changed = Object.keys(patch).filter((key) => !sameValue(current[key], patch[key]));
      if (changed.length === 0) return;
      current = { ...current, ...patch };
      changes.emit(current, changed);
    },
    setLayerVisible(id, visible) {
      if (!LAYER_IDS.includes(id)) throw new Error(`Unknown layer ${id}`);
      this.update({ layers: { ...current.layers, [id]: Boolean(visible) } });
    },
    /** Selects a place (or nothing); selecting the place already selected changes nothing. */
    select(selection) {
      if (sameValue(current.selection, selection)) return;
      this.update({ selection, lookup: selection ? { status: 'loading' } : { status: 'idle' } });
    },
  };
}

function sameValue(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}
