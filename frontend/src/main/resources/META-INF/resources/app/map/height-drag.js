// Dragging the height handle: the handle moves along the vertical line through it, to the height where the pointer's
// ray passes closest to that line (any camera angle), in 10 cm steps within what the check accepts. The layer shows
// the height live; the draft changes once, on release, so a whole drag is one undo step.
import { heightOnVertical, heightRange, snapHeight } from '../core/height-handle.js';

export class HeightDrag {
  constructor(Cesium, camera, planLayer) {
    this.Cesium = Cesium;
    this.camera = camera;
    this.planLayer = planLayer;
    this.active = null; // { foot, up, grab, range, height }
  }

  /** Starts a drag of a volume ({ height, baseHeight, roof, eavesHeight }) at a screen position. */
  start(position, volume) {
    const { Cesium } = this;
    const [lon, lat] = this.planLayer.handle.lonLat;
    const foot = Cesium.Cartesian3.fromDegrees(lon, lat, 0);
    const up = Cesium.Ellipsoid.WGS84.geodeticSurfaceNormal(foot, new Cesium.Cartesian3());
    this.active = { foot, up, grab: 0, range: heightRange(volume), height: volume.height };
    const pointed = this.heightAt(position);
    // The point pressed stays under the pointer: the handle does not jump to it.
    this.active.grab = pointed === null ? 0 : pointed - volume.height;
  }

  get dragging() {
    return this.active !== null;
  }

  move(position) {
    const pointed = this.heightAt(position);
    if (pointed === null) return;
    this.active.height = snapHeight(pointed - this.active.grab, this.active.range);
    this.planLayer.dragHeight(this.active.height);
  }

  /** Ends the drag: the height to set. */
  end() {
    const { height } = this.active;
    this.active = null;
    this.planLayer.dragHeight(null);
    return height;
  }

  heightAt(position) {
    const ray = this.camera.getPickRay(position);
    if (!ray) return null;
    const v = (c) => [c.x, c.y, c.z];
    return heightOnVertical(v(ray.origin), v(ray.direction), v(this.active.foot), v(this.active.up));
  }
}
