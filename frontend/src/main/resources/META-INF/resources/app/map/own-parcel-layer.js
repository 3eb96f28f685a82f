// Draws "uw perceel" while a plan is drawn (state.ownParcel, core/own-parcel.js), styled by ownParcelKind: every ring
// of its outline as a thick line. Nothing to pick: a click goes through to the drawing.
import { polygonsOf } from '../core/geojson.js';
import { ownParcelKind } from './layer-kinds.js';

export class OwnParcelLayer {
  constructor(Cesium, { onDrawn } = {}) {
    this.kind = ownParcelKind(Cesium);
    this.dataSource = new Cesium.CustomDataSource(this.kind.id);
    this.onDrawn = onDrawn ?? (() => {});
    this.drawnKey = null;
  }

  /** Shows the own parcel's outline while drawing; none otherwise. */
  draw(plan, ownParcel) {
    const geometries = plan ? ownParcel?.geometries ?? [] : [];
    const key = JSON.stringify(geometries);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const entities = this.dataSource.entities;
    entities.suspendEvents();
    entities.removeAll();
    let rings = 0;
    for (const geometry of geometries) {
      for (const { outer, holes } of polygonsOf(geometry)) {
        for (const ring of [outer, ...holes]) {
          entities.add({ id: `${this.kind.id}:${rings}`, ...this.kind.entityFor(ring) });
          rings += 1;
        }
      }
    }
    entities.resumeEvents();
    this.onDrawn({ rings, names: plan ? ownParcel?.names ?? [] : [] });
  }
}
