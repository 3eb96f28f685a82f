// How a variant is compared with the plan's current design (issue 12): side by side (both drawn, the original dimmed)
// or by a slider (position 0–1: 0 is all original, 1 all variant). Shareable in the URL hash
// (#variant=12&compare=slider,0.35), parsed like core/url-state.js does: never throws, a value out of range from a
// shared URL is clamped, not an error, and nonsense falls back to the default.

export const COMPARE_MODES = Object.freeze(['side', 'slider']);
export const DEFAULT_COMPARE = Object.freeze({ variantId: null, mode: 'side', position: 0.5 });

export function clampPosition(value) {
  const n = Number(value);
  if (value === null || value === '' || !Number.isFinite(n)) return DEFAULT_COMPARE.position;
  return Math.min(1, Math.max(0, n));
}

/** A compare state from loose input: unknown modes become side by side, positions are clamped. */
export function compareState({ variantId = null, mode = 'side', position = 0.5 } = {}) {
  const id = variantId === null || variantId === undefined || !/^\d{1,18}$/.test(String(variantId)) ? null : String(variantId);
  return { variantId: id, mode: COMPARE_MODES.includes(mode) ? mode : 'side', position: clampPosition(position) };
}

export const setMode = (state, mode) => compareState({ ...state, mode });
export const setPosition = (state, position) => compareState({ ...state, position });
/** A keyboard step on the slider (arrow keys: ±0.05), clamped. */
export const stepPosition = (state, step) => setPosition(state, Math.round((state.position + Number(step)) * 100) / 100);

/** The hash parts for a compare state (none without a variant), as URLSearchParams entries. */
export function formatCompare(state, params = new URLSearchParams()) {
  if (!state?.variantId) return params;
  params.set('variant', state.variantId);
  params.set('compare', state.mode === 'slider' ? `slider,${Math.round(state.position * 100) / 100}` : 'side');
  return params;
}

/** The compare state in a hash ('#variant=12&compare=slider,1.7' → position 1), or null without a variant. */
export function parseCompare(hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const id = params.get('variant');
  if (!id || !/^\d{1,18}$/.test(id)) return null;
  const [mode, position] = String(params.get('compare') ?? 'side').split(',');
  return compareState({ variantId: id, mode, position: position === undefined ? undefined : Number(position) });
}

/** The opacities the map uses for the slider where the 3D shapes cannot be split: a cross-fade. */
export function fadeOf(state) {
  if (state.mode !== 'slider') return { original: 0.35, variant: 0.9 };
  return { original: Math.round((1 - state.position) * 0.9 * 100) / 100, variant: Math.round(state.position * 0.9 * 100) / 100 };
}
