// The Bezonning layer: the facade strips and garden cells that lose sun on the chosen day, coloured by hours lost
// (core/palette.js SUN_LOSS_COLOURS, the legend's classes), and the neighbours' norm points; while shown, Cesium's
// shadow map lights the scene at the chosen day and time, for looking only: the numbers come from the backend.
import { SUN_LOSS_COLOURS } from '../core/palette.js';
import { dutchInstant, sunlightFeatures } from '../core/sunlight.js';

const BAND = 0.6; // a facade strip is drawn as a band this far above and below its sample height (m)

export class SunlightLayer {
  constructor(Cesium, viewer, { onDrawn } = {}) {
    this.Cesium = Cesium;
    this.viewer = viewer;
    this.dataSource = new Cesium.CustomDataSource('sunlight');
    this.onDrawn = onDrawn ?? (() => {});
    this.drawnKey = null;
    this.materials = Object.fromEntries(Object.entries(SUN_LOSS_COLOURS).map(([key, css]) =>
      [key, new Cesium.ColorMaterialProperty(Cesium.Color.fromCssColorString(css).withAlpha(0.85))]));
  }

  /** Draws state.sunlight when it is ready; clears the layer and the shadows otherwise. */
  draw(sunlight) {
    const ready = sunlight?.status === 'ready';
    const key = ready ? `${sunlight.day}` : null;
    this.shadows(ready ? sunlight : null);
    if (key === this.drawnKey && (!ready || this.drawnMap === sunlight.map)) return;
    this.drawnKey = key;
    this.drawnMap = ready ? sunlight.map : null;
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    const { facades, gardens, normPoints } = ready ? sunlightFeatures(sunlight.map, sunlight.day) : { facades: [], gardens: [], normPoints: [] };
    facades.forEach((f, i) => {
      if (f.loss <= 0) return;
      entities.add({ id: `sunlight:facade:${i}`, wall: {
        positions: Cesium.Cartesian3.fromDegreesArray(f.coordinates.flat()),
        minimumHeights: f.coordinates.map(() => Math.max(0, f.height - BAND)),
        maximumHeights: f.coordinates.map(() => f.height + BAND),
        material: this.materials[f.lossClass] } });
    });
    gardens.forEach((g, i) => {
      if (g.loss <= 0) return;
      entities.add({ id: `sunlight:garden:${i}`, polygon: {
        hierarchy: new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(g.ring.flat())), height: 0.25,
        material: this.materials[g.lossClass] } });
    });
    normPoints.forEach((p, i) => {
      entities.add({ id: `sunlight:norm:${i}`, position: Cesium.Cartesian3.fromDegrees(p.lon, p.lat, p.height),
        point: { pixelSize: p.notMet ? 14 : 10, color: Cesium.Color.fromCssColorString(SUN_LOSS_COLOURS[p.lossClass]),
          outlineColor: p.notMet ? Cesium.Color.BLACK : Cesium.Color.WHITE, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY } });
    });
    entities.resumeEvents();
    this.onDrawn({
      facades: facades.filter((f) => f.loss > 0).length,
      gardens: gardens.filter((g) => g.loss > 0).length,
      normPoints: normPoints.length,
    });
  }

  /** The sun of the chosen day and time lights the scene; off when no study is shown. */
  shadows(sunlight) {
    const { Cesium, viewer } = this;
    const on = Boolean(sunlight);
    viewer.shadows = on;
    if (on) {
      viewer.clock.shouldAnimate = false;
      viewer.clock.currentTime = Cesium.JulianDate.fromDate(dutchInstant(sunlight.day, sunlight.minutes));
    }
    document.body.dataset.shadows = on ? 'on' : 'off';
    if (on) document.body.dataset.shadowTime = Cesium.JulianDate.toIso8601(viewer.clock.currentTime, 0);
  }
}
