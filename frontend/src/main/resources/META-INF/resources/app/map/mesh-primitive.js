// A coloured, lit Cesium primitive from a triangle mesh of core/roof-mesh.js ([lon, lat, height] positions, outward
// triangles): how pitched volumes and their red parts are drawn, since entities only extrude flat-topped polygons.
// The instance id is { id: "plan:volume" } so a pick is dispatched like an entity's.

export function meshPrimitive(Cesium, { positions, triangles }, color, id) {
  const points = positions.map(([lon, lat, height]) => Cesium.Cartesian3.fromDegrees(lon, lat, height));
  const values = new Float64Array(points.length * 3);
  points.forEach((p, i) => values.set([p.x, p.y, p.z], i * 3));
  const normals = new Float32Array(points.length * 3);
  const indices = points.length < 65_536 ? new Uint16Array(triangles.length * 3) : new Uint32Array(triangles.length * 3);
  const ab = new Cesium.Cartesian3();
  const ac = new Cesium.Cartesian3();
  const n = new Cesium.Cartesian3();
  triangles.forEach(([a, b, c], t) => {
    indices.set([a, b, c], t * 3);
    Cesium.Cartesian3.cross(Cesium.Cartesian3.subtract(points[b], points[a], ab), Cesium.Cartesian3.subtract(points[c], points[a], ac), n);
    // Every corner belongs to one flat face (faces keep their own corners), so adding up gives that face's normal.
    for (const v of [a, b, c]) for (let k = 0; k < 3; k += 1) normals[v * 3 + k] += [n.x, n.y, n.z][k];
  });
  for (let v = 0; v < points.length; v += 1) {
    const length = Math.hypot(normals[v * 3], normals[v * 3 + 1], normals[v * 3 + 2]) || 1;
    for (let k = 0; k < 3; k += 1) normals[v * 3 + k] /= length;
  }
  const geometry = new Cesium.Geometry({
    attributes: {
      position: new Cesium.GeometryAttribute({ componentDatatype: Cesium.ComponentDatatype.DOUBLE, componentsPerAttribute: 3, values }),
      normal: new Cesium.GeometryAttribute({ componentDatatype: Cesium.ComponentDatatype.FLOAT, componentsPerAttribute: 3, values: normals }),
    },
    indices,
    primitiveType: Cesium.PrimitiveType.TRIANGLES,
    boundingSphere: Cesium.BoundingSphere.fromPoints(points),
  });
  return new Cesium.Primitive({
    geometryInstances: new Cesium.GeometryInstance({ geometry, id: { id },
      attributes: { color: Cesium.ColorGeometryInstanceAttribute.fromColor(color) } }),
    appearance: new Cesium.PerInstanceColorAppearance({ translucent: color.alpha < 1, closed: true }),
    asynchronous: false,
  });
}
