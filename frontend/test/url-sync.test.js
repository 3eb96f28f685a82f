import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { connectUrl } from '../src/main/resources/META-INF/resources/app/core/url-sync.js';

function fakeWindow(hash = '') {
  const listeners = {};
  const pending = new Map();
  let id = 0;
  const win = {
    location: { hash },
    written: [],
    history: { replaceState: (data, title, url) => { win.written.push(url); win.location.hash = url; } },
    addEventListener: (type, fn) => { listeners[type] = fn; },
    removeEventListener: (type) => { delete listeners[type]; },
    setTimeout: (fn) => { pending.set(++id, fn); return id; },
    clearTimeout: (timer) => pending.delete(timer),
    flush: () => { for (const [timer, fn] of [...pending]) { pending.delete(timer); fn(); } },
    userTypes: (newHash) => { win.location.hash = newHash; listeners.hashchange?.(); },
  };
  return win;
}

test('moving the camera and toggling layers rewrite the hash once things settle, without history entries', () => {
  const state = createState();
  const win = fakeWindow();
  connectUrl(state, win);
  state.update({ camera: { lon: 6.13, lat: 52.01, height: 400, heading: 0, pitch: -40 } });
  state.setLayerVisible('parcels', true);
  assert.deepEqual(win.written, []);
  win.flush();
  assert.deepEqual(win.written, ['#camera=6.13,52.01,400,0,-40&layers=ground,buildings,parcels']);
});

test('a pasted link moves the camera, shows its layers and looks up its point', () => {
  const state = createState();
  const win = fakeWindow();
  connectUrl(state, win);
  win.userTypes('#camera=6.2,52.1,300,90,-30&point=6.135,52.0137&building=0221100000312938&layers=ruleAreas');
  const now = state.get();
  assert.deepEqual(now.camera, { lon: 6.2, lat: 52.1, height: 300, heading: 90, pitch: -30 });
  assert.deepEqual(now.layers, { ground: false, buildings: false, parcels: false, ruleAreas: true });
  assert.deepEqual(now.selection, { lon: 6.135, lat: 52.0137, buildingId: '0221100000312938' });
  assert.equal(now.lookup.status, 'loading');
});
