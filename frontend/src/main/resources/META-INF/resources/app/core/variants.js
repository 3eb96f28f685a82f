// The variants of the open participation round (issue 12) as a model without DOM or socket: the saved variants
// (GET /rounds/{id}/variants; newest first, the newest version of each chain marked latest), the variants others are
// shaping now ("wordt nog bewerkt", from the round's drafts topic; forgotten after a quiet minute or when saved), the
// round's bounds and the indicator definitions, the variant being shaped here (core/variant-draft.js) with its
// preview asked for debounced while shaping, and how a variant is compared with the original (core/variant-compare.js).
// live/round-socket.js hands it the round's deltas ('variant') and drafts ('variant-draft') through live.register().
import { createEmitter } from './emitter.js';
import { centroid, fromDesign, volumesOf } from './plan-draft.js';
import { boxAround, outerRings } from './placement.js';
import { placeBesidePlan, requestBody, startVariant } from './variant-draft.js';
import { compareState } from './variant-compare.js';

export const IDLE_VARIANTS = Object.freeze({ roundId: null, status: 'idle', variants: [], drafts: [], bounds: null,
  definitions: [], design: null, editor: null, compare: compareState(), message: null });

const DRAFT_TTL_MS = 60_000;
/** How far around the design the buildings are loaded for a free spot (m; the search looks 40 m beyond the design). */
const BUILDINGS_REACH_M = 60;
/** Names this viewer's shaping on the drafts topic, so its own echo is not shown as someone else's. */
const newDraftKey = () => (globalThis.crypto?.randomUUID?.() ?? `d${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`);

/** Newest first; a variant whose id another names as basedOn is no longer the latest of its chain. */
export function orderedVariants(list) {
  const replaced = new Set(list.map((v) => v.basedOn).filter((id) => id !== null && id !== undefined).map(String));
  return [...list]
    .map((v) => ({ ...v, latest: v.latest ?? !replaced.has(String(v.id)) }))
    .map((v) => (replaced.has(String(v.id)) ? { ...v, latest: false } : v))
    .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')) || Number(b.id) - Number(a.id));
}

/**
 * api: {variantBounds, roundVariants, indicatorDefinitions, previewVariant, saveVariant, publicPlan};
 * timers for the debounce (tests use manual ones), debounceMs between the last change and the preview.
 */
export function connectVariants(api, { timers = globalThis, debounceMs = 500, now = () => Date.now(), draftTtlMs = DRAFT_TTL_MS } = {}) {
  let current = IDLE_VARIANTS;
  const changes = createEmitter();
  let previewTimer = null;
  let previewAsked = 0;
  let nearby = null; // {key, buildings: Promise<rings | null>}: the existing buildings around the design
  /** The outer rings of the current buildings within `BUILDINGS_REACH_M` of the design (asked once per design). */
  const buildingsNear = (design) => {
    const box = boxAround(volumesOfDesign(design).map((v) => v.corners), BUILDINGS_REACH_M);
    const key = JSON.stringify(box);
    if (nearby?.key !== key) {
      nearby = { key, buildings: !box || !api.viewportBuildings ? Promise.resolve(box ? null : [])
        : api.viewportBuildings(box).then(outerRings, () => null) };
    }
    return nearby.buildings;
  };
  const set = (patch) => { current = { ...current, ...patch }; changes.emit(current); };
  const setEditor = (patch) => set({ editor: current.editor ? { ...current.editor, ...patch } : null });
  const fresh = (drafts) => drafts.filter((d) => now() - d.at < draftTtlMs);

  async function loadList(roundId) {
    const list = await api.roundVariants(roundId).catch(() => null);
    if (current.roundId !== roundId || !Array.isArray(list)) return;
    set({ variants: orderedVariants(list) });
  }

  function upsert(variant) {
    if (!variant || variant.id === undefined) return;
    const others = current.variants.filter((v) => String(v.id) !== String(variant.id));
    const known = current.variants.find((v) => String(v.id) === String(variant.id));
    const merged = known ? { ...known, ...variant, author: { ...variant.author, mine: Boolean(known.author?.mine || variant.author?.mine) } } : variant;
    // A saved variant ends its author's draft: same draft key when it says, else the same author label and objects.
    const endsDraft = (d) => (variant.draftKey ? d.draftKey === variant.draftKey
      : d.author === variant.author?.label && (d.objects ?? []).length === (variant.objects ?? []).length);
    const drafts = current.drafts.filter((d) => !endsDraft(d));
    set({ variants: orderedVariants([...others, merged]), drafts });
  }

  function schedulePreview() {
    if (previewTimer !== null) timers.clearTimeout(previewTimer);
    previewTimer = timers.setTimeout(() => { previewTimer = null; preview(); }, debounceMs);
  }

  async function preview() {
    const editor = current.editor;
    if (!editor) return;
    const body = requestBody(editor.variant);
    if (!body.design) return;
    const asked = ++previewAsked;
    const roundId = current.roundId;
    setEditor({ preview: { ...editor.preview, status: 'checking' } });
    try {
      const result = await api.previewVariant(roundId, body);
      if (asked !== previewAsked || current.roundId !== roundId) return;
      setEditor({ preview: { status: 'ok', result, error: null } });
    } catch (error) {
      if (asked !== previewAsked || current.roundId !== roundId) return;
      if (error?.status === 429) {
        // Previews are limited per person: ask again, with the newest shape, once the server says it may.
        const seconds = Number(error.problem?.retryAfter);
        if (previewTimer !== null) timers.clearTimeout(previewTimer);
        previewTimer = timers.setTimeout(() => { previewTimer = null; preview(); }, (Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
        return;
      }
      setEditor({ preview: { status: 'error', result: current.editor?.preview?.result ?? null, error: refusal(error) } });
    }
  }

  return {
    get: () => current,
    subscribe: changes.subscribe,

    /** The sun a saved variant takes from the neighbours (the backend's bezonningsstudie). */
    sunlight: (variantId) => api.variantSunlight(variantId),

    /** Opens the round's variants (when its interactions allow variants); planId gives the original design. */
    async open(roundId, { planId = null } = {}) {
      if (current.roundId === roundId && current.status !== 'error') return;
      current = { ...IDLE_VARIANTS, roundId, status: 'loading' };
      changes.emit(current);
      try {
        const [bounds, definitions, list, plan] = await Promise.all([
          api.variantBounds(roundId), api.indicatorDefinitions().catch(() => []), api.roundVariants(roundId),
          planId === null ? null : api.publicPlan(planId).catch(() => null)]);
        if (current.roundId !== roundId) return;
        const design = bounds?.design ?? (plan ? { activity: plan.activity, volumes: plan.volumes ?? [] } : null);
        set({ status: 'ok', bounds, definitions: Array.isArray(definitions) ? definitions : [], variants: orderedVariants(list ?? []), design });
      } catch (error) {
        if (current.roundId === roundId) set({ status: 'error', message: refusal(error) });
      }
    },
    close() {
      if (previewTimer !== null) timers.clearTimeout(previewTimer);
      previewTimer = null;
      current = IDLE_VARIANTS;
      changes.emit(current);
    },

    /** "Maak uw variant": from the plan's design, or from a saved variant (a new version of it). */
    startEditing(from = null) {
      if (current.status !== 'ok') return;
      const design = from?.design ?? current.design;
      if (!design) return;
      const variant = { ...startVariant(design, current.bounds ?? {}, from
        ? { basedOn: from.id, title: from.title ?? '', objects: from.objects ?? [] } : {}), draftKey: newDraftKey() };
      set({ editor: { variant, preview: { status: 'idle', result: null, error: null }, saving: false }, message: null });
      buildingsNear(current.design);
      schedulePreview();
    },
    /**
     * "Zet neer naast het plan": the object at a free spot beside the design, knowing the buildings around it (asked
     * once from the viewport endpoint); when they cannot be loaded, a notice asks to pick a spot in the map.
     */
    async placeBeside(kind) {
      if (!current.editor) return;
      const buildings = await buildingsNear(current.design);
      if (!current.editor) return;
      if (buildings === null) {
        setEditor({ variant: { ...current.editor.variant, notice: { key: 'variantBuildingsUnknown', values: {} } } });
        return;
      }
      this.change(placeBesidePlan, kind, buildings);
    },
    stopEditing() {
      if (previewTimer !== null) timers.clearTimeout(previewTimer);
      previewTimer = null;
      set({ editor: null });
    },
    /** One shaping step: fn(variant, ...args) from core/variant-draft.js; the preview follows debounced. */
    change(fn, ...args) {
      if (!current.editor || current.editor.saving) return;
      const variant = fn(current.editor.variant, ...args);
      if (variant === current.editor.variant) return;
      setEditor({ variant });
      schedulePreview();
    },
    /** "Bewaar variant": POST; the saved variant joins the list (its delta later changes nothing). */
    async save() {
      const editor = current.editor;
      if (!editor || editor.saving) return null;
      const body = requestBody(editor.variant);
      if (!body.design) return null;
      setEditor({ saving: true });
      const roundId = current.roundId;
      try {
        const saved = await api.saveVariant(roundId, body);
        if (current.roundId !== roundId) return null;
        if (previewTimer !== null) timers.clearTimeout(previewTimer);
        previewTimer = null;
        upsert({ ...saved, author: { ...saved.author, mine: true } });
        set({ editor: null, message: { key: 'variantSaved', values: {} }, compare: compareState({ variantId: saved.id }) });
        return saved;
      } catch (error) {
        setEditor({ saving: false, preview: { ...current.editor.preview, error: refusal(error) } });
        return null;
      }
    },

    /** Shows a saved variant in 3D (and compares it with the original). */
    show(variantId, mode = current.compare.mode) {
      set({ compare: compareState({ ...current.compare, variantId, mode }) });
    },
    setCompare(patch) {
      set({ compare: compareState({ ...current.compare, ...patch }) });
    },
    variantById: (id) => current.variants.find((v) => String(v.id) === String(id)) ?? null,

    // The socket's side (live/round-socket.js live.register).
    onConnect(roundId) {
      if (roundId === current.roundId && current.status === 'ok') loadList(roundId);
    },
    onDelta(roundId, delta) {
      if (String(roundId) !== String(current.roundId) || delta?.type !== 'variant') return;
      upsert(delta.data);
    },
    onDraft(roundId, message) {
      if (String(roundId) !== String(current.roundId) || message?.type !== 'variant-draft' || !message.data?.draftKey) return;
      if (message.data.draftKey === current.editor?.variant.draftKey) return; // my own, echoed
      const draft = { ...message.data, at: now() };
      set({ drafts: fresh([...current.drafts.filter((d) => d.draftKey !== draft.draftKey), draft]) });
    },
    /** Drops drafts not heard of for a while (the view calls it now and then). */
    expireDrafts() {
      const drafts = fresh(current.drafts);
      if (drafts.length !== current.drafts.length) set({ drafts });
    },
  };
}

/** A refusal as {key, text, field}: the server's Dutch detail when it gave one (a broken bound names its field). */
export function refusal(error) {
  const text = error?.problem?.detail ?? (error?.status >= 400 && error?.status < 500 ? error?.message : null);
  const key = error?.kind === 'unreachable' ? 'variantUnreachable' : error?.status === 403 || error?.status === 401 ? 'variantNotAllowed' : 'variantFailed';
  return { key, text: text ?? null, field: error?.parameter ?? error?.problem?.parameter ?? null };
}

/**
 * Where a reaction about a saved variant is placed when none was picked (issue 12, "Reageer op deze variant"): the
 * middle of its first volume, on top of it (volumeIndex 0); null without a volume.
 */
export function reactionPlaceOf(variant) {
  const [first] = volumesOfDesign(variant?.design);
  if (!first) return null;
  const [lon, lat] = centroid(first.corners);
  return { lon: Math.round(lon * 1e9) / 1e9, lat: Math.round(lat * 1e9) / 1e9, height: Number(first.height) || 0, volumeIndex: 0 };
}

const volumesOfDesign = (design) => (design?.volumes?.length ? volumesOf(fromDesign(design)).filter((v) => v.corners.length >= 3) : []);

/**
 * What the map draws (state.variantScene, map/variant-layer.js): the variant being shaped here, else the one opened
 * in 3D, with the original design and the compare state; null when there is neither.
 */
export function sceneOf(current) {
  const original = { volumes: volumesOfDesign(current.design) };
  const palette = current.bounds?.palette ?? [];
  if (current.editor) {
    const { variant } = current.editor;
    return { variant: { volumes: volumesOf(variant.draft).filter((v) => v.corners.length >= 3), objects: variant.objects }, original,
      compare: { mode: 'side', position: 0.5 }, editing: true, palette };
  }
  const shown = current.compare.variantId && current.variants.find((v) => String(v.id) === String(current.compare.variantId));
  if (!shown) return null;
  return { variant: { volumes: volumesOfDesign(shown.design), objects: shown.objects ?? [] }, original,
    compare: { mode: current.compare.mode, position: current.compare.position }, editing: false, variantId: String(shown.id), palette };
}
