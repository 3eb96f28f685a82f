import { test } from 'node:test';
import assert from 'node:assert/strict';
import { polygonsOf } from '../src/main/resources/META-INF/resources/app/core/geojson.js';
import { planLoad, debounce, expandBbox } from '../src/main/resources/META-INF/resources/app/core/viewport.js';
import { buildingStyle, ruleAreaColour } from '../src/main/resources/META-INF/resources/app/core/palette.js';

test('polygons become flat rings without the closing point, holes kept', () => {
  const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
  const hole = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]];
  assert.deepEqual(polygonsOf({ type: 'Polygon', coordinates: [square, hole] }), [
    { outer: [0, 0, 1, 0, 1, 1, 0, 1], holes: [[0.2, 0.2, 0.4, 0.2, 0.4, 0.4]] }]);
  assert.equal(polygonsOf({ type: 'MultiPolygon', coordinates: [[square], [square]] }).length, 2);
});

test('degenerate or non-polygon geometries give nothing to draw', () => {
  assert.deepEqual(polygonsOf({ type: 'Point', coordinates: [6, 52] }), []);
  assert.deepEqual(polygonsOf({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }), []);
  assert.deepEqual(polygonsOf(null), []);
});

test('a layer loads a grown box, keeps what covers the view, and waits when zoomed out', () => {
  const view = [6.13, 52.01, 6.14, 52.02];
  const first = planLoad(view, null, 0.05);
  assert.equal(first.action, 'load');
  assert.deepEqual(first.bbox.map((n) => +n.toFixed(4)), [6.1275, 52.0075, 6.1425, 52.0225]);
  assert.deepEqual(planLoad([6.131, 52.011, 6.139, 52.019], first.bbox, 0.05), { action: 'keep' });
  assert.equal(planLoad([6.2, 52.01, 6.21, 52.02], first.bbox, 0.05).action, 'load');
  assert.deepEqual(planLoad([5, 51, 7, 53], first.bbox, 0.05), { action: 'too-far' });
  assert.deepEqual(planLoad(undefined, null, 0.05), { action: 'too-far' });
  assert.deepEqual(expandBbox([0, 0, 4, 2], 0.5), [-2, -1, 6, 3]);
});

test('a view covered by the load under way waits for it instead of fetching the same box again', () => {
  const view = [6.13, 52.01, 6.14, 52.02];
  const first = planLoad(view, null, 0.05);
  // The same view again (a second moveEnd or a resize while the first load runs): no second request.
  assert.deepEqual(planLoad(view, null, 0.05, first.bbox), { action: 'wait' });
  assert.deepEqual(planLoad([6.131, 52.011, 6.139, 52.019], null, 0.05, first.bbox), { action: 'wait' });
  // Done loading: what is loaded counts first.
  assert.deepEqual(planLoad(view, first.bbox, 0.05, first.bbox), { action: 'keep' });
  // Panned beyond the load under way: load the new view (the layer aborts the old request).
  assert.equal(planLoad([6.2, 52.01, 6.21, 52.02], null, 0.05, first.bbox).action, 'load');
  // Zoomed out while loading: too far, whatever is under way.
  assert.deepEqual(planLoad([5, 51, 7, 53], null, 0.05, first.bbox), { action: 'too-far' });
});

test('debounce calls once after the camera stops, with the latest arguments', () => {
  let now = 0;
  const timers = new Map();
  let nextId = 1;
  const fakeTimers = {
    setTimeout: (fn, wait) => { const id = nextId++; timers.set(id, { fn, at: now + wait }); return id; },
    clearTimeout: (id) => timers.delete(id),
  };
  const tick = (ms) => {
    now += ms;
    for (const [id, timer] of [...timers]) if (timer.at <= now) { timers.delete(id); timer.fn(); }
  };
  const calls = [];
  const load = debounce((value) => calls.push(value), 300, fakeTimers);
  load(1); tick(100); load(2); tick(299);
  assert.deepEqual(calls, []);
  tick(1);
  assert.deepEqual(calls, [2]);
  load(3); load.cancel(); tick(1000);
  assert.deepEqual(calls, [2]);
});

test('estimated heights are styled apart from measured ones; unknown heights stay low', () => {
  assert.deepEqual(buildingStyle({ height: 10, heightSource: 'estimated' }), { style: 'estimated', height: 10 });
  assert.deepEqual(buildingStyle({ height: 21.5, heightSource: 'measured' }), { style: 'measured', height: 21.5 });
  assert.deepEqual(buildingStyle({ height: null, heightSource: 'unknown' }), { style: 'unknown', height: 3 });
  assert.deepEqual(buildingStyle({ h: 8.5, s: 'estimated' }), { style: 'estimated', height: 8.5 }, 'compact viewport properties');
  assert.deepEqual(buildingStyle({ h: 7.97, s: 'measured' }), { style: 'measured', height: 7.97 });
  assert.equal(ruleAreaColour('centrum'), '#ffc8be', 'the SVBP2012 colour of centrum');
  assert.equal(ruleAreaColour('wonen'), '#ffff00');
  assert.equal(ruleAreaColour('iets-nieuws'), '#777777');
});

test('a tilted view loads only the part near the point looked at', async () => {
  const { focusBbox } = await import('../src/main/resources/META-INF/resources/app/core/viewport.js');
  const horizonWide = [5.9, 51.9, 6.4, 52.6];
  const cut = focusBbox(horizonWide, { lon: 6.1365, lat: 52.0135 }, 1000);
  assert.deepEqual(cut.map((n) => +n.toFixed(4)), [6.1219, 52.0045, 6.1511, 52.0225]);
  assert.deepEqual(focusBbox([6.13, 52.01, 6.14, 52.02], { lon: 6.1365, lat: 52.0135 }, 100_000), [6.13, 52.01, 6.14, 52.02]);
  assert.deepEqual(focusBbox(undefined, { lon: 0, lat: 0 }, 111_320).map((n) => +n.toFixed(6)), [-1, -1, 1, 1]);
});
