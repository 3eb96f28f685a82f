// Which part of the map a layer loads: the camera's view as a bounding box, a layer loads only when the view is
// small enough for its detail, and the box is grown a little so small pans need no new request.
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from './local-metres.js';

/** [minLon, minLat, maxLon, maxLat] grown by `fraction` of its size on each side. */
export function expandBbox([minLon, minLat, maxLon, maxLat], fraction) {
  const dLon = (maxLon - minLon) * fraction;
  const dLat = (maxLat - minLat) * fraction;
  return [minLon - dLon, minLat - dLat, maxLon + dLon, maxLat + dLat];
}

export function containsBbox(outer, inner) {
  return Boolean(outer) && outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/** True when the view is no wider or taller than maxSpan degrees (a layer's detail level). */
export function smallEnough(bbox, maxSpanDegrees) {
  return bbox[2] - bbox[0] <= maxSpanDegrees && bbox[3] - bbox[1] <= maxSpanDegrees;
}

/** Calls fn once things have been quiet for `wait` ms; cancel() drops a pending call. */
export function debounce(fn, wait, timers = globalThis) {
  let timer = null;
  const debounced = (...args) => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      fn(...args);
    }, wait);
  };
  debounced.cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  return debounced;
}

/**
 * A layer's plan for a view: load `bbox` (already grown), keep what it has, wait for the load already under way when
 * that covers the view (a second camera `moveEnd` or resize while the first load runs must not fetch the same box
 * again), or show nothing because zoomed out.
 */
export function planLoad(viewBbox, loadedBbox, maxSpanDegrees, pendingBbox = null) {
  if (!viewBbox || !smallEnough(viewBbox, maxSpanDegrees)) return { action: 'too-far' };
  if (containsBbox(loadedBbox, viewBbox)) return { action: 'keep' };
  if (containsBbox(pendingBbox, viewBbox)) return { action: 'wait' };
  return { action: 'load', bbox: expandBbox(viewBbox, 0.25) };
}


/**
 * The part of the view worth loading: the camera's view rectangle, cut to a square of `radius` metres around the
 * point the camera looks at. A tilted camera sees up to the horizon; the far part is too small to show detail.
 */
export function focusBbox(viewBbox, focus, radiusMetres) {
  if (!focus) return viewBbox;
  const dLat = radiusMetres / METRES_PER_DEGREE_LAT;
  const dLon = radiusMetres / metresPerDegreeLon(focus.lat);
  const square = [focus.lon - dLon, focus.lat - dLat, focus.lon + dLon, focus.lat + dLat];
  if (!viewBbox) return square;
  const cut = [Math.max(viewBbox[0], square[0]), Math.max(viewBbox[1], square[1]),
    Math.min(viewBbox[2], square[2]), Math.min(viewBbox[3], square[3])];
  return cut[0] < cut[2] && cut[1] < cut[3] ? cut : square;
}
