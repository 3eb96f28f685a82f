// Camera positions without Cesium: where to put the camera so that a place is in the middle of the view.
import { METRES_PER_DEGREE_LAT } from './local-metres.js';


/**
 * A camera `height` metres up, looking north at (lon, lat) with the given downward pitch (degrees, negative): it
 * stands south of the place by the horizontal distance at which its line of sight reaches the ground there.
 */
export function cameraLookingAt(lon, lat, { height = 350, pitch = -40, heading = 0 } = {}) {
  const distance = height / Math.tan((Math.abs(pitch) * Math.PI) / 180);
  return { lon, lat: lat - distance / METRES_PER_DEGREE_LAT, height, heading, pitch };
}
