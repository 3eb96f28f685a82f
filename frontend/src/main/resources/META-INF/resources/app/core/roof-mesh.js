// The shape of a volume as the map draws it: walls up to the eaves, then the roof up to the ridge (the volume's height),
// as triangles. No Cesium: positions are [lon, lat, height] and triangles index them, facing outwards.
//
// Which roof (from the footprint alone, so turning the footprint turns the roof with it):
// - 'gable' (zadeldak): four corners, every angle within 12° of square. Two roof planes rise from the longer pair of
//   sides to the ridge; the shorter sides are gable walls that run up to the ridge.
// - 'hipped' (schilddak): any other convex footprint. Every side has a roof plane of one and the same slope, the roof
//   is the lowest of them at each point: exactly the straight-skeleton roof of a convex polygon. The slope is chosen
//   so that the highest point (over the centre of the largest circle that fits inside) is the ridge height; a
//   triangle or a regular polygon thus gets a pyramid, a long shape a hip roof with a ridge.
// - 'pyramid' (an approximation, said so in the panel): a concave footprint that has a point from which every corner
//   is visible (an L, a T). Each side gets a roof plane up to one apex at the ridge height over the centre of the
//   region of such points. The slopes differ per side; heights at the eaves and the ridge are right.
// - 'block': a concave footprint without such a point. No roof is drawn; the map draws a block up to the ridge.
// - 'flat' for flat roofs.
// Each shape is built from convex solids cut out of half-spaces (convex-solid.js), which also cuts them at any height:
// the map draws the part of the volume above a height limit by cutting the same solid at the limit.
import { centroid2, clip2, convexSolid, signedArea, triangulate } from './convex-solid.js';
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from './local-metres.js';

const RIGHT_ANGLE_TOLERANCE_DEG = 12;

/** The roof shape a volume ({ corners, roof }) is drawn with: flat | gable | hipped | pyramid | block. */
export function roofShapeOf(volume) {
  if (!volume || volume.corners.length < 3) return null;
  if (volume.roof !== 'pitched') return 'flat';
  return roofShape(localFrame(volume.corners).ring);
}

/** The roof shape for a footprint in metres. */
export function roofShape(ring) {
  const ccw = counterClockwise(ring);
  if (!isConvex(ccw)) return signedArea(kernel(ccw)) > 0.01 ? 'pyramid' : 'block';
  return ccw.length === 4 && isNearlyRectangular(ccw) ? 'gable' : 'hipped';
}

/**
 * The faces of a volume on a footprint in metres ({ baseHeight, height, roof, eavesHeight }), cut to the heights
 * from–to when given: { shape, faces: [{ points: [[x, y, z] …], tag }] }; faces is null for a 'block'.
 */
export function volumeFaces(ring, volume, { from = -Infinity, to = Infinity } = {}) {
  const ccw = counterClockwise(ring);
  const shape = volume.roof === 'pitched' ? roofShape(ccw) : 'flat';
  if (shape === 'block') return { shape, faces: null };
  const base = volume.baseHeight;
  const ridge = volume.height;
  const eaves = volume.roof === 'pitched' ? Math.min(ridge, Math.max(base, volume.eavesHeight ?? ridge)) : ridge;
  const bottom = Math.max(base, from);
  const top = Math.min(ridge, to);
  if (top - bottom < 1e-6) return { shape, faces: [] };
  const slab = [{ n: [0, 0, -1], d: -bottom, tag: 'bottom' }, { n: [0, 0, 1], d: top, tag: 'top' }];
  const edges = edgesOf(ccw);
  const walls = edges.map((e) => ({ n: [-e.m[0], -e.m[1], 0], d: -e.c, tag: 'wall' }));
  const roofPlane = (e, k) => ({ n: [-k * e.m[0], -k * e.m[1], 1], d: eaves - k * e.c, tag: 'roof' });
  let pieces;
  if (shape === 'flat') pieces = [[...walls, ...slab]];
  else if (shape === 'pyramid') pieces = pyramidPieces(ccw, edges, eaves, ridge, roofPlane, slab);
  else {
    const sloped = shape === 'gable' ? longerPair(edges) : edges;
    const k = (ridge - eaves) / reach(ccw, sloped);
    pieces = [[...walls, ...slab, ...sloped.map((e) => roofPlane(e, k))]];
  }
  return { shape, faces: pieces.flatMap(convexSolid) };
}

/** One convex piece per side: the triangle from the side to the apex, its two inner cuts not drawn. */
function pyramidPieces(ring, edges, eaves, ridge, roofPlane, slab) {
  const apex = centroid2(kernel(ring));
  return edges.map((e) => {
    const k = (ridge - eaves) / (e.m[0] * apex[0] + e.m[1] * apex[1] - e.c);
    const inner = [[e.b, apex], [apex, e.a]].map(([p, q]) => {
      const n = [q[1] - p[1], p[0] - q[0], 0];
      return { n, d: n[0] * p[0] + n[1] * p[1], face: false };
    });
    return [{ n: [-e.m[0], -e.m[1], 0], d: -e.c, tag: 'wall' }, ...inner, ...slab, roofPlane(e, k)];
  });
}

/**
 * The mesh the map draws for a volume with [lon, lat] corners, cut to from–to: { shape, positions: [[lon, lat, h]],
 * triangles: [[i, j, k]], top: [lon, lat] } (top: where the highest point is, for the height handle); positions and
 * triangles are null for a 'block'.
 */
export function volumeMesh(volume, slab = {}) {
  const frame = localFrame(volume.corners);
  const { shape, faces } = volumeFaces(frame.ring, volume, slab);
  const whole = slab.from === undefined && slab.to === undefined ? faces : volumeFaces(frame.ring, volume).faces;
  const top = frame.toLonLat(highestPoint(whole) ?? centroid2(counterClockwise(frame.ring)));
  if (!faces) return { shape, positions: null, triangles: null, top };
  const { positions, triangles } = triangulate(faces);
  return { shape, positions: positions.map(([x, y, z]) => [...frame.toLonLat([x, y]), z]), triangles, top };
}

/** Where the highest point of the faces is ([x, y]; the middle of the ridge), or null. */
function highestPoint(faces) {
  if (!faces?.length) return null;
  const points = new Map();
  faces.forEach(({ points: ps }) => ps.forEach((p) => points.set(p.map((v) => Math.round(v * 1000)).join(','), p)));
  const all = [...points.values()];
  const maxZ = Math.max(...all.map((p) => p[2]));
  const high = all.filter((p) => p[2] > maxZ - 1e-3);
  return [high.reduce((s, p) => s + p[0], 0) / high.length, high.reduce((s, p) => s + p[1], 0) / high.length];
}

/** The parts of the height range [from, to] outside all of the given ranges, lowest first (empty ones left out). */
export function rangesOutside([from, to], ranges) {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  let bottom = from;
  for (const [a, b] of sorted) {
    if (a > bottom) out.push([bottom, Math.min(a, to)]);
    bottom = Math.max(bottom, b);
  }
  if (to > bottom) out.push([bottom, to]);
  return out.filter(([a, b]) => b - a > 1e-6);
}

/** A local east/north metre frame around the corners' mean. */
export function localFrame(corners) {
  const lon0 = corners.reduce((s, c) => s + c[0], 0) / corners.length;
  const lat0 = corners.reduce((s, c) => s + c[1], 0) / corners.length;
  const mx = metresPerDegreeLon(lat0);
  return {
    ring: corners.map(([lon, lat]) => [(lon - lon0) * mx, (lat - lat0) * METRES_PER_DEGREE_LAT]),
    toLonLat: ([x, y]) => [lon0 + x / mx, lat0 + y / METRES_PER_DEGREE_LAT],
  };
}

const counterClockwise = (ring) => (signedArea(ring) < 0 ? [...ring].reverse() : ring);

/** Each side a → b with its inward unit normal m and c = m · a: the distance inside the side's line is m · p − c. */
function edgesOf(ring) {
  return ring.map((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const m = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    return { a, b, m, c: m[0] * a[0] + m[1] * a[1], length };
  });
}

function isConvex(ring) {
  const size = Math.sqrt(Math.abs(signedArea(ring)));
  return ring.every((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const c = ring[(i + 2) % ring.length];
    return (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) >= -1e-6 * size * size;
  });
}

function isNearlyRectangular(ring) {
  const limit = Math.sin((RIGHT_ANGLE_TOLERANCE_DEG * Math.PI) / 180);
  const edges = edgesOf(ring);
  return edges.every((e, i) => {
    const f = edges[(i + 1) % edges.length];
    return Math.abs(e.m[0] * f.m[0] + e.m[1] * f.m[1]) < limit;
  });
}

/** The two opposite sides the roof planes rise from: the longer pair (the ridge runs along them). */
function longerPair(edges) {
  return edges[0].length + edges[2].length >= edges[1].length + edges[3].length ? [edges[0], edges[2]] : [edges[1], edges[3]];
}

/** The points from which the whole footprint is visible: inside every side's line. */
function kernel(ring) {
  return clip2(ring, edgesOf(ring).map((e) => ({ a: [-e.m[0], -e.m[1]], b: -e.c })));
}

/** How far inside the footprint one can get from the given sides: the largest t with a point t or more from each. */
function reach(ring, sides) {
  let low = 0;
  let high = Math.max(...ring.flatMap((p) => ring.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1]))));
  for (let i = 0; i < 60; i += 1) {
    const t = (low + high) / 2;
    const inside = clip2(ring, sides.map((e) => ({ a: [-e.m[0], -e.m[1]], b: -e.c - t })));
    if (inside.length >= 3 && signedArea(inside) > 1e-12) low = t;
    else high = t;
  }
  return low;
}
