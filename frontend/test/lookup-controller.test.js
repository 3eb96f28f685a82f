import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { connectLookup } from '../src/main/resources/META-INF/resources/app/core/lookup-controller.js';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';

function controllableApi() {
  const pending = [];
  return {
    pending,
    lookup(lon, lat, { signal }) {
      return new Promise((resolve, reject) => {
        pending.push({ lon, resolve, reject });
        signal.addEventListener('abort', () => reject(new ApiError('aborted', 'cancelled')));
      });
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('a click lands its answer in the state', async () => {
  const state = createState();
  const api = controllableApi();
  connectLookup(state, api);
  state.select({ lon: 6.1, lat: 52 });
  assert.equal(state.get().lookup.status, 'loading');
  api.pending[0].resolve({ inside: true });
  await settle();
  assert.deepEqual(state.get().lookup, { status: 'ok', answer: { inside: true } });
});

test('a second click wins over a slow first one', async () => {
  const state = createState();
  const api = controllableApi();
  connectLookup(state, api);
  state.select({ lon: 1, lat: 52 });
  state.select({ lon: 2, lat: 52 });
  api.pending[1].resolve({ which: 2 });
  api.pending[0].resolve({ which: 1 });
  await settle();
  assert.deepEqual(state.get().lookup.answer, { which: 2 });
});

test('an unreachable server becomes an error state, and retry asks again', async () => {
  const state = createState({ selection: { lon: 6.1, lat: 52 } });
  const api = controllableApi();
  const lookup = connectLookup(state, api); // a shared link opens with its selection looked up
  api.pending[0].reject(new ApiError('unreachable', 'Failed to fetch'));
  await settle();
  assert.equal(state.get().lookup.status, 'error');
  assert.equal(state.get().lookup.error.kind, 'unreachable');
  lookup.retry();
  assert.equal(state.get().lookup.status, 'loading');
  api.pending[1].resolve({ inside: false });
  await settle();
  assert.equal(state.get().lookup.status, 'ok');
});
