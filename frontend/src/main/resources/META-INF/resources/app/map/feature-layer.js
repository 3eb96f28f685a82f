// One map layer fed by an OGC API collection, loaded for the part of the map in view. The layer owns its data
// source (so a toggle shows or hides it as a whole) and its entities; the kind of layer (buildings, parcels, rule
// areas) says how a feature is drawn and what a click on it selects. Status goes to onStatus:
// 'hidden' | 'too-far' | 'loading' | 'ready' | 'failed'.
import { entityId } from '../core/entity-ids.js';
import { polygonsOf } from '../core/geojson.js';
import { planLoad } from '../core/viewport.js';

export class FeatureLayer {
  /**
   * kind: { id, collection, maxSpanDegrees, limit, load?(api, bbox, options) → FeatureCollection,
   *         entityFor(feature, polygon) → entity options,
   *         selectionFor(domainId, lonLat) → selection, restyle?(entity, domainId, highlighted),
   *         loaded?(features) after each load }
   */
  constructor(Cesium, kind, api, onStatus) {
    this.Cesium = Cesium;
    this.kind = kind;
    this.api = api;
    this.onStatus = onStatus;
    this.dataSource = new Cesium.CustomDataSource(kind.id);
    this.entitiesByDomainId = new Map();
    this.loadedBbox = null;
    this.request = null;
    this.pending = null; // { bbox, promise } of the load under way
    this.visible = false;
    this.dataSource.show = false;
  }

  get id() {
    return this.kind.id;
  }

  setVisible(visible, viewBbox) {
    this.visible = visible;
    this.dataSource.show = visible;
    if (visible) return this.refresh(viewBbox);
    this.request?.abort();
    this.onStatus(this.id, 'hidden');
    return Promise.resolve();
  }

  /** Loads the view when it is not covered yet (nor by the load under way); stays quiet while hidden. */
  refresh(viewBbox) {
    if (!this.visible) return Promise.resolve();
    const plan = planLoad(viewBbox, this.loadedBbox, this.kind.maxSpanDegrees, this.request ? this.pending?.bbox : null);
    if (plan.action === 'wait') return this.pending.promise;
    const promise = this.load(plan);
    if (plan.action === 'load') this.pending = { bbox: plan.bbox, promise };
    return promise;
  }

  async load(plan) {
    if (plan.action === 'too-far') {
      this.onStatus(this.id, 'too-far');
      return;
    }
    if (plan.action === 'keep') {
      this.onStatus(this.id, 'ready');
      return;
    }
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.onStatus(this.id, 'loading');
    try {
      const options = { limit: this.kind.limit, signal: request.signal };
      const collection = this.kind.load
        ? await this.kind.load(this.api, plan.bbox, options)
        : await this.api.features(this.kind.collection, plan.bbox, options);
      if (this.request !== request) return;
      this.replaceFeatures(collection.features ?? []);
      this.kind.loaded?.(collection.features ?? []);
      this.loadedBbox = plan.bbox;
      this.onStatus(this.id, 'ready');
    } catch (error) {
      if (this.request !== request || error?.kind === 'aborted') return;
      console.warn(`Layer ${this.id} could not load`, error);
      this.onStatus(this.id, 'failed');
    } finally {
      if (this.request === request) this.request = null;
    }
  }

  /** Forget what was loaded, so the next refresh asks again (after a failure, "try again"). */
  reset() {
    this.loadedBbox = null;
    this.pending = null;
  }

  /** Keeps entities that are still in view, adds the new ones, drops the rest; in one batch. */
  replaceFeatures(features) {
    const entities = this.dataSource.entities;
    const incoming = new Map(features.map((feature) => [String(feature.id), feature]));
    entities.suspendEvents();
    try {
      for (const [domainId, parts] of this.entitiesByDomainId) {
        if (!incoming.has(domainId)) {
          parts.forEach((entity) => entities.remove(entity));
          this.entitiesByDomainId.delete(domainId);
        }
      }
      for (const [domainId, feature] of incoming) {
        if (this.entitiesByDomainId.has(domainId)) continue;
        const parts = polygonsOf(feature.geometry).map((polygon, index) =>
          entities.add({ id: entityId(this.id, domainId, index), ...this.kind.entityFor(feature, polygon) }));
        if (parts.length) this.entitiesByDomainId.set(domainId, parts);
        this.kind.restyle?.(parts, domainId);
      }
    } finally {
      entities.resumeEvents();
    }
  }

  /** Re-applies the style of some domain objects (e.g. after the highlight moved). */
  restyle(domainIds) {
    for (const domainId of domainIds) {
      const parts = this.entitiesByDomainId.get(domainId);
      if (parts) this.kind.restyle?.(parts, domainId);
    }
  }

  selectionFor(domainId, lonLat) {
    return this.kind.selectionFor(domainId, lonLat);
  }

  destroy() {
    this.request?.abort();
  }
}

/** A Cesium polygon hierarchy from a polygon of core/geojson.js. */
export function hierarchy(Cesium, polygon) {
  return new Cesium.PolygonHierarchy(
    Cesium.Cartesian3.fromDegreesArray(polygon.outer),
    polygon.holes.map((hole) => new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(hole))));
}
