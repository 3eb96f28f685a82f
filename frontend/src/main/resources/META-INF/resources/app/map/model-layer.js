// Draws the plan's placed 3D models ("Eigen 3D-model plaatsen") with CesiumJS: each GLB is loaded from its same-origin
// download URL and placed by a model matrix from its position, heading and scale in the local east-north-up frame
// (the model's +X east, -Z north: forwardAxis X, as the server checks it). The chosen model gets a silhouette; once a
// check has measured a model, the bounding-box footprint it is checked with is drawn on the ground and follows it.
import { footprintCorners } from '../core/model-placement.js';

export class ModelLayer {
  constructor(Cesium, scene, { onShown, render } = {}) {
    this.Cesium = Cesium;
    this.scene = scene;
    this.onShown = onShown ?? (() => {});
    this.render = render ?? (() => scene.requestRender());
    this.entries = []; // per placed model: { url, model, ready, failed, gone }
    this.boxes = new Map(); // documentId -> its bounding box, from a check answer
    this.shown = -1;
    this.dataSource = new Cesium.CustomDataSource('plan-models');
    this.outline = Cesium.Color.fromCssColorString('#154273');
    // Software WebGL renders on request only: keep frames coming while a model loads.
    this.removeRenderHook = scene.postRender.addEventListener(() => {
      if (this.entries.some((e) => e.model && !e.ready && !e.failed)) scene.requestRender();
    });
  }

  sync(plan, planCheck) {
    const models = plan?.models ?? [];
    if (planCheck?.status === 'ok') {
      for (const m of planCheck.result.models ?? []) if (m.box) this.boxes.set(m.documentId, m.box);
    }
    this.entries.slice(models.length).forEach((entry) => this.drop(entry));
    this.entries.length = Math.min(this.entries.length, models.length);
    models.forEach((placed, i) => {
      if (this.entries[i]?.url !== placed.url) {
        if (this.entries[i]) this.drop(this.entries[i]);
        this.entries[i] = this.load(placed);
      }
      const { model } = this.entries[i];
      if (model) {
        model.modelMatrix = this.matrix(placed);
        model.silhouetteColor = this.outline;
        model.silhouetteSize = i === plan.activeModel ? 2 : 0;
      }
      this.entries[i].placed = placed;
    });
    this.drawFootprints(models);
    this.report();
    this.render();
  }

  load(placed) {
    const { Cesium } = this;
    const entry = { url: placed.url, placed, model: null, ready: false, failed: false, gone: false };
    Cesium.Model.fromGltfAsync({ url: placed.url, modelMatrix: this.matrix(placed), upAxis: Cesium.Axis.Y, forwardAxis: Cesium.Axis.X })
      .then((model) => {
        if (entry.gone) {
          model.destroy();
          return;
        }
        entry.model = model;
        model.modelMatrix = this.matrix(entry.placed);
        model.readyEvent.addEventListener(() => {
          entry.ready = true;
          this.report();
          this.render();
        });
        this.scene.primitives.add(model);
        this.render();
      })
      .catch((error) => {
        entry.failed = true;
        console.error('A placed 3D model could not be shown', error);
        this.report();
      });
    return entry;
  }

  drop(entry) {
    entry.gone = true;
    if (entry.model) this.scene.primitives.remove(entry.model); // removing destroys it
  }

  /** East-north-up at the model's origin, turned by its heading (clockwise from north), scaled uniformly. */
  matrix(placed) {
    const { Cesium } = this;
    const origin = Cesium.Cartesian3.fromDegrees(placed.lon, placed.lat, placed.baseHeight);
    const frame = Cesium.Transforms.headingPitchRollToFixedFrame(origin,
      new Cesium.HeadingPitchRoll(Cesium.Math.toRadians(placed.heading), 0, 0));
    return Cesium.Matrix4.multiplyByUniformScale(frame, placed.scale, frame);
  }

  drawFootprints(models) {
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    models.forEach((placed, i) => {
      const box = this.boxes.get(placed.documentId);
      if (!box) return;
      const corners = footprintCorners(placed, box);
      entities.add({ id: `plan-model-footprint-${i}`, polyline: {
        positions: Cesium.Cartesian3.fromDegreesArrayHeights([...corners, corners[0]].flatMap(([lon, lat]) => [lon, lat, 0.15])),
        width: 2, material: this.outline, depthFailMaterial: this.outline } });
    });
    entities.resumeEvents();
  }

  report() {
    const shown = this.entries.filter((e) => e.ready && !e.gone).length;
    if (shown !== this.shown) {
      this.shown = shown;
      this.onShown(shown);
    }
  }

  destroy() {
    this.removeRenderHook();
    this.entries.forEach((entry) => this.drop(entry));
    this.entries = [];
  }
}
