import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meshVolume, triangulate } from '../src/main/resources/META-INF/resources/app/core/convex-solid.js';
import { roofShape, roofShapeOf, volumeFaces, volumeMesh } from '../src/main/resources/META-INF/resources/app/core/roof-mesh.js';

// Footprints in metres (x east, y north); heights above the ground.
const RECTANGLE = [[0, 0], [10, 0], [10, 6], [0, 6]]; // long sides east-west: the ridge runs east-west at y = 3
const L_SHAPE = [[0, 0], [8, 0], [8, 3], [3, 3], [3, 8], [0, 8]];
const PENTAGON = Array.from({ length: 5 }, (_, i) => [5 * Math.cos((2 * Math.PI * i) / 5), 5 * Math.sin((2 * Math.PI * i) / 5)]);
const PITCHED = { baseHeight: 0, eavesHeight: 3, height: 7, roof: 'pitched' };

const area = (ring) => Math.abs(ring.reduce((s, [x1, y1], i) => s + x1 * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y1, 0) / 2);
const mesh = (ring, volume = PITCHED, slab) => triangulate(volumeFaces(ring, volume, slab).faces);
const near = (actual, expected, what, tolerance = 1e-6) => assert.ok(Math.abs(actual - expected) < tolerance, `${what}: ${actual} vs ${expected}`);
const zs = ({ positions }) => positions.map((p) => p[2]);
const turn = (ring, degrees, [dx, dy] = [0, 0]) => {
  const a = (degrees * Math.PI) / 180;
  return ring.map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a) + dx, x * Math.sin(a) + y * Math.cos(a) + dy]);
};

test('a rectangle gets a gable roof: two roof planes from the long sides to a ridge in the middle, gable walls at the ends', () => {
  const { shape, faces } = volumeFaces(RECTANGLE, PITCHED);
  assert.equal(shape, 'gable');
  const tags = faces.map((f) => f.tag).sort();
  assert.deepEqual(tags, ['bottom', 'roof', 'roof', 'wall', 'wall', 'wall', 'wall']);
  const m = triangulate(faces);
  assert.equal(m.triangles.length, 2 + 2 * 2 + 2 * 3 + 2 * 2, 'bottom, long walls, five-cornered gables, roof planes');
  const ridge = m.positions.filter(([, , z]) => z > 7 - 1e-9);
  assert.ok(ridge.length > 0 && ridge.every(([, y]) => Math.abs(y - 3) < 1e-6), 'the ridge runs along the middle, east-west');
  assert.deepEqual([...new Set(ridge.map(([x]) => Math.round(x * 1e6) / 1e6))].sort((a, b) => a - b), [0, 10]);
  assert.ok(Math.max(...zs(m)) <= 7 + 1e-9);
  // walls to the eaves (60 m² × 3 m) plus a triangular prism (6 m × 4 m / 2 × 10 m)
  near(meshVolume(m), 60 * 3 + 120, 'volume, with every triangle facing outwards');
});

test('an L-shape is drawn as a pyramid roof (the approximation) over its inner corner, eaves and ridge at their heights', () => {
  const { shape } = volumeFaces(L_SHAPE, PITCHED);
  assert.equal(shape, 'pyramid');
  const m = mesh(L_SHAPE);
  const apex = m.positions.filter(([, , z]) => z > 7 - 1e-9);
  assert.ok(apex.length > 0 && apex.every(([x, y]) => x >= 0 && x <= 3 && y >= 0 && y <= 3), 'the apex is where every corner can be seen');
  near(meshVolume(m), area(L_SHAPE) * 3 + (area(L_SHAPE) * 4) / 3, 'walls plus a pyramid of height 4 m');
  const walls = volumeFaces(L_SHAPE, PITCHED).faces.filter((f) => f.tag === 'wall');
  assert.equal(walls.length, 6, 'one wall per side, no inner cuts drawn');
  walls.forEach((w) => assert.ok(Math.max(...w.points.map((p) => p[2])) <= 3 + 1e-9, 'walls stop at the eaves'));
});

test('a pentagon gets a hipped roof of equal slopes meeting in one point at the ridge height', () => {
  assert.equal(roofShape(PENTAGON), 'hipped');
  const m = mesh(PENTAGON);
  const high = m.positions.filter(([, , z]) => z > 7 - 1e-6);
  assert.ok(high.every(([x, y]) => Math.hypot(x, y) < 1e-3), 'the peak is over the centre');
  near(meshVolume(m), area(PENTAGON) * 3 + (area(PENTAGON) * 4) / 3, 'walls plus a pyramid', 1e-3);
  const roofFaces = volumeFaces(PENTAGON, PITCHED).faces.filter((f) => f.tag === 'roof');
  assert.equal(roofFaces.length, 5);
});

test('the roof does not depend on the heading: a turned and shifted footprint gives the same roof, turned', () => {
  for (const [ring, name] of [[RECTANGLE, 'rectangle'], [L_SHAPE, 'L'], [PENTAGON, 'pentagon']]) {
    const turned = turn(ring, 37, [120, -45]);
    assert.equal(roofShape(turned), roofShape(ring), name);
    const a = mesh(ring);
    const b = mesh(turned);
    assert.equal(b.triangles.length, a.triangles.length, name);
    near(meshVolume(b), meshVolume(a), `${name} volume`, 1e-3);
    near(Math.max(...zs(b)), 7, `${name} ridge`);
  }
  const turnedRidge = mesh(turn(RECTANGLE, 90)).positions.filter(([, , z]) => z > 7 - 1e-9);
  assert.ok(turnedRidge.every(([x]) => Math.abs(x + 3) < 1e-6), 'turned a quarter, the ridge runs north-south');
  assert.equal(roofShape([...RECTANGLE].reverse()), 'gable', 'clockwise corners too');
});

test('near-rectangles get a gable; a skewed four-corner footprint a hipped roof; a flat roof is a block to the height', () => {
  assert.equal(roofShape([[0, 0], [10, 0.5], [10, 6], [0, 6]]), 'gable', 'about 3° off');
  assert.equal(roofShape([[0, 0], [10, 0], [13, 6], [3, 6]]), 'hipped', 'a parallelogram');
  const flat = volumeFaces(RECTANGLE, { baseHeight: 1, height: 4, roof: 'flat' });
  assert.equal(flat.shape, 'flat');
  near(meshVolume(triangulate(flat.faces)), 60 * 3, 'flat volume');
  const notStarShaped = [[0, 0], [9, 0], [9, 9], [0, 9], [0, 6], [6, 6], [6, 3], [0, 3]]; // a C: no point sees every corner
  assert.equal(roofShape(notStarShaped), 'block');
  assert.equal(volumeFaces(notStarShaped, PITCHED).faces, null);
});

test('cut at a height limit, the part above follows the roof: for a gable above the eaves a smaller triangular prism', () => {
  const above = mesh(RECTANGLE, PITCHED, { from: 5 }); // halfway up the roof
  near(meshVolume(above), (10 * 3 * 2) / 2, 'ridge triangle of half the width and half the height, 10 m long');
  assert.ok(Math.min(...zs(above)) >= 5 - 1e-9);
  const belowEaves = mesh(RECTANGLE, PITCHED, { from: 2 });
  near(meshVolume(belowEaves), 60 * 1 + 120, 'one metre of wall plus the whole roof');
  const under = mesh(RECTANGLE, PITCHED, { to: 5 });
  near(meshVolume(under) + meshVolume(above), 60 * 3 + 120, 'the parts under and above the limit make the whole');
  assert.equal(volumeFaces(RECTANGLE, PITCHED, { from: 7 }).faces.length, 0, 'nothing above the ridge');
  const hipAbove = mesh(PENTAGON, PITCHED, { from: 5 });
  near(meshVolume(hipAbove), (area(PENTAGON) / 4) * 2 / 3, 'the top of the pyramid: a quarter of the base, 2 m high', 1e-3);
  near(meshVolume(mesh(L_SHAPE, PITCHED, { from: 5 })), (area(L_SHAPE) / 4) * 2 / 3, 'the same for the L', 1e-3);
});

test('on the map: positions in longitude and latitude, and the height handle over the middle of the ridge', () => {
  const lat0 = 52.0121;
  const mx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const corners = RECTANGLE.map(([x, y]) => [6.1357 + x / mx, lat0 + y / 111_320]);
  const volume = { corners, ...PITCHED };
  assert.equal(roofShapeOf(volume), 'gable');
  assert.equal(roofShapeOf({ ...volume, roof: 'flat' }), 'flat');
  const result = volumeMesh(volume);
  assert.equal(result.shape, 'gable');
  near(result.top[0], 6.1357 + 5 / mx, 'handle east-west', 1e-9);
  near(result.top[1], lat0 + 3 / 111_320, 'handle north-south', 1e-9);
  result.positions.forEach(([lon, lat, h]) => {
    assert.ok(lon >= 6.1357 - 1e-9 && lon <= 6.1357 + 10 / mx + 1e-9 && lat >= lat0 - 1e-9 && lat <= lat0 + 6 / 111_320 + 1e-9);
    assert.ok(h >= 0 && h <= 7 + 1e-9);
  });
  assert.ok(result.triangles.every((t) => t.every((i) => i < result.positions.length)));
  const cut = volumeMesh(volume, { from: 5 });
  near(cut.top[1], result.top[1], 'a cut part keeps the handle where the whole roof has it', 1e-9);
  assert.equal(volumeMesh({ corners, ...PITCHED, eavesHeight: null }).shape, 'gable', 'no eaves yet: a block to the ridge');
});

test('the volume is drawn in its own colour outside the height ranges drawn in red', async () => {
  const { rangesOutside } = await import('../src/main/resources/META-INF/resources/app/core/roof-mesh.js');
  assert.deepEqual(rangesOutside([0, 12], [[10, 12]]), [[0, 10]], 'above the height limit');
  assert.deepEqual(rangesOutside([0, 9], [[4, 6]]), [[0, 4], [6, 9]], 'the walls above an eaves limit: the roof stays');
  assert.deepEqual(rangesOutside([0, 12], [[6, 8], [10, 12], [7, 9]]), [[0, 6], [9, 10]]);
  assert.deepEqual(rangesOutside([0, 4], []), [[0, 4]]);
  assert.deepEqual(rangesOutside([0, 4], [[0, 4]]), []);
});
