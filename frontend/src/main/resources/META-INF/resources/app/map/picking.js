// What lies under a screen position: the ground, the place on a building or the ground, and the layer object picked.
// Positions are Cesium.Cartesian2 in the map's canvas; coordinates come back in degrees, rounded to 7 decimals (~1 cm).
import { parseEntityId } from '../core/entity-ids.js';

/** [lon, lat] on the ground (the ellipsoid) at a screen position, or null over the sky. */
export function groundAt(Cesium, scene, position) {
  const cartesian = scene.camera.pickEllipsoid(position, scene.globe.ellipsoid);
  return cartesian ? degrees(Cesium, cartesian) : null;
}

/** { lon, lat } of what is drawn at a screen position (a roof, the ground), or null over the sky. */
export function lonLatAt(Cesium, scene, position) {
  let cartesian = scene.pickPositionSupported ? scene.pickPosition(position) : undefined;
  if (!cartesian) cartesian = scene.camera.pickEllipsoid(position, scene.globe.ellipsoid);
  if (!cartesian) return null;
  const [lon, lat] = degrees(Cesium, cartesian);
  return { lon, lat };
}

/**
 * The 3D point drawn at a screen position ({ lon, lat, height } in degrees and metres above the ellipsoid): a wall or
 * roof of a building or a plan, else the ground; null over the sky. The raw point, never snapped to anything.
 */
export function pointAt(Cesium, scene, position) {
  let cartesian = scene.pickPositionSupported ? scene.pickPosition(position) : undefined;
  if (!cartesian) cartesian = scene.camera.pickEllipsoid(position, scene.globe.ellipsoid);
  if (!cartesian) return null;
  const c = Cesium.Cartographic.fromCartesian(cartesian);
  return { lon: round7(Cesium.Math.toDegrees(c.longitude)), lat: round7(Cesium.Math.toDegrees(c.latitude)),
    height: Math.max(0, Math.round(c.height * 100) / 100) };
}

/** The layer and domain id of the entity at a screen position ({ layerId, domainId }), or null. */
export function ownerAt(scene, position) {
  return parseEntityId(scene.pick(position)?.id?.id);
}

/** The centre of the map's canvas. */
export function canvasCentre(Cesium, scene) {
  return new Cesium.Cartesian2(scene.canvas.clientWidth / 2, scene.canvas.clientHeight / 2);
}

function degrees(Cesium, cartesian) {
  const c = Cesium.Cartographic.fromCartesian(cartesian);
  return [round7(Cesium.Math.toDegrees(c.longitude)), round7(Cesium.Math.toDegrees(c.latitude))];
}

function round7(value) {
  return Math.round(value * 1e7) / 1e7;
}
