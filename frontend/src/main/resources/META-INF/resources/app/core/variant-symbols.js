// The simple 3D symbols of the variant palette (issue 12) as plain data, drawn by map/variant-layer.js: each kind a
// few parts — a box {size: [east, north, up]}, a cylinder {radius, length} or a sphere-ish crown {radii} — lifted
// `base` metres above where it stands, in one colour each. A tree is a trunk and a crown, a hedge a low long green
// box, a green roof and solar panels lie on the roof of the volume under them (roofHeightAt), the rest on the ground.
import { insidePolygon } from './variant-draft.js';

const BROWN = '#7a5230';
const GREEN = '#3c8d2f';
const DARK_GREEN = '#2e6b28';

export const SYMBOLS = Object.freeze({
  tree: [{ shape: 'cylinder', radius: 0.25, length: 2.5, base: 0, colour: BROWN },
    { shape: 'crown', radii: [2, 2, 2.2], base: 2.2, colour: GREEN }],
  hedge: [{ shape: 'box', size: [4, 1, 1.2], base: 0, colour: DARK_GREEN }],
  bench: [{ shape: 'box', size: [1.8, 0.6, 0.45], base: 0, colour: BROWN }],
  playground: [{ shape: 'box', size: [6, 6, 0.1], base: 0, colour: '#e9a23b' },
    { shape: 'box', size: [1.5, 1.5, 2], base: 0.1, colour: '#d1495b' }],
  'bike-parking': [{ shape: 'box', size: [4, 1.5, 1.1], base: 0, colour: '#6c757d' }],
  'parking-space': [{ shape: 'box', size: [2.5, 5, 0.05], base: 0, colour: '#5a6f8a' }],
  'green-roof': [{ shape: 'box', size: [4, 4, 0.2], base: 0, colour: '#6ab04c', onRoof: true }],
  water: [{ shape: 'box', size: [4, 4, 0.05], base: 0, colour: '#3a86c8' }],
  'solar-panels': [{ shape: 'box', size: [3, 2, 0.1], base: 0, colour: '#1f2f5a', onRoof: true }],
});

const FALLBACK = [{ shape: 'box', size: [1, 1, 1], base: 0, colour: '#999999' }];

/**
 * The parts of an object's symbol, each with the height its bottom stands at. With the palette item of its kind
 * ({width, depth, height} in metres, from GET /variant-bounds) the symbol takes that footprint: a box part its width
 * and depth, a tree its crown's width and its height.
 */
export function symbolParts(object, volumes = [], item = null) {
  const parts = sized(SYMBOLS[object?.kind] ?? FALLBACK, item);
  const roof = roofHeightAt(object?.position, volumes);
  return parts.map((part) => ({ ...part, bottom: (part.onRoof ? roof : 0) + part.base }));
}

/** The top of the highest flat-drawn volume (draft form: corners, height) under a position, 0 outside every volume. */
export function roofHeightAt(position, volumes) {
  if (!position) return 0;
  const point = [Number(position.lon), Number(position.lat)];
  return volumes.reduce((top, v) => {
    const corners = v?.corners ?? [];
    if (corners.length < 3) return top;
    const polygon = { type: 'Polygon', coordinates: [[...corners, corners[0]]] };
    const height = v.roof === 'pitched' ? v.eavesHeight ?? v.height : v.height;
    return insidePolygon(point, polygon) ? Math.max(top, Number(height) || 0) : top;
  }, 0);
}

function sized(parts, item) {
  const w = Number(item?.width);
  const d = Number(item?.depth);
  if (!(w > 0 && d > 0)) return parts;
  const height = Number(item?.height) > 0 ? Number(item.height) : null;
  return parts.map((part, i) => {
    if (part.shape === 'crown' && height) {
      const trunk = Math.min(part.base, height / 3);
      return { ...part, radii: [w / 2, d / 2, (height - trunk) / 2], base: trunk };
    }
    if (part.shape === 'cylinder' && height) return { ...part, length: Math.min(part.length, height / 3 + 0.3) };
    if (part.shape === 'box' && i === 0) return { ...part, size: [w, d, parts.length === 1 ? height ?? part.size[2] : part.size[2]] };
    return part;
  });
}
