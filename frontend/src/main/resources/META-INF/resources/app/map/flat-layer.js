// A FeatureLayer drawn as ONE flat-shaded primitive instead of entities: for the derived ground, thousands of
// unlit polygons whose colour must be the legend's exactly (entities are lit by the sun, so their colour would change
// with the time of day) and that software WebGL draws in one call. The kind gives the height and each feature's colour
// (kind.height, kind.colourOf(feature) → CSS colour); loading, "too far" and status are FeatureLayer's.
import { entityId } from '../core/entity-ids.js';
import { polygonsOf } from '../core/geojson.js';
import { FeatureLayer, hierarchy } from './feature-layer.js';

export class FlatFeatureLayer extends FeatureLayer {
  constructor(Cesium, kind, api, onStatus, primitives) {
    super(Cesium, kind, api, onStatus);
    this.primitives = primitives;
    this.primitive = null;
  }

  setVisible(visible, viewBbox) {
    if (this.primitive) this.primitive.show = visible;
    return super.setVisible(visible, viewBbox);
  }

  /** Replaces the primitive with one for these features (built at once: no frame without ground in between). */
  replaceFeatures(features) {
    const { Cesium, kind } = this;
    const colours = new Map();
    const colourOf = (css) => {
      if (!colours.has(css)) colours.set(css, Cesium.ColorGeometryInstanceAttribute.fromColor(Cesium.Color.fromCssColorString(css)));
      return colours.get(css);
    };
    const instances = [];
    for (const feature of features) {
      polygonsOf(feature.geometry).forEach((polygon, index) => instances.push(new Cesium.GeometryInstance({
        id: entityId(this.id, String(feature.id), index),
        geometry: new Cesium.PolygonGeometry({
          polygonHierarchy: hierarchy(Cesium, polygon),
          height: kind.height,
          vertexFormat: Cesium.PerInstanceColorAppearance.FLAT_VERTEX_FORMAT,
        }),
        attributes: { color: colourOf(kind.colourOf(feature)) },
      })));
    }
    const next = instances.length === 0 ? null : new Cesium.Primitive({
      geometryInstances: instances,
      appearance: new Cesium.PerInstanceColorAppearance({ flat: true, translucent: false }),
      asynchronous: false,
      releaseGeometryInstances: true,
    });
    if (next) {
      next.show = this.visible;
      this.primitives.add(next);
    }
    if (this.primitive) this.primitives.remove(this.primitive); // the collection destroys it
    this.primitive = next;
  }

  restyle() {}

  destroy() {
    super.destroy();
    if (this.primitive && !this.primitive.isDestroyed()) this.primitives.remove(this.primitive);
    this.primitive = null;
  }
}
