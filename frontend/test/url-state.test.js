import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHash, parseHash } from '../src/main/resources/META-INF/resources/app/core/url-state.js';

test('a shared view reopens with the same camera, selection and layers', () => {
  const view = {
    camera: { lon: 6.1365123, lat: 52.0075456, height: 812.34, heading: 12.34, pitch: -44.96 },
    selection: { lon: 6.1350682, lat: 52.0137594, buildingId: '0221100000312938' },
    layers: { ground: false, buildings: true, parcels: false, ruleAreas: true },
  };
  const hash = formatHash(view);
  assert.equal(hash,
    '#camera=6.136512,52.007546,812.3,12.3,-45&point=6.1350682,52.0137594&building=0221100000312938&layers=buildings,ruleAreas');
  assert.deepEqual(parseHash(hash), {
    camera: { lon: 6.136512, lat: 52.007546, height: 812.3, heading: 12.3, pitch: -45 },
    selection: view.selection,
    layers: view.layers,
  });
});

test('an empty layers list means every layer hidden, a missing one means defaults', () => {
  assert.deepEqual(parseHash('#layers=').layers, { ground: false, buildings: false, parcels: false, ruleAreas: false });
  assert.equal(parseHash('#camera=6,52,100,0,-30').layers, undefined);
});

test('nonsense in the hash is left out instead of breaking the page', () => {
  assert.deepEqual(parseHash('#camera=6,52,abc,0,0&point=200,52&building=<script>&layers=buildings,bogus'), {
    layers: { ground: false, buildings: true, parcels: false, ruleAreas: false },
  });
  assert.deepEqual(parseHash('#point=6.1,52.0&building=<script>'), { selection: { lon: 6.1, lat: 52 } });
  assert.deepEqual(parseHash('#camera=6,52,-5,0,0'), {});
  assert.deepEqual(parseHash('#camera=6,52,,0,0'), {});
  assert.deepEqual(parseHash(undefined), {});
  assert.deepEqual(parseHash('%%%'), {});
});

test('a view without a selection leaves point and building out of the hash', () => {
  const hash = formatHash({ camera: { lon: 6, lat: 52, height: 500, heading: 0, pitch: -90 }, selection: null,
    layers: { buildings: true } });
  assert.equal(hash, '#camera=6,52,500,0,-90&layers=buildings');
});

test('entity ids lead a pick back to its layer and domain id', async () => {
  const { entityId, parseEntityId } = await import('../src/main/resources/META-INF/resources/app/core/entity-ids.js');
  assert.deepEqual(parseEntityId(entityId('buildings', '0221100000312938')), { layerId: 'buildings', domainId: '0221100000312938' });
  assert.deepEqual(parseEntityId(entityId('ruleAreas', 'A:B', 2)), { layerId: 'ruleAreas', domainId: 'A:B' });
  assert.equal(parseEntityId(undefined), null);
  assert.equal(parseEntityId('no-layer'), null);
});
