// GeoJSON geometries as the map draws them: a list of polygons, each an outer ring and its holes, each ring a flat
// array [lon, lat, lon, lat, ...] without the repeated closing point. Anything that is not a (Multi)Polygon gives [].

export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [polygon(geometry.coordinates)].filter(Boolean);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(polygon).filter(Boolean);
  return [];
}

function polygon(rings) {
  if (!Array.isArray(rings) || rings.length === 0) return null;
  const [outer, ...holes] = rings.map(flatRing);
  if (!outer) return null;
  return { outer, holes: holes.filter(Boolean) };
}

function flatRing(ring) {
  if (!Array.isArray(ring)) return null;
  const points = ring.filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  if (points.length < 3) return null;
  return points.flatMap((p) => [p[0], p[1]]);
}
