// Issue 12, "Zet neer naast het plan": a free spot for a palette object beside the design — inside the round's area,
// off the existing buildings and the volumes, at least 1 m from other objects — and a calm notice when none is free.
import assert from 'node:assert/strict';
import test from 'node:test';
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from '../src/main/resources/META-INF/resources/app/core/local-metres.js';
import { boxAround, freeSpot, outerRings } from '../src/main/resources/META-INF/resources/app/core/placement.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';
import { placeBesidePlan, placeObject, startVariant } from '../src/main/resources/META-INF/resources/app/core/variant-draft.js';
import { connectVariants } from '../src/main/resources/META-INF/resources/app/core/variants.js';

const LON0 = 6.1390;
const LAT0 = 52.0260;
const mLon = metresPerDegreeLon(LAT0);
/** [lon, lat] of a point x m east, y m north of the origin. */
const at = (x, y) => [LON0 + x / mLon, LAT0 + y / METRES_PER_DEGREE_LAT];
const metres = ({ lon, lat }) => [(lon - LON0) * mLon, (lat - LAT0) * METRES_PER_DEGREE_LAT];
/** A closed rectangle ring from (x0, y0) to (x1, y1) metres. */
const rect = (x0, y0, x1, y1) => [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];

// A 3 × 4 m extension at the origin, the house 3 m east of it (where the old placement put the objects), a shed north.
const DESIGN = { activity: 'aanbouw', volumes: [{ footprint: { type: 'Polygon', coordinates: [rect(0, 0, 3, 4)] }, baseHeight: 0, height: 4, roof: { type: 'flat' } }] };
const HOUSE = rect(3.5, -6, 15, 10);
const SHED = rect(-4, 6, 2, 9);
const PALETTE = [{ kind: 'tree', width: 4, depth: 4, onRoof: false }, { kind: 'bench', width: 2, depth: 0.6, onRoof: false },
  { kind: 'solar-panels', width: 3.4, depth: 2, onRoof: true }];

/** The object's rectangle in metres [x0, y0, x1, y1] (heading 0). */
const box = (o, item) => {
  const [x, y] = metres(o.position);
  return [x - item.width / 2, y - item.depth / 2, x + item.width / 2, y + item.depth / 2];
};
const gap = (a, b) => Math.hypot(Math.max(0, b[0] - a[2], a[0] - b[2]), Math.max(0, b[1] - a[3], a[1] - b[3]));
const overlapM2 = (a, b) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
const HOUSE_BOX = [3.5, -6, 15, 10];
const SHED_BOX = [-4, 6, 2, 9];
const DESIGN_BOX = [0, 0, 3, 4];

test('three trees beside the plan get three distinct spots off the buildings and the design, at least 1 m apart', () => {
  let v = startVariant(DESIGN, { palette: PALETTE });
  for (let i = 0; i < 3; i++) v = placeBesidePlan(v, 'tree', [HOUSE, SHED]);
  assert.equal(v.notice, null);
  assert.equal(v.objects.length, 3);
  const boxes = v.objects.map((o) => box(o, PALETTE[0]));
  for (const b of boxes) {
    assert.equal(overlapM2(b, HOUSE_BOX), 0, `tree ${b} off the house`);
    assert.equal(overlapM2(b, SHED_BOX), 0, `tree ${b} off the shed`);
    assert.equal(overlapM2(b, DESIGN_BOX), 0, `tree ${b} off the extension`);
    assert.ok(gap(b, DESIGN_BOX) < 3, `tree ${b} near the plan`);
  }
  for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) assert.ok(gap(boxes[i], boxes[j]) >= 1 - 1e-6, `trees ${i} and ${j} 1 m apart`);
});

test('the spot stays inside the round area; with no room left the notice is calm Dutch', () => {
  // A 10 × 12 m area around the extension, the house filling its east part: room west of the plan only.
  const area = { type: 'Polygon', coordinates: [rect(-7, -4, 3.5, 8)] };
  let v = startVariant(DESIGN, { palette: PALETTE, area });
  v = placeBesidePlan(v, 'tree', [HOUSE]);
  const [x0, y0, x1, y1] = box(v.objects[0], PALETTE[0]);
  assert.ok(x0 >= -7.01 && y0 >= -4.01 && x1 <= 3.51 && y1 <= 8.01, `tree [${x0}, ${y0}, ${x1}, ${y1}] inside the area`);
  // Keep placing: the area holds only a few trees, then the notice and nothing more placed.
  for (let i = 0; i < 10; i++) v = placeBesidePlan(v, 'tree', [HOUSE]);
  assert.ok(v.objects.length >= 2 && v.objects.length < 8, `${v.objects.length} trees fit`);
  assert.equal(v.notice.key, 'variantNoFreeSpot');
  assert.match(t(v.notice.key, v.notice.values), /^Er is naast het plan geen vrije plek meer/);
  // A small bench still fits where a tree does not: the size of each kind counts.
  const bench = placeBesidePlan(v, 'bench', [HOUSE]);
  assert.equal(bench.objects.length, v.objects.length + 1);
  assert.equal(bench.notice, null);
});

test('solar panels look for a spot on the roof of a volume; a kind outside the palette is refused', () => {
  const big = { activity: 'aanbouw', volumes: [{ footprint: { type: 'Polygon', coordinates: [rect(0, 0, 8, 6)] }, baseHeight: 0, height: 4, roof: { type: 'flat' } }] };
  let v = startVariant(big, { palette: PALETTE });
  v = placeBesidePlan(placeBesidePlan(v, 'solar-panels', [HOUSE]), 'solar-panels', [HOUSE]);
  assert.equal(v.objects.length, 2);
  const panel = PALETTE[2];
  const [a, b] = v.objects.map((o) => box(o, panel));
  for (const [x0, y0, x1, y1] of [a, b]) assert.ok(x0 >= -0.01 && y0 >= -0.01 && x1 <= 8.01 && y1 <= 6.01, `on the roof: ${[x0, y0, x1, y1]}`);
  assert.ok(gap(a, b) >= 1 - 1e-6);
  assert.equal(placeBesidePlan(v, 'fountain', []).notice.key, 'variantUnknownKind');
});

test('freeSpot without a design finds nothing; helpers read the viewport buildings and box the design', () => {
  assert.equal(freeSpot({ size: { width: 1, depth: 1 }, design: [] }), null);
  const rings = outerRings({ features: [{ geometry: { type: 'Polygon', coordinates: [HOUSE] } },
    { geometry: { type: 'MultiPolygon', coordinates: [[SHED], [HOUSE]] } }, { geometry: { type: 'Point', coordinates: at(0, 0) } }] });
  assert.equal(rings.length, 3);
  const [minLon, minLat, maxLon, maxLat] = boxAround([rect(0, 0, 3, 4)], 60);
  assert.ok(Math.abs((LON0 - minLon) * mLon - 60) < 0.01 && Math.abs((maxLat - LAT0) * METRES_PER_DEGREE_LAT - 64) < 0.01);
  assert.ok(maxLon > minLon && maxLat > minLat);
});

test('the variants model asks the buildings around the design once and places beside the plan; without them it says so', async () => {
  const asked = [];
  const api = {
    variantBounds: async () => ({ palette: PALETTE, design: DESIGN }),
    indicatorDefinitions: async () => [],
    roundVariants: async () => [],
    previewVariant: async () => ({}),
    viewportBuildings: async (bbox) => { asked.push(bbox); return { type: 'FeatureCollection', features: [{ geometry: { type: 'Polygon', coordinates: [HOUSE] } }] }; },
  };
  const timers = { setTimeout: () => 1, clearTimeout: () => {} };
  const model = connectVariants(api, { timers });
  await model.open(7);
  model.startEditing();
  await Promise.all([model.placeBeside('tree'), model.placeBeside('tree'), model.placeBeside('tree')]);
  const { objects } = model.get().editor.variant;
  assert.equal(objects.length, 3);
  assert.equal(new Set(objects.map((o) => `${o.position.lon},${o.position.lat}`)).size, 3);
  for (const o of objects) assert.equal(overlapM2(box(o, PALETTE[0]), HOUSE_BOX), 0);
  assert.equal(asked.length, 1, 'the buildings are asked once');

  const failing = connectVariants({ ...api, viewportBuildings: async () => { throw new Error('down'); } }, { timers });
  await failing.open(8);
  failing.startEditing();
  await failing.placeBeside('tree');
  assert.equal(failing.get().editor.variant.objects.length, 0);
  assert.equal(failing.get().editor.variant.notice.key, 'variantBuildingsUnknown');
});

test("without the planner's area the plan's parcels (the server's objectArea) bound the spot and a click; holes stay free", () => {
  // The parcel: a 20 × 14 m block with the house in it; a hole (someone else's shed plot) west of the extension.
  const objectArea = { type: 'MultiPolygon', coordinates: [[rect(-8, -14, 12, 8), rect(-8, -6, -1, 8).reverse()], [rect(40, 40, 50, 50)]] };
  let v = startVariant(DESIGN, { palette: PALETTE, area: null, objectArea });
  assert.equal(v.bounds.objectArea, objectArea);
  for (let i = 0; i < 2; i++) v = placeBesidePlan(v, 'tree', [HOUSE]);
  assert.equal(v.objects.length, 2, JSON.stringify(v.notice));
  for (const o of v.objects) {
    const [x0, y0, x1, y1] = box(o, PALETTE[0]);
    assert.ok(x0 >= -8.01 && y0 >= -14.01 && x1 <= 12.01 && y1 <= 8.01 && !(x0 < -1 && y1 > -6), `tree [${[x0, y0, x1, y1]}] on the parcel, out of the hole`);
    assert.equal(overlapM2([x0, y0, x1, y1], HOUSE_BOX), 0);
  }
  // A click in the hole or off the parcel is refused with the reason; on the parcel it is placed.
  assert.equal(placeObject(v, 'bench', { lon: at(-4, 0)[0], lat: at(-4, 0)[1] }).notice.key, 'variantOutsideArea');
  assert.equal(placeObject(v, 'bench', { lon: at(30, 0)[0], lat: at(30, 0)[1] }).notice.key, 'variantOutsideArea');
  assert.equal(placeObject(v, 'bench', { lon: at(1, 6)[0], lat: at(1, 6)[1] }).objects.length, 3);
  // Solar panels on a roof are not held to the ground's area.
  assert.equal(placeObject(v, 'solar-panels', { lon: at(1.5, 2)[0], lat: at(1.5, 2)[1] }).objects.length, 3);
});
