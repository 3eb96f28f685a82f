// Convex solids from half-spaces, in plain metres: the building block of the roof shapes (roof-mesh.js). A half-space
// is { n: [a, b, c], d, face } meaning n · p ≤ d; its boundary face is kept when `face` is not false (an inner cut of
// a solid made of several convex pieces is not drawn). Each face comes out counter-clockwise seen from outside, so
// triangles made from it face outwards. Also the 2D half-plane clipping the roofs need to measure a footprint.

const EPS = 1e-9;
/** Half the side of the square a face starts from before it is cut: far beyond any footprint the validator takes. */
const FAR = 1e4;

const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s];
const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const unit = (a) => scale(a, 1 / Math.hypot(...a));

/** The faces of the solid where every half-space holds: [{ points: [[x, y, z] …], tag }] ([] when it is empty). */
export function convexSolid(halfSpaces) {
  const faces = [];
  halfSpaces.forEach((h, i) => {
    if (h.face === false) return;
    const n = unit(h.n);
    const origin = scale(n, h.d / Math.hypot(...h.n));
    const helper = Math.abs(n[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
    const u = unit(cross(helper, n));
    const v = cross(n, u); // u × v = n: the square runs counter-clockwise seen from outside
    let points = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([a, b]) => add(origin, add(scale(u, a * FAR), scale(v, b * FAR))));
    halfSpaces.forEach((other, j) => {
      if (j !== i && points.length) points = clip3(points, other);
    });
    points = withoutRepeats(points);
    if (points.length >= 3 && polygonArea3(points) > 1e-6) faces.push({ points, tag: h.tag });
  });
  return faces;
}

/** Sutherland–Hodgman: the part of a convex polygon where n · p ≤ d. */
function clip3(points, { n, d }) {
  const out = [];
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length];
    const fp = dot(n, p) - d;
    const fq = dot(n, q) - d;
    if (fp <= EPS) out.push(p);
    if ((fp < -EPS && fq > EPS) || (fp > EPS && fq < -EPS)) out.push(add(p, scale(add(q, scale(p, -1)), fp / (fp - fq))));
  });
  return out;
}

function withoutRepeats(points) {
  const out = points.filter((p, i) => Math.hypot(...add(p, scale(points[(i + 1) % points.length], -1))) > 1e-7);
  return out;
}

function polygonArea3(points) {
  let sum = [0, 0, 0];
  points.forEach((p, i) => { sum = add(sum, cross(p, points[(i + 1) % points.length])); });
  return Math.hypot(...sum) / 2;
}

/** Fans each (convex) face into triangles: { positions: [[x, y, z]], triangles: [[i, j, k]] }, faces keep their own corners. */
export function triangulate(faces) {
  const positions = [];
  const triangles = [];
  for (const { points } of faces) {
    const first = positions.length;
    positions.push(...points);
    for (let k = 1; k + 1 < points.length; k += 1) triangles.push([first, first + k, first + k + 1]);
  }
  return { positions, triangles };
}

/** The enclosed volume (m³) of outward-facing triangles; negative when they face inwards. */
export function meshVolume({ positions, triangles }) {
  return triangles.reduce((sum, [a, b, c]) => sum + dot(positions[a], cross(positions[b], positions[c])) / 6, 0);
}

// ---- 2D: footprints in metres, [x, y], counter-clockwise ----

/** Signed area: positive for a counter-clockwise ring. */
export function signedArea(ring) {
  return ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    return sum + (x1 * y2 - x2 * y1) / 2;
  }, 0);
}

/** The part of a polygon where a · p ≤ b for each { a: [ax, ay], b } (exact for convex polygons). */
export function clip2(ring, halfPlanes) {
  let points = ring;
  for (const { a, b } of halfPlanes) {
    const out = [];
    points.forEach((p, i) => {
      const q = points[(i + 1) % points.length];
      const fp = a[0] * p[0] + a[1] * p[1] - b;
      const fq = a[0] * q[0] + a[1] * q[1] - b;
      if (fp <= EPS) out.push(p);
      if ((fp < -EPS && fq > EPS) || (fp > EPS && fq < -EPS)) {
        const s = fp / (fp - fq);
        out.push([p[0] + (q[0] - p[0]) * s, p[1] + (q[1] - p[1]) * s]);
      }
    });
    points = out;
    if (!points.length) break;
  }
  return points;
}

/** The area centroid of a polygon. */
export function centroid2(ring) {
  const area = signedArea(ring);
  if (Math.abs(area) < EPS) return ring.reduce(([x, y], p) => [x + p[0] / ring.length, y + p[1] / ring.length], [0, 0]);
  let cx = 0;
  let cy = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    const c = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * c;
    cy += (y1 + y2) * c;
  });
  return [cx / (6 * area), cy / (6 * area)];
}
