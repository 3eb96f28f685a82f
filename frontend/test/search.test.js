import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameraLookingAt } from '../src/main/resources/META-INF/resources/app/core/camera.js';
import { connectSearch, selectionForHit } from '../src/main/resources/META-INF/resources/app/core/search-controller.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';

test('the camera stands south of the place so that its line of sight meets the ground there', () => {
  const camera = cameraLookingAt(6.135, 52.0137, { height: 350, pitch: -45 });
  assert.equal(camera.lon, 6.135);
  assert.ok(Math.abs((52.0137 - camera.lat) * 111_320 - 350) < 0.01, 'at 45 degrees the distance equals the height');
  assert.equal(camera.heading, 0);
});

test('choosing a building hit flies there and selects the building, so the panel opens and it is highlighted', () => {
  const state = createState();
  const search = connectSearch(state, { search: async () => [] });
  search.choose({ type: 'building', id: '0221100000312938', label: 'Gebouw', lon: 6.135, lat: 52.0137 });
  assert.deepEqual(state.get().selection, { lon: 6.135, lat: 52.0137, buildingId: '0221100000312938' });
  assert.equal(state.get().lookup.status, 'loading');
  assert.ok(state.get().camera.lat < 52.0137 && state.get().camera.lon === 6.135);
});

test('an address hit selects its place without a building', () => {
  assert.deepEqual(selectionForHit({ type: 'address', id: 'x', lon: 4.9, lat: 52.37 }), { lon: 4.9, lat: 52.37 });
});

test('no hits, hits and failures each come back as their own status', async () => {
  const state = createState();
  assert.equal((await connectSearch(state, { search: async () => [] }).search('Nergensstraat 1')).status, 'nothing');
  const hits = await connectSearch(state, { search: async () => [{ type: 'address' }] }).search('Kerkstraat 1');
  assert.equal(hits.status, 'hits');
  const failed = await connectSearch(state, { search: async () => { throw new ApiError('unreachable', 'down'); } }).search('x y');
  assert.equal(failed.status, 'error');
  assert.equal(failed.error.kind, 'unreachable');
});

test('a newer search cancels the older one', async () => {
  let first;
  const api = {
    search: (q, { signal }) => new Promise((resolve, reject) => {
      if (q === 'first') { first = signal; signal.addEventListener('abort', () => reject(new ApiError('aborted', 'cancelled'))); }
      else resolve([{ type: 'address', label: q }]);
    }),
  };
  const search = connectSearch(createState(), api);
  const older = search.search('first');
  const newer = await search.search('second');
  assert.equal(newer.status, 'hits');
  assert.equal((await older).status, 'cancelled');
  assert.ok(first.aborted);
});
