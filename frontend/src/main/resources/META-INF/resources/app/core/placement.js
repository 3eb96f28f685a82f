// A free spot for a palette object of a variant (issue 12, "Zet neer naast het plan" without a mouse), as plain
// geometry: the object's rectangle (width × depth metres, north up) as near the design as it fits, inside the round's
// area (the planner's bounds) when there is one, off the footprints of the existing buildings and of the design's
// volumes (a small clearance, as the server measures in another projection), and at least `gap` metres from the
// objects already placed. Objects that belong on a roof (green roof, solar panels) look for a spot inside a volume
// instead. Works in local metres around the design (core/local-metres.js); null when no spot is free.
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from './local-metres.js';

const DEFAULT_SIZE = 4;

/**
 * design: [[lon, lat], ...] rings of the volumes; buildings: [[lon, lat], ...] outer rings; objects: [{position,
 * width, depth, heading, onRoof}]; area: a GeoJSON Polygon or MultiPolygon (holes cut out) or null; size: {width,
 * depth, onRoof}.
 * Options: gap from other objects (m), clearance from buildings and volumes (m), reach: how far from the design a
 * spot may be (m), step of the search grid (m).
 */
export function freeSpot({ size = {}, design = [], buildings = [], objects = [], area = null },
  { gap = 1, clearance = 0.1, reach = 40, step = 0.5 } = {}) {
  const rings = design.filter((r) => Array.isArray(r) && r.length >= 3);
  if (rings.length === 0) return null;
  const all = rings.flat();
  const lon0 = (Math.min(...all.map((c) => c[0])) + Math.max(...all.map((c) => c[0]))) / 2;
  const lat0 = (Math.min(...all.map((c) => c[1])) + Math.max(...all.map((c) => c[1]))) / 2;
  const mLon = metresPerDegreeLon(lat0);
  const toLocal = ([lon, lat]) => [(lon - lon0) * mLon, (lat - lat0) * METRES_PER_DEGREE_LAT];
  const toWgs = ([x, y]) => ({ lon: round9(lon0 + x / mLon), lat: round9(lat0 + y / METRES_PER_DEGREE_LAT) });

  const width = positive(size.width) ?? DEFAULT_SIZE;
  const depth = positive(size.depth) ?? DEFAULT_SIZE;
  const onRoof = Boolean(size.onRoof);
  const volumes = rings.map((r) => r.map(toLocal));
  const designBox = boxOf(volumes.flat());
  const others = objects.filter((o) => Boolean(o.onRoof) === onRoof && o.position)
    .map((o) => rectangle(toLocal([Number(o.position.lon), Number(o.position.lat)]), positive(o.width) ?? DEFAULT_SIZE,
      positive(o.depth) ?? DEFAULT_SIZE, Number(o.heading) || 0));
  const localArea = onRoof ? null : polygonsOf(area).map((rings) => rings.map((r) => r.map(toLocal)));
  const obstacles = onRoof ? [] : [...buildings.filter((r) => Array.isArray(r) && r.length >= 3).map((r) => r.map(toLocal)), ...volumes];

  const region = onRoof ? designBox : localArea.length ? boxOf(localArea.flatMap((p) => p[0])) : grow(designBox, reach + Math.max(width, depth));
  const stride = Math.max(step, Math.max(region[2] - region[0], region[3] - region[1]) / 400);
  const candidates = [];
  for (let x = region[0] + width / 2; x <= region[2] - width / 2 + 1e-9; x += stride) {
    for (let y = region[1] + depth / 2; y <= region[3] - depth / 2 + 1e-9; y += stride) {
      const box = [x - width / 2, y - depth / 2, x + width / 2, y + depth / 2];
      // On a roof: filled from its south-west corner (room for more); on the ground: nearest the design first.
      const distance = onRoof ? Math.round((y - region[1]) / stride) * 1e6 + (x - region[0]) : boxDistance(box, designBox);
      // Never further than `reach` from the design: the buildings are known that far (core/variants.js loads them).
      if (onRoof || distance <= reach) candidates.push({ x, y, box, distance });
    }
  }
  // Among equals east before west, then south before north (a stable order).
  candidates.sort((a, b) => a.distance - b.distance || b.x - a.x || a.y - b.y);
  for (const { x, y, box } of candidates) {
    const ring = boxRing(grow(box, -0.01)); // touching the container's edge is inside
    if (onRoof ? !volumes.some((v) => ringInside(ring, v)) : localArea.length && !localArea.some((p) => inPolygon(ring, p))) continue;
    const cleared = boxRing(grow(box, clearance));
    if (obstacles.some((o) => overlaps(cleared, o))) continue;
    const spaced = boxRing(grow(box, gap));
    if (others.some((o) => overlaps(spaced, o))) continue;
    return toWgs([x, y]);
  }
  return null;
}

/** A GeoJSON Polygon or MultiPolygon as a list of polygons, each [outer ring, ...holes]; [] for anything else. */
export function polygonsOf(geometry) {
  if (geometry?.type === 'Polygon') return geometry.coordinates?.[0]?.length >= 4 ? [geometry.coordinates] : [];
  if (geometry?.type === 'MultiPolygon') return (geometry.coordinates ?? []).filter((p) => p?.[0]?.length >= 4);
  return [];
}

/** The outer rings ([lon, lat]) of a GeoJSON FeatureCollection's polygons and multipolygons (the viewport's buildings). */
export function outerRings(featureCollection) {
  return (featureCollection?.features ?? []).flatMap((f) => {
    const g = f?.geometry;
    if (g?.type === 'Polygon') return g.coordinates?.[0] ? [g.coordinates[0]] : [];
    if (g?.type === 'MultiPolygon') return (g.coordinates ?? []).map((p) => p?.[0]).filter(Boolean);
    return [];
  });
}

/** The [minLon, minLat, maxLon, maxLat] box around rings, grown by `metres` each way. */
export function boxAround(rings, metres) {
  const all = rings.flat();
  if (all.length === 0) return null;
  const lat = (Math.min(...all.map((c) => c[1])) + Math.max(...all.map((c) => c[1]))) / 2;
  const dLon = metres / metresPerDegreeLon(lat);
  const dLat = metres / METRES_PER_DEGREE_LAT;
  return [Math.min(...all.map((c) => c[0])) - dLon, Math.min(...all.map((c) => c[1])) - dLat,
    Math.max(...all.map((c) => c[0])) + dLon, Math.max(...all.map((c) => c[1])) + dLat];
}

const round9 = (v) => Math.round(v * 1e9) / 1e9;
const positive = (v) => (Number(v) > 0 ? Number(v) : null);
const boxOf = (points) => [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])),
  Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
const grow = ([x0, y0, x1, y1], d) => [x0 - d, y0 - d, x1 + d, y1 + d];
const boxRing = ([x0, y0, x1, y1]) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

/** The gap between two boxes (0 when they touch or overlap). */
function boxDistance([ax0, ay0, ax1, ay1], [bx0, by0, bx1, by1]) {
  const dx = Math.max(0, bx0 - ax1, ax0 - bx1);
  const dy = Math.max(0, by0 - ay1, ay0 - by1);
  return Math.hypot(dx, dy);
}

/** The corners of a w × d rectangle centred on c, its depth along north before turning `heading`° clockwise. */
function rectangle([cx, cy], w, d, heading) {
  const a = (heading * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [[-w / 2, -d / 2], [w / 2, -d / 2], [w / 2, d / 2], [-w / 2, d / 2]]
    .map(([x, y]) => [cx + x * cos + y * sin, cy - x * sin + y * cos]);
}

function inside([x, y], ring) {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function edges(ring) {
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length]]);
}

function crosses([a, b], [c, d]) {
  const cross = (p, q, r) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether two rings share area: a corner of one inside the other, or edges crossing. */
function overlaps(a, b) {
  if (a.some((p) => inside(p, b)) || b.some((p) => inside(p, a))) return true;
  const eb = edges(b);
  return edges(a).some((e) => eb.some((f) => crosses(e, f)));
}

/** Whether ring a lies within a polygon [outer, ...holes]: inside the outer ring, clear of every hole. */
function inPolygon(a, [outer, ...holes]) {
  return ringInside(a, outer) && !holes.some((hole) => overlaps(a, hole));
}

/** Whether ring a lies within ring b: every corner inside and no edge of b crossing a. */
function ringInside(a, b) {
  if (!a.every((p) => inside(p, b))) return false;
  const eb = edges(b);
  return !edges(a).some((e) => eb.some((f) => crosses(e, f)));
}
