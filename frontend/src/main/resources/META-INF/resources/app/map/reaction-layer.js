// The reactions of the open participation round as pins in 3D (state.roundPins, from core/round-items.js pinsOf):
// each at the raw point its author chose, with its height, coloured and shaped by stance (a letter on it too, so
// colour is not the only cue), drawn over buildings so a pin on a wall or roof stays visible, and clustered into a
// count when zoomed out. A click on a pin opens its reaction in the panel (StipMap hands the entity to this layer by
// its id); the pin asked for from the list is drawn larger. Only this file touches CesiumJS for it.
import { entityId } from '../core/entity-ids.js';
import { stanceStyle } from '../core/palette.js';

export const REACTIONS_LAYER_ID = 'reactions';

/** A pin image (canvas) for a stance, cached: a shape with the stance's letter above a short stem. */
function pinImage(stance, cache) {
  if (cache.has(stance)) return cache.get(stance);
  const { colour, shape, letter } = stanceStyle(stance);
  const canvas = document.createElement('canvas');
  canvas.width = 32;
  canvas.height = 42;
  const g = canvas.getContext('2d');
  g.fillStyle = colour;
  g.strokeStyle = '#ffffff';
  g.lineWidth = 2;
  g.beginPath();
  if (shape === 'circle') g.arc(16, 15, 13, 0, 2 * Math.PI);
  else if (shape === 'square') g.rect(3, 2, 26, 26);
  else { g.moveTo(16, 1); g.lineTo(30, 28); g.lineTo(2, 28); g.closePath(); }
  g.fill();
  g.stroke();
  g.fillRect(15, 28, 2, 13); // the stem to the point
  g.fillStyle = '#ffffff';
  g.font = 'bold 16px sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(letter, 16, shape === 'triangle' ? 19 : 15);
  cache.set(stance, canvas);
  return canvas;
}

export class ReactionLayer {
  constructor(Cesium, { onDrawn } = {}) {
    this.Cesium = Cesium;
    this.onDrawn = onDrawn ?? (() => {});
    this.dataSource = new Cesium.CustomDataSource(REACTIONS_LAYER_ID);
    this.images = new Map();
    const clustering = this.dataSource.clustering;
    clustering.enabled = true;
    clustering.pixelRange = 30;
    clustering.minimumClusterSize = 3;
    clustering.clusterEvent.addEventListener((entities, cluster) => {
      cluster.label.show = true;
      cluster.label.text = String(entities.length);
      cluster.label.font = 'bold 15px sans-serif';
      cluster.label.fillColor = Cesium.Color.WHITE;
      cluster.label.outlineColor = Cesium.Color.BLACK;
      cluster.label.outlineWidth = 3;
      cluster.label.style = Cesium.LabelStyle.FILL_AND_OUTLINE;
      cluster.label.disableDepthTestDistance = Number.POSITIVE_INFINITY;
      cluster.billboard.show = false;
      cluster.point.show = true;
      cluster.point.pixelSize = 30;
      cluster.point.color = Cesium.Color.fromCssColorString('#1d3557');
      cluster.point.outlineColor = Cesium.Color.WHITE;
      cluster.point.outlineWidth = 2;
      cluster.point.disableDepthTestDistance = Number.POSITIVE_INFINITY;
    });
    this.shown = new Map(); // reaction id → { entity, key } (what it was drawn from: redrawn only when that changes)
  }

  /** Draws the pins ([{id, lon, lat, height, stance, status}]); `focus` is the reaction shown larger. Keeps unchanged pins. */
  draw(pins = [], focus = null) {
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    const wanted = new Set(pins.map((p) => String(p.id)));
    for (const [id, { entity }] of this.shown) {
      if (!wanted.has(id)) { entities.remove(entity); this.shown.delete(id); }
    }
    for (const pin of pins) {
      const id = String(pin.id);
      const scale = String(focus) === id ? 1.4 : 1;
      const key = `${pin.lon},${pin.lat},${pin.height},${pin.stance},${pin.status},${scale}`;
      const existing = this.shown.get(id);
      if (existing?.key === key) continue;
      if (existing) entities.remove(existing.entity);
      const entity = entities.add({
        id: entityId(REACTIONS_LAYER_ID, id),
        position: Cesium.Cartesian3.fromDegrees(pin.lon, pin.lat, pin.height),
        billboard: {
          image: pinImage(pin.stance, this.images),
          verticalOrigin: Cesium.VerticalOrigin.BOTTOM,
          scale,
          color: pin.status === 'published' ? Cesium.Color.WHITE : Cesium.Color.WHITE.withAlpha(0.6),
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        },
      });
      this.shown.set(id, { entity, key });
    }
    entities.resumeEvents();
    this.onDrawn(this.shown.size);
  }
}
