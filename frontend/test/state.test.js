import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createState, DEFAULT_LAYERS } from '../src/main/resources/META-INF/resources/app/core/state.js';

test('a change is announced once, naming the keys that changed', () => {
  const state = createState();
  const seen = [];
  state.onChange((current, changed) => seen.push(changed));
  state.setLayerVisible('parcels', true);
  state.setLayerVisible('parcels', true); // no change, no event
  state.update({ camera: { ...state.get().camera }, selection: { lon: 6.1, lat: 52 } });
  assert.deepEqual(seen, [['layers'], ['selection']]);
  assert.equal(state.get().layers.parcels, true);
});

test('selecting a place starts its lookup, clearing the selection forgets it', () => {
  const state = createState();
  state.select({ lon: 6.1, lat: 52 });
  assert.deepEqual(state.get().lookup, { status: 'loading' });
  state.select(null);
  assert.deepEqual(state.get().lookup, { status: 'idle' });
});

test('initial values from a shared link win over defaults; unknown layers are refused', () => {
  const state = createState({ layers: { ruleAreas: true }, camera: { height: 300 } });
  assert.deepEqual(state.get().layers, { ...DEFAULT_LAYERS, ruleAreas: true });
  assert.equal(state.get().camera.height, 300);
  assert.throws(() => state.setLayerVisible('sky', true), /Unknown layer sky/);
});

test('a failing listener does not stop the others', (t) => {
  t.mock.method(console, 'error', () => {});
  const state = createState();
  let reached = false;
  state.onChange(() => { throw new Error('broken view'); });
  state.onChange(() => { reached = true; });
  state.setLayerVisible('parcels', true);
  assert.equal(reached, true);
});

test('selecting the same place again keeps its answer instead of waiting for a lookup that never starts', () => {
  const state = createState();
  state.select({ lon: 6.1, lat: 52 });
  state.update({ lookup: { status: 'ok', answer: { inside: true } } });
  state.select({ lon: 6.1, lat: 52 });
  assert.equal(state.get().lookup.status, 'ok');
});
