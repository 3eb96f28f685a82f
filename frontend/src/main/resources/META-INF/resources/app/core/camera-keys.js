// The map by keyboard: on the focused map the arrow keys move the camera over the ground (up = the way it looks),
// + and − go down and up, Page Up / Page Down turn it. A camera in, a camera out; the map flies there. Steps scale
// with the height, so a step is a fifth of what is in view whether the camera is at 90 m or at 900 m.
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from './local-metres.js';

const MIN_HEIGHT_M = 20;
const MAX_HEIGHT_M = 20_000;
const TURN_DEG = 15;

/** The camera after a key, or null for a key that does not move it. */
export function cameraAfterKey(camera, key) {
  const step = camera.height * 0.25;
  const heading = (camera.heading * Math.PI) / 180;
  const move = (forward, right) => {
    const north = forward * Math.cos(heading) - right * Math.sin(heading);
    const east = forward * Math.sin(heading) + right * Math.cos(heading);
    return { ...camera, lon: camera.lon + east / metresPerDegreeLon(camera.lat), lat: camera.lat + north / METRES_PER_DEGREE_LAT };
  };
  const height = (factor) => ({ ...camera, height: Math.min(MAX_HEIGHT_M, Math.max(MIN_HEIGHT_M, camera.height * factor)) });
  const turn = (deg) => ({ ...camera, heading: (((camera.heading + deg) % 360) + 360) % 360 });
  switch (key) {
    case 'ArrowUp': return move(step, 0);
    case 'ArrowDown': return move(-step, 0);
    case 'ArrowLeft': return move(0, -step);
    case 'ArrowRight': return move(0, step);
    case '+': case '=': return height(0.7);
    case '-': case '_': return height(1 / 0.7);
    case 'PageUp': return turn(-TURN_DEG);
    case 'PageDown': return turn(TURN_DEG);
    default: return null;
  }
}
