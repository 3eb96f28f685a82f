// A variant in 3D (issue 12): its volumes (flat roofs extruded, pitched ones as meshes of core/roof-mesh.js through
// map/mesh-primitive.js, as map/plan-layer.js draws them) and its palette objects as simple symbols
// (core/variant-symbols.js), each at its footprint, with the original design dimmed beside it. Comparison: these are
// entities and geometry primitives, which Cesium cannot split with scene.splitPosition (only imagery layers, 3D
// tiles and glTF models can), so the slider cross-fades instead: position 0 shows only the original, 1 only the
// variant (core/variant-compare.js fadeOf); the panel's text says so. Entity ids "variant:object-2", "variant:volume-0".
import { entityId } from '../core/entity-ids.js';
import { volumeMesh } from '../core/roof-mesh.js';
import { fadeOf } from '../core/variant-compare.js';
import { symbolParts } from '../core/variant-symbols.js';
import { meshPrimitive } from './mesh-primitive.js';

export const VARIANT_LAYER_ID = 'variant';

export class VariantLayer {
  constructor(Cesium, { onDrawn } = {}) {
    this.Cesium = Cesium;
    this.onDrawn = onDrawn ?? (() => {});
    this.dataSource = new Cesium.CustomDataSource(VARIANT_LAYER_ID);
    this.primitives = new Cesium.PrimitiveCollection(); // pitched volumes; the map adds it to the scene
  }

  /**
   * Draws scene = {variant: {volumes (draft form), objects}, original: {volumes}, compare} or nothing (null).
   * Answers whether anything is drawn.
   */
  draw(scene) {
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    this.primitives.removeAll();
    if (!scene?.variant) {
      entities.resumeEvents();
      this.onDrawn({ volumes: 0, objects: 0 });
      return false;
    }
    const fade = fadeOf(scene.compare ?? {});
    const grey = Cesium.Color.fromCssColorString('#8d99ae');
    const blue = Cesium.Color.fromCssColorString('#2f6fb5');
    if (fade.original > 0) this.drawVolumes(scene.original?.volumes ?? [], grey.withAlpha(fade.original), 'original');
    if (fade.variant > 0) {
      this.drawVolumes(scene.variant.volumes ?? [], blue.withAlpha(fade.variant), 'volume');
      (scene.variant.objects ?? []).forEach((object, i) => this.drawObject(object, i, scene.variant.volumes ?? [], fade.variant,
        (scene.palette ?? []).find((p) => p.kind === object.kind)));
    }
    entities.resumeEvents();
    this.onDrawn({ volumes: (scene.variant.volumes ?? []).length, objects: (scene.variant.objects ?? []).length });
    return true;
  }

  drawVolumes(volumes, colour, name) {
    const { Cesium } = this;
    volumes.forEach((volume, i) => {
      if (!volume?.corners || volume.corners.length < 3) return;
      const id = entityId(VARIANT_LAYER_ID, `${name}-${i}`);
      const mesh = volume.roof === 'pitched' ? volumeMesh(volume) : null;
      if (mesh?.positions) {
        this.primitives.add(meshPrimitive(Cesium, mesh, colour, id));
        return;
      }
      this.dataSource.entities.add({
        id,
        polygon: {
          hierarchy: new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(volume.corners.flat())),
          height: volume.baseHeight ?? 0,
          extrudedHeight: volume.height,
          material: colour,
          outline: true,
          outlineColor: colour.withAlpha(Math.min(1, colour.alpha + 0.1)),
        },
      });
    });
  }

  drawObject(object, index, volumes, alpha, item) {
    const { Cesium } = this;
    const { lon, lat } = object.position ?? {};
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    symbolParts(object, volumes, item).forEach((part, p) => {
      const up = part.shape === 'box' ? part.size[2] : part.shape === 'cylinder' ? part.length : part.radii[2] * 2;
      const position = Cesium.Cartesian3.fromDegrees(lon, lat, part.bottom + up / 2);
      const orientation = Cesium.Transforms.headingPitchRollQuaternion(position,
        new Cesium.HeadingPitchRoll(Cesium.Math.toRadians(Number(object.heading) || 0), 0, 0));
      const material = Cesium.Color.fromCssColorString(part.colour).withAlpha(Math.max(alpha, 0.05));
      const shape = part.shape === 'box'
        ? { box: { dimensions: new Cesium.Cartesian3(...part.size), material } }
        : part.shape === 'cylinder'
          ? { cylinder: { length: part.length, topRadius: part.radius, bottomRadius: part.radius, material } }
          : { ellipsoid: { radii: new Cesium.Cartesian3(...part.radii), material } };
      this.dataSource.entities.add({ id: entityId(VARIANT_LAYER_ID, `object-${index}`, p), position, orientation, ...shape });
    });
  }
}
