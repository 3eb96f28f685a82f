// Camera positions without Cesium: where to put the camera so that a place is in the middle of the view, and how far
// away to stand so that a found building or parcel fills a good part of it.
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from './local-metres.js';


/**
 * A camera `height` metres up, looking north at (lon, lat) with the given downward pitch (degrees, negative): it
 * stands south of the place by the horizontal distance at which its line of sight reaches the ground there.
 */
export function cameraLookingAt(lon, lat, { height = 350, pitch = -40, heading = 0 } = {}) {
  const distance = height / Math.tan((Math.abs(pitch) * Math.PI) / 180);
  return { lon, lat: lat - distance / METRES_PER_DEGREE_LAT, height, heading, pitch };
}

/**
 * A camera that frames an extent bbox = [west, south, east, north] (WGS84): it looks at the extent's centre from the
 * distance at which the extent's diagonal (plus its height, if known) takes `fill` of the narrower field of view
 * (Cesium's 60° is across the wider side; on a landscape screen the height sees about 40°). Between `min` and `max`
 * metres away, so a shed is not filled to the edges and a large parcel still shows its surroundings.
 */
export function cameraFraming(bbox, { fill = 0.5, fovDegrees = 40, pitch = -40, min = 45, max = 1500, objectHeight = 0 } = {}) {
  const [west, south, east, north] = bbox;
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  const width = (east - west) * metresPerDegreeLon(lat);
  const depth = (north - south) * METRES_PER_DEGREE_LAT;
  const radius = Math.hypot(width, depth, objectHeight) / 2;
  const wanted = radius / (fill * Math.tan((fovDegrees / 2) * Math.PI / 180));
  const distance = Math.min(max, Math.max(min, wanted));
  const height = distance * Math.sin((Math.abs(pitch) * Math.PI) / 180);
  return { ...cameraLookingAt(lon, lat, { height, pitch }), distance };
}

/** Where to look for a search hit: framed by its extent when it has one, else from a street's height above the spot. */
export function cameraForHit(hit) {
  const bbox = hit.bbox;
  if (Array.isArray(bbox) && bbox.length === 4 && bbox.every(Number.isFinite) && bbox[2] >= bbox[0] && bbox[3] >= bbox[1]) {
    const { distance, ...camera } = cameraFraming(bbox, { objectHeight: 10 });
    return camera;
  }
  return cameraLookingAt(hit.lon, hit.lat, { height: 60 });
}
