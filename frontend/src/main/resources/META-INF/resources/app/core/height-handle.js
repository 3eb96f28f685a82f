// The height handle's arithmetic, without Cesium: which height the pointer points at on the vertical line through the
// handle, and the heights a volume may take (what the check's validator accepts), in steps of 10 cm.
import { round2 } from './local-metres.js';

/** The highest point the check accepts (DesignValidator.MAX_HEIGHT_M). */
export const MAX_HEIGHT_M = 150;
export const HEIGHT_STEP_M = 0.1;

/**
 * The height (metres along `up` from `foot`) of the point on the vertical line that comes closest to the pointer's ray
 * (origin, direction); null when the ray runs along the line. Vectors are [x, y, z] in one Cartesian frame.
 */
export function heightOnVertical(origin, direction, foot, up) {
  const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const w = [origin[0] - foot[0], origin[1] - foot[1], origin[2] - foot[2]];
  const a = dot(direction, direction);
  const b = dot(direction, up);
  const c = dot(up, up);
  const denominator = a * c - b * b;
  if (denominator < 1e-12 * a * c) return null;
  return (a * dot(up, w) - b * dot(direction, w)) / denominator;
}

/** The heights a volume's highest point may have: above its base, not below a pitched roof's eaves, at most 150 m. */
export function heightRange(volume) {
  const base = Number(volume?.baseHeight) || 0;
  const eaves = volume?.roof === 'pitched' && Number.isFinite(volume.eavesHeight) ? volume.eavesHeight : -Infinity;
  return { min: round2(Math.max(base + HEIGHT_STEP_M, eaves)), max: MAX_HEIGHT_M };
}

/** A height rounded to 10 cm and kept within the range. */
export function snapHeight(value, { min, max }) {
  const snapped = Math.round(value / HEIGHT_STEP_M) * HEIGHT_STEP_M;
  return round2(Math.min(max, Math.max(min, snapped)));
}

