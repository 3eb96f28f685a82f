// Draws the plan being drawn and what the check found: the corners (draggable), the outline, the volume among the
// buildings (extruded for a flat roof; walls to the eaves and a roof to the ridge for a pitched one, see
// core/roof-mesh.js), the height handle above the active volume's highest point with its height as a label, and in
// red what fails: the part above a height limit (fromHeight–toHeight), footprint parts outside the parcel or over the
// built-up limit, and the shortest line to the parcel boundary. Entities and meshes carry ids "plan:corner-2",
// "plan:volume", "plan:height-handle" … so the map's one click dispatcher hands picks to this layer.
import { entityId } from '../core/entity-ids.js';
import { polygonsOf } from '../core/geojson.js';
import { formatNumber } from '../core/lookup-model.js';
import { centroid, designVolumeIndices, volumesOf } from '../core/plan-draft.js';
import { rangesOutside, volumeMesh } from '../core/roof-mesh.js';
import { t } from '../core/strings-nl.js';
import { hierarchy } from './feature-layer.js';
import { meshPrimitive } from './mesh-primitive.js';

export const PLAN_LAYER_ID = 'plan';

export class PlanLayer {
  constructor(Cesium, { onSummary } = {}) {
    this.Cesium = Cesium;
    this.onSummary = onSummary ?? (() => {});
    this.dataSource = new Cesium.CustomDataSource(PLAN_LAYER_ID);
    this.primitives = new Cesium.PrimitiveCollection(); // the pitched volumes' meshes; the map adds it to the scene
    this.dragPosition = null; // { index, lonLat } while a corner is dragged
    this.heightPreview = null; // the active volume's height while the height handle is dragged
    this.handle = null; // { lonLat, height } of the height handle as drawn
    const color = (css, alpha = 1) => Cesium.Color.fromCssColorString(css).withAlpha(alpha);
    this.colors = { volume: color('#2f6fb5', 0.75), corner: color('#ffffff'), cornerEdge: color('#154273'),
      outline: color('#154273'), fail: color('#d7191c', 0.9), handle: color('#ffb612'), failGround: color('#d7191c', 0.6), line: color('#ff7f00'),
      otherVolume: color('#6f94bf', 0.55), otherOutline: color('#5b7fa6', 0.9) };
  }

  /** The corner index when an entity id is one of this layer's corners, else null. */
  cornerOf(domainId) {
    const match = /^corner-(\d+)$/.exec(domainId ?? '');
    return match ? Number(match[1]) : null;
  }

  /** The volume index when an entity id is one of the other (not active) volumes, else null. */
  volumeOf(domainId) {
    const match = /^(?:volume|outline)-(\d+)$/.exec(domainId ?? '');
    return match ? Number(match[1]) : null;
  }

  /** The index of the corner drawn within `pixels` of a screen position, or null. */
  cornerNear(scene, position, pixels) {
    const { Cesium } = this;
    let best = null;
    let bestDistance = pixels;
    (this.plan?.corners ?? []).forEach(([lon, lat], index) => {
      const onScreen = Cesium.SceneTransforms.worldToWindowCoordinates(scene,
        Cesium.Cartesian3.fromDegrees(lon, lat, this.plan.baseHeight + 0.1));
      const distance = onScreen && Math.hypot(onScreen.x - position.x, onScreen.y - position.y);
      if (onScreen && distance <= bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    return best;
  }

  /** While dragging: shows the corner (and the shape) at the pointer without changing the draft yet. */
  drag(index, lonLat) {
    this.dragPosition = lonLat ? { index, lonLat } : null;
    this.draw(this.plan, this.check);
  }

  /** While the height handle is dragged: shows the active volume at this height (null: as the draft has it). */
  dragHeight(height) {
    this.heightPreview = height;
    this.draw(this.plan, this.check);
  }

  isHandle(domainId) {
    return domainId === 'height-handle';
  }

  /** The height handle's window position (CSS pixels in the canvas), or null when none is drawn or it is off screen. */
  handleOnScreen(scene) {
    if (!this.handle) return null;
    const [lon, lat] = this.handle.lonLat;
    return this.Cesium.SceneTransforms.worldToWindowCoordinates(scene,
      this.Cesium.Cartesian3.fromDegrees(lon, lat, this.handle.height)) ?? null;
  }

  draw(plan, check) {
    const { Cesium } = this;
    this.plan = plan;
    this.check = check;
    const entities = this.dataSource.entities;
    // Removed before the events are held back: an entity re-added with the same id while they are held back would
    // be reported neither removed nor added, and Cesium would keep drawing the old one (a corner where it was).
    entities.removeAll();
    entities.suspendEvents();
    this.primitives.removeAll();
    this.handle = null;
    let redParts = 0;
    let lines = 0;
    let roofShape = null;
    let roofDrawn = null;
    try {
      if (!plan) return;
      const active = plan.active ?? 0;
      const volumes = volumesOf(plan).map((volume, i) => (i !== active ? volume : {
        ...volume,
        height: this.heightPreview ?? volume.height,
        corners: volume.corners.map((c, j) => (this.dragPosition?.index === j ? this.dragPosition.lonLat : c)) }));
      volumes[active].corners.forEach(([lon, lat], i) => entities.add({
        id: entityId(PLAN_LAYER_ID, `corner-${i}`),
        position: Cesium.Cartesian3.fromDegrees(lon, lat, plan.baseHeight + 0.1),
        point: { pixelSize: 14, color: this.colors.corner, outlineColor: this.colors.cornerEdge, outlineWidth: 3,
          disableDepthTestDistance: Number.POSITIVE_INFINITY },
      }));

      // The check names each failing part's volume by its place in the design, which holds only the closed volumes.
      const designToDraft = designVolumeIndices(plan);
      const volumeOfPart = (props) => (Number.isInteger(props.volume) ? designToDraft[props.volume] ?? null : null);
      // Failing parts in red; an 'attention' verdict that names parts (an aanbouw outside the bouwvlak) draws them too.
      const drawn = (v) => v.status === 'fail' || (v.status === 'attention' && (v.failingGeometry?.features?.length ?? 0) > 0);
      const results = check?.status === 'ok' ? check.result.verdicts.filter(drawn) : [];
      const heightParts = [];
      const groundParts = [];
      const boundaryLines = [];
      for (const verdict of results) {
        for (const feature of verdict.failingGeometry?.features ?? []) {
          const props = feature.properties ?? {};
          if (feature.geometry?.type === 'LineString') boundaryLines.push(feature.geometry.coordinates);
          else if (props.fromHeight != null && props.toHeight != null) {
            heightParts.push({ feature, from: props.fromHeight, to: props.toHeight, volume: volumeOfPart(props) });
          } else groundParts.push(feature);
        }
      }

      volumes.forEach((volume, i) => {
        const isActive = i === active;
        const corners = volume.corners;
        const suffix = isActive ? '' : `-${i}`;
        const wallTop = volume.roof === 'pitched' ? volume.eavesHeight ?? volume.height : volume.height;
        if (corners.length >= 2) {
          const ring = volume.closed ? [...corners, corners[0]] : corners;
          const material = isActive ? this.colors.outline : this.colors.otherOutline;
          entities.add({ id: entityId(PLAN_LAYER_ID, `outline${suffix}`), polyline: {
            positions: Cesium.Cartesian3.fromDegreesArrayHeights(ring.flatMap(([lon, lat]) => [lon, lat, volume.baseHeight + 0.15])),
            width: isActive ? 3 : 2, material, depthFailMaterial: material } });
          if (isActive && volume.closed && volumes.length > 1) {
            entities.add({ id: entityId(PLAN_LAYER_ID, 'outline-top'), polyline: {
              positions: Cesium.Cartesian3.fromDegreesArrayHeights(ring.flatMap(([lon, lat]) => [lon, lat, wallTop + 0.05])),
              width: 3, material, depthFailMaterial: material } });
          }
        }
        if (!volume.closed || corners.length < 3) return;
        // The volume outside the height ranges its red parts (below) take over.
        const own = heightParts.filter((p) => p.volume === i || p.volume === null)
          .map((p) => [p.from, Math.min(p.to, volume.height)]);
        const id = (part) => entityId(PLAN_LAYER_ID, isActive ? 'volume' : `volume-${i}`, part);
        const color = isActive ? this.colors.volume : this.colors.otherVolume;
        const whole = volume.roof === 'pitched' ? volumeMesh(volume) : null;
        if (isActive) {
          roofShape = whole?.shape ?? 'flat';
          roofDrawn = whole?.positions ? 'pitched' : 'flat'; // a 'block' is drawn as a box, like a flat roof
          this.drawHandle(whole?.top ?? centroid(corners), volume.height);
        }
        rangesOutside([volume.baseHeight, volume.height], own).forEach(([from, to], part) => {
          const mesh = whole?.positions && volumeMesh(volume, { from, to });
          if (mesh) this.primitives.add(meshPrimitive(Cesium, mesh, color, id(part)));
          else {
            entities.add({ id: id(part), polygon: {
              hierarchy: new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(corners.flatMap(([lon, lat]) => [lon, lat]))),
              height: from, extrudedHeight: to, material: color, outline: false } });
          }
        });
      });
      // Above a height limit: the volume as drawn, cut at the limit. For a pitched roof that is the part of the roof
      // (and of the walls, if the limit is under the eaves) above the limit, in the roof's shape; for an eaves limit
      // the walls between the limit and the eaves. While the handle is dragged the part follows the height shown.
      heightParts.forEach(({ feature, from, to, volume: index }, i) => {
        const volume = index !== null ? volumes[index] : null;
        const upTo = volume ? Math.min(to, volume.height) : to;
        if (upTo <= from) return;
        const mesh = volume?.roof === 'pitched' && volumeMesh(volume, { from, to: upTo });
        if (mesh?.positions) {
          if (!mesh.triangles.length) return;
          redParts += 1;
          this.primitives.add(meshPrimitive(Cesium, mesh, this.colors.fail, entityId(PLAN_LAYER_ID, `too-high-${i}`)));
          return;
        }
        polygonsOf(feature.geometry).forEach((polygon, j) => {
          redParts += 1;
          entities.add({ id: entityId(PLAN_LAYER_ID, `too-high-${i}`, j), polygon: {
            hierarchy: hierarchy(Cesium, polygon), height: from, extrudedHeight: upTo, material: this.colors.fail } });
        });
      });
      groundParts.forEach((feature, i) => polygonsOf(feature.geometry).forEach((polygon, j) => {
        redParts += 1;
        entities.add({ id: entityId(PLAN_LAYER_ID, `failing-${i}`, j), polygon: {
          hierarchy: hierarchy(Cesium, polygon), height: 0.05, extrudedHeight: 0.4, material: this.colors.failGround } });
      }));
      boundaryLines.forEach((coordinates, i) => {
        lines += 1;
        entities.add({ id: entityId(PLAN_LAYER_ID, `boundary-${i}`), polyline: {
          positions: Cesium.Cartesian3.fromDegreesArrayHeights(coordinates.flatMap(([lon, lat]) => [lon, lat, 0.5])),
          width: 5, material: this.colors.line, depthFailMaterial: this.colors.line } });
      });
    } finally {
      entities.resumeEvents();
      this.onSummary({ corners: plan?.corners.length ?? 0, closed: Boolean(plan?.closed), redParts, lines,
        roof: roofDrawn, roofShape, handle: this.handle !== null });
    }
  }

  /** The grip above the highest point that the height is dragged with, and the height as a label. */
  drawHandle(lonLat, height) {
    const { Cesium } = this;
    this.handle = { lonLat, height };
    this.dataSource.entities.add({
      id: entityId(PLAN_LAYER_ID, 'height-handle'),
      position: Cesium.Cartesian3.fromDegrees(lonLat[0], lonLat[1], height),
      point: { pixelSize: 18, color: this.colors.handle, outlineColor: this.colors.cornerEdge, outlineWidth: 3,
        disableDepthTestDistance: Number.POSITIVE_INFINITY },
      label: { text: t('planHeightHandle', { height: formatNumber(height) }), font: '600 14px sans-serif',
        fillColor: Cesium.Color.WHITE, showBackground: true, backgroundColor: this.colors.cornerEdge,
        pixelOffset: new Cesium.Cartesian2(0, -24), verticalOrigin: Cesium.VerticalOrigin.BOTTOM,
        disableDepthTestDistance: Number.POSITIVE_INFINITY },
    });
  }
}
