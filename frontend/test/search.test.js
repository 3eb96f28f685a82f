import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameraForHit, cameraFraming, cameraLookingAt } from '../src/main/resources/META-INF/resources/app/core/camera.js';
import { connectSearch, searchErrorText, searchPromise, selectionForHit } from '../src/main/resources/META-INF/resources/app/core/search-controller.js';
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

const HOUSE = [6.13490, 52.01370, 6.13510, 52.01380]; // about 14 × 11 m

test('a found building is framed from close by, so it fills a good part of the view, not from 350 m up', () => {
  const camera = cameraFraming(HOUSE);
  assert.ok(camera.distance < 80, `a house is seen from ${camera.distance} m`);
  assert.ok(camera.height < 60 && camera.height > 20, `height ${camera.height}`);
  // the line of sight meets the ground at the centre of the extent
  const groundDistance = camera.height / Math.tan((40 * Math.PI) / 180);
  assert.ok(Math.abs((52.01375 - camera.lat) * 111_320 - groundDistance) < 0.01);
  assert.equal(camera.lon, 6.135);
  // the extent's diagonal takes about half of a 40° view
  const angle = 2 * Math.atan((Math.hypot(13.7, 11.1) / 2) / camera.distance) * 180 / Math.PI;
  assert.ok(angle > 15 && angle <= 21, `the house takes ${angle}° of 40°`);
});

test('a larger extent is framed from further away, a tiny one from no closer than 45 m, a huge one from at most 1500 m', () => {
  const big = cameraFraming([6.130, 52.010, 6.136, 52.014]);
  assert.ok(big.distance > cameraFraming(HOUSE).distance * 10);
  assert.equal(cameraFraming([6.135, 52.0137, 6.135, 52.0137]).distance, 45);
  assert.equal(cameraFraming([5.0, 51.0, 7.0, 53.0]).distance, 1500);
});

test('choosing a hit uses its extent when it has one, else a street-level view of the spot', () => {
  const framed = cameraForHit({ type: 'building', lon: 6.135, lat: 52.01375, bbox: HOUSE });
  assert.ok(framed.height < 60);
  assert.equal(framed.distance, undefined, 'only the camera goes into the state');
  const address = cameraForHit({ type: 'address', lon: 6.135, lat: 52.0137, bbox: null });
  assert.equal(address.height, 60);
  assert.ok(cameraForHit({ type: 'parcel', lon: 6.1, lat: 52, bbox: [1, 2, 'x', 4] }).height === 60);
});

test('the box promises addresses only where addresses are loaded', () => {
  const without = searchPromise({ addresses: false, buildings: true, parcels: true });
  assert.doesNotMatch(without.placeholder, /Straat|6981/);
  assert.match(without.placeholder, /BAG-nummer/);
  assert.match(without.nothing, /Adressen kunt u hier nog niet zoeken/);
  const unknown = searchPromise(null);
  assert.equal(unknown.placeholder, without.placeholder);
  const withAddresses = searchPromise({ addresses: true, buildings: true, parcels: true });
  assert.match(withAddresses.placeholder, /Straat 12, 6981 AB 12/);
  assert.doesNotMatch(withAddresses.nothing, /niet geladen/);
});

test('a search the server cannot read is explained in Dutch, never with its English detail', () => {
  const refused = new ApiError('rejected', 'Search for an address (street and number, or postcode and number), a BAG identificatie', 400, 'q');
  const digits = searchErrorText(refused, { addresses: false }, '312938');
  assert.match(digits, /U typte 6 cijfers\. Een BAG-nummer van een gebouw heeft 16 cijfers/);
  assert.doesNotMatch(digits, /Search for/);
  const odd = searchErrorText(refused, { addresses: false }, '!!');
  assert.match(odd, /^Dit kunnen we niet zoeken\. U kunt zoeken op het BAG-nummer/);
  assert.equal(searchErrorText(refused, null, 'x'), 'Typ minstens 2 tekens.');
  assert.match(searchErrorText(new ApiError('server', 'boom', 500), null, 'abc'), /^Zoeken lukt nu niet\./);
  assert.match(searchErrorText(new ApiError('unreachable', 'down'), null, 'abc'), /server nu niet bereiken/);
});

test('nothing found says what the loaded data can find, once the capabilities are known', async () => {
  const search = connectSearch(createState(), { search: async () => [], searchCapabilities: async () => ({ addresses: false }) });
  assert.equal(await search.capabilities().then((c) => c.addresses), false);
  const result = await search.search('Kerkstraat 12');
  assert.equal(result.status, 'nothing');
  assert.match(result.message, /Adressen kunt u hier nog niet zoeken/);
  const failing = connectSearch(createState(), { searchCapabilities: async () => { throw new ApiError('unreachable', 'x'); } });
  assert.equal(await failing.capabilities(), null);
});
