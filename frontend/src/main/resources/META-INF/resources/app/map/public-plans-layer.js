// Published plans among the buildings: each volume of a published plan (GET /api/v1/public/plans, for everyone,
// also without an account) as a violet block from its base to its top height, with the plan's title on hover. The
// shapes come from core/sharing.js (publicPlanShapes); this is the only part that touches CesiumJS.
import { entityId } from '../core/entity-ids.js';
import { publicPlanShapes } from '../core/sharing.js';

export const PUBLIC_PLANS_LAYER_ID = 'publicPlans';

export class PublicPlansLayer {
  constructor(Cesium, { onDrawn } = {}) {
    this.Cesium = Cesium;
    this.onDrawn = onDrawn ?? (() => {});
    this.dataSource = new Cesium.CustomDataSource(PUBLIC_PLANS_LAYER_ID);
    this.fill = Cesium.Color.fromCssColorString('#7b3fa0').withAlpha(0.7);
    this.edge = Cesium.Color.fromCssColorString('#4b1f66');
    this.request = null;
  }

  /** Loads the published plans in the view and draws them; a failure leaves what was drawn. */
  async refresh(api, bbox) {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    try {
      const plans = await api.publicPlans(bbox, { signal: request.signal });
      if (this.request === request) this.draw(publicPlanShapes(plans));
    } catch (error) {
      // not reachable or aborted: the published plans stay as they were
    }
  }

  draw(shapes) {
    const { Cesium } = this;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    for (const shape of shapes) {
      entities.add({
        id: entityId(PUBLIC_PLANS_LAYER_ID, shape.id),
        name: shape.title,
        polygon: {
          hierarchy: new Cesium.PolygonHierarchy(Cesium.Cartesian3.fromDegreesArray(shape.ring.flat())),
          height: shape.base, extrudedHeight: shape.top, material: this.fill, outline: true, outlineColor: this.edge,
        },
      });
    }
    entities.resumeEvents();
    this.onDrawn(new Set(shapes.map((s) => s.planId)).size);
  }
}
