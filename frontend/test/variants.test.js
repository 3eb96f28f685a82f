// Issue 12, the viewer side of variants: shaping within the round's bounds, the request body, the indicator table,
// the compare state from and to the URL, the variants model (debounced preview, save, deltas, drafts) and the socket
// handing the round's deltas and drafts to registered features.
import assert from 'node:assert/strict';
import test from 'node:test';
import { formatDecimal } from '../src/main/resources/META-INF/resources/app/core/format-nl.js';
import { checkSummary, indicatorRows } from '../src/main/resources/META-INF/resources/app/core/indicators.js';
import { t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';
import {
  boundHeight, countOf, insidePolygon, moveVariantVolume, nudgeVariantHeight, placeObject, removeObject, removeVariantVolume,
  requestBody, selectVariantVolume, setVariantHeight, setVariantRoof, shrinkVariantVolume, startVariant,
} from '../src/main/resources/META-INF/resources/app/core/variant-draft.js';
import { clampPosition, compareState, fadeOf, formatCompare, parseCompare, stepPosition } from '../src/main/resources/META-INF/resources/app/core/variant-compare.js';
import { connectVariants, orderedVariants } from '../src/main/resources/META-INF/resources/app/core/variants.js';
import { createRoundLive } from '../src/main/resources/META-INF/resources/app/live/round-socket.js';

const ring = (lon, lat, d = 0.0001) => [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];
const volume = (lon, lat, height = 8, roof = { type: 'flat' }) => ({ footprint: { type: 'Polygon', coordinates: [ring(lon, lat)] }, baseHeight: 0, height, roof });
const DESIGN = { activity: 'nieuwbouw-woning', volumes: [volume(6.14, 52.0), volume(6.1402, 52.0, 6)] };
const AREA = { type: 'Polygon', coordinates: [ring(6.139, 51.999, 0.003)] };
const BOUNDS = { minHeight: 3, maxHeight: 9, area: AREA, keepVolumes: [0],
  palette: [{ kind: 'tree', label: 'Boom' }, { kind: 'hedge', label: 'Haag' }, { kind: 'bench', label: 'Bank' }] };

test('a variant starts from the plan design and keeps heights within the round bounds, with the Dutch reason', () => {
  const v = startVariant(DESIGN, BOUNDS);
  assert.equal(v.draft.height, 8);
  const at9 = setVariantHeight(v, 9);
  assert.equal(at9.draft.height, 9, 'at the maximum: allowed');
  assert.equal(at9.notice, null);
  const over = setVariantHeight(v, 9.1);
  assert.equal(over.draft.height, 9, 'just over the maximum: clamped');
  assert.equal(t(over.notice.key, over.notice.values), 'Maximaal 9 m in deze ronde. De hoogte is op 9 m gezet.');
  const under = setVariantHeight(v, 2.9);
  assert.equal(under.draft.height, 3);
  assert.equal(under.notice.key, 'variantHeightMin');
  const decimal = startVariant(DESIGN, { ...BOUNDS, maxHeight: 7.5 });
  assert.equal(t(setVariantHeight(decimal, 8).notice.key, setVariantHeight(decimal, 8).notice.values), 'Maximaal 7,5 m in deze ronde. De hoogte is op 7,5 m gezet.');
  assert.equal(nudgeVariantHeight(v, -0.5).draft.height, 7.5);
  assert.deepEqual(boundHeight({ minHeight: null, maxHeight: null }, 40), { height: 40, notice: null });
  assert.equal(setVariantHeight(v, 'hoog'), v);
});

test('move, shrink, roof and remove reuse the plan-draft tools; a kept volume stays', () => {
  const v = startVariant(DESIGN, BOUNDS);
  const moved = moveVariantVolume(v, 10, 0);
  assert.ok(moved.draft.corners[0][0] > v.draft.corners[0][0]);
  const smaller = shrinkVariantVolume(v, 0.5);
  const width = (c) => c[1][0] - c[0][0];
  assert.ok(Math.abs(width(smaller.draft.corners) - width(v.draft.corners) / 2) < 1e-9);
  assert.equal(shrinkVariantVolume(v, 1), v, 'not smaller: no change');
  assert.equal(setVariantRoof(v, 'pitched').draft.roof, 'pitched');
  const kept = removeVariantVolume(v, 0);
  assert.equal(kept.draft.volumes.length, 2);
  assert.equal(t(kept.notice.key, kept.notice.values), 'Bouwdeel 1 moet blijven in deze ronde.');
  const removed = removeVariantVolume(v, 1);
  assert.equal(requestBody(removed).design.volumes.length, 1);
  assert.equal(removeVariantVolume(removed, 0).notice.key, 'variantKeepVolume');
  const second = setVariantHeight(selectVariantVolume(v, 1), 4);
  assert.deepEqual(requestBody(second).design.volumes.map((x) => x.height), [8, 4]);
});

test('palette objects: only the kinds the round offers, only inside its area; the request body', () => {
  let v = startVariant(DESIGN, BOUNDS);
  v = setVariantHeight(v, 6);
  for (let i = 0; i < 3; i += 1) v = placeObject(v, 'tree', { lon: 6.1405 + i * 0.0001, lat: 52.0005 });
  assert.equal(countOf(v, 'tree'), 3);
  assert.equal(placeObject(v, 'water', { lon: 6.1405, lat: 52.0005 }).notice.key, 'variantUnknownKind');
  const outside = placeObject(v, 'bench', { lon: 6.2, lat: 52.0 });
  assert.equal(outside.objects.length, 3);
  assert.equal(outside.notice.key, 'variantOutsideArea');
  assert.equal(removeObject(v, 1).objects.length, 2);
  const body = requestBody({ ...v, title: '  Lager dak  ' });
  assert.equal(body.title, 'Lager dak');
  assert.equal(body.basedOn, null);
  assert.equal(body.design.activity, 'nieuwbouw-woning');
  assert.equal(body.design.volumes[0].height, 6);
  assert.deepEqual(body.objects[0], { kind: 'tree', position: { lon: 6.1405, lat: 52.0005 }, heading: 0 });
  assert.equal(insidePolygon([6.14, 52.0], AREA), true);
  assert.equal(startVariant(DESIGN, {}).bounds.palette.length, 9, 'no palette from the server: the issue list');
});

const DEFINITIONS = [
  { id: 'built-volume', label: 'Bouwvolume', unit: 'm3', explanation: 'Inhoud van alle bouwdelen.' },
  { id: 'highest-point', label: 'Hoogste punt', unit: 'm', explanation: 'Het hoogste punt.' },
  { id: 'trees', label: 'Bomen', unit: 'count', explanation: 'Aantal bomen.' },
];

test('indicator rows: variant beside the original, the difference, Dutch numbers and the explanations', () => {
  const rows = indicatorRows({
    indicators: [{ id: 'built-volume', value: 1234.56, unit: 'm3' }, { id: 'highest-point', value: 6, unit: 'm' }, { id: 'trees', value: 3, unit: 'count' },
      { id: 'green-area', value: 12.5, unit: 'm2' }],
    original: [{ id: 'built-volume', value: 1600, unit: 'm3' }, { id: 'highest-point', value: 8, unit: 'm' }, { id: 'trees', value: 0, unit: 'count' },
      { id: 'green-area', value: 12.5, unit: 'm2' }],
  }, DEFINITIONS);
  assert.deepEqual(rows.map((r) => r.id), ['built-volume', 'highest-point', 'trees', 'green-area']);
  assert.equal(rows[0].valueText, '1.234,6 m³');
  assert.equal(rows[0].originalText, '1.600 m³');
  assert.equal(rows[0].differenceText, '−365,4 m³');
  assert.equal(rows[0].trend, 'down');
  assert.equal(rows[0].explanation, 'Inhoud van alle bouwdelen.');
  assert.equal(rows[1].differenceText, '−2 m');
  assert.equal(rows[2].valueText, '3');
  assert.equal(rows[2].differenceText, '+3');
  assert.equal(rows[3].differenceText, '0');
  assert.equal(rows[3].label, 'green-area');
  assert.equal(formatDecimal(0.05), '0,1');
  assert.equal(formatDecimal(null), '');
  assert.equal(checkSummary({ compliant: true, failed: 0, attention: 0 }).key, 'variantCheckPass');
  assert.equal(t(checkSummary({ compliant: false, failed: 2 }).key, checkSummary({ compliant: false, failed: 2 }).values), 'Getoetst aan de regels: 2 punt(en) passen niet.');
  assert.equal(checkSummary(null).compliant, null);
});

test('compare state: slider clamped 0–1, to and from the URL; a shared out-of-range value is clamped, not an error', () => {
  assert.equal(clampPosition(1), 1);
  assert.equal(clampPosition(1.01), 1);
  assert.equal(clampPosition(-0.2), 0);
  assert.equal(clampPosition('x'), 0.5);
  const state = compareState({ variantId: 12, mode: 'slider', position: 0.35 });
  const hash = `#${formatCompare(state).toString().replaceAll('%2C', ',')}`;
  assert.equal(hash, '#variant=12&compare=slider,0.35');
  assert.deepEqual(parseCompare(hash), state);
  assert.equal(parseCompare('#variant=12&compare=slider,1.7').position, 1);
  assert.equal(parseCompare('#variant=12&compare=slider,-3').position, 0);
  assert.equal(parseCompare('#variant=12&compare=zoom').mode, 'side');
  assert.equal(parseCompare('#variant=abc'), null);
  assert.equal(parseCompare('#camera=1,2,3,4,5'), null);
  assert.equal(stepPosition(compareState({ mode: 'slider', position: 0.98 }), 0.05).position, 1);
  assert.deepEqual(fadeOf(compareState({ mode: 'slider', position: 1 })), { original: 0, variant: 0.9 });
  assert.deepEqual(fadeOf(compareState({ mode: 'side' })), { original: 0.35, variant: 0.9 });
});

function manualTimers() {
  const pending = new Map();
  let next = 1;
  return {
    setTimeout: (fn, ms) => { const id = next++; pending.set(id, { fn, ms }); return id; },
    clearTimeout: (id) => pending.delete(id),
    fire() { const all = [...pending.values()]; pending.clear(); all.forEach(({ fn }) => fn()); },
    get count() { return pending.size; },
  };
}
const flush = () => new Promise((resolve) => setImmediate(resolve));

function fakeApi() {
  const calls = [];
  return {
    calls,
    variantBounds: async (id) => { calls.push(['bounds', id]); return BOUNDS; },
    indicatorDefinitions: async () => DEFINITIONS,
    roundVariants: async () => [{ id: 1, title: 'Oud', createdAt: '2026-12-03T10:00:00Z', author: { label: 'Deelnemer', mine: false } }],
    publicPlan: async () => ({ activity: DESIGN.activity, volumes: DESIGN.volumes }),
    previewVariant: async (id, body) => { calls.push(['preview', body]); return { indicators: [{ id: 'trees', value: body.objects.length }], original: [{ id: 'trees', value: 0 }], check: { compliant: true, failed: 0, attention: 0 } }; },
    saveVariant: async (id, body) => { calls.push(['save', body]); return { id: 5, roundId: id, version: 1, basedOn: null, createdAt: '2026-12-03T11:00:00Z', author: { label: 'Deelnemer', mine: true }, ...body }; },
  };
}

test('the variants model: preview debounced while shaping, save joins the list, deltas and drafts from the socket', async () => {
  const api = fakeApi();
  const timers = manualTimers();
  let clock = 0;
  const model = connectVariants(api, { timers, now: () => clock });
  await model.open(7, { planId: 3 });
  assert.equal(model.get().status, 'ok');
  assert.equal(model.get().variants.length, 1);
  model.startEditing();
  model.change(setVariantHeight, 6);
  model.change(placeObject, 'tree', { lon: 6.1405, lat: 52.0005 });
  model.change(placeObject, 'tree', { lon: 6.1406, lat: 52.0005 });
  assert.equal(timers.count, 1, 'one preview waiting, however many changes');
  assert.equal(api.calls.filter((c) => c[0] === 'preview').length, 0);
  timers.fire();
  await flush();
  const previews = api.calls.filter((c) => c[0] === 'preview');
  assert.equal(previews.length, 1);
  assert.equal(previews[0][1].objects.length, 2);
  assert.equal(model.get().editor.preview.result.indicators[0].value, 2);
  const saved = await model.save();
  assert.equal(saved.id, 5);
  assert.equal(model.get().editor, null);
  assert.equal(model.get().variants[0].id, 5);
  assert.equal(model.get().variants[0].author.mine, true);
  assert.equal(model.get().compare.variantId, '5');
  // The same variant as a delta changes nothing; another one's joins; other rounds and types are ignored.
  model.onDelta(7, { seq: 9, type: 'variant', data: { id: 5, createdAt: '2026-12-03T11:00:00Z', author: { label: 'Deelnemer', mine: false } } });
  assert.equal(model.get().variants.length, 2);
  assert.equal(model.get().variants[0].author.mine, true);
  model.onDraft(7, { type: 'variant-draft', data: { draftKey: 'k1', author: { label: 'Deelnemer' }, objects: [] } });
  model.onDraft(8, { type: 'variant-draft', data: { draftKey: 'k2' } });
  model.onDraft(7, { type: 'variant-draft', data: { draftKey: 'k1', author: { label: 'Deelnemer' }, objects: [{ kind: 'tree' }] } });
  assert.equal(model.get().drafts.length, 1);
  model.onDelta(7, { seq: 10, type: 'variant', data: { id: 6, basedOn: 1, draftKey: 'k1', createdAt: '2026-12-03T12:00:00Z' } });
  assert.equal(model.get().drafts.length, 0, 'saved: no longer being shaped');
  assert.equal(model.get().variants.find((v) => v.id === 1).latest, false, 'a newer version exists');
  model.onDraft(7, { type: 'variant-draft', data: { draftKey: 'k3' } });
  clock = 61_000;
  model.expireDrafts();
  assert.equal(model.get().drafts.length, 0, 'quiet for a minute: gone');
  model.onDelta(7, { seq: 11, type: 'reaction', data: { id: 99 } });
  assert.equal(model.get().variants.length, 3);
});

test('a refused save keeps the variant and shows the bound the server names', async () => {
  const api = fakeApi();
  api.saveVariant = async () => { const e = new Error('x'); e.status = 400; e.parameter = 'volumes[0].height'; e.problem = { detail: 'Maximaal 9 m in deze ronde' }; throw e; };
  const model = connectVariants(api, { timers: manualTimers() });
  await model.open(7, { planId: 3 });
  model.startEditing();
  assert.equal(await model.save(), null);
  assert.equal(model.get().editor.saving, false);
  assert.deepEqual(model.get().editor.preview.error, { key: 'variantFailed', text: 'Maximaal 9 m in deze ronde', field: 'volumes[0].height' });
});

test('orderedVariants: newest first, older versions of a chain not latest', () => {
  const list = orderedVariants([{ id: 1, createdAt: 'a' }, { id: 2, basedOn: 1, createdAt: 'b' }]);
  assert.deepEqual(list.map((v) => [v.id, v.latest]), [[2, true], [1, false]]);
});

test('the socket hands every delta and every drafts message to the registered features', async () => {
  const made = [];
  class FakeClient {
    constructor(config) { Object.assign(this, config); this.subscriptions = []; made.push(this); }
    activate() {}
    deactivate() {}
    subscribe(destination, callback) { this.subscriptions.push({ destination, callback }); }
  }
  const live = createRoundLive({ Client: FakeClient, url: 'ws://x/ws' });
  const heard = [];
  const unregister = live.register({ onDelta: (id, d) => heard.push(['delta', id, d.type]), onDraft: (id, m) => heard.push(['draft', id, m.type]) });
  live.register({ onDelta: () => { throw new Error('broken feature'); } });
  live(7, { onDelta: (d) => heard.push(['round', d.seq]) });
  made[0].onConnect();
  const on = (dest) => made[0].subscriptions.find((s) => s.destination === dest).callback;
  on('/topic/rounds.7')({ body: '{"seq":4,"type":"variant","data":{"id":5}}' });
  on('/topic/rounds.7.drafts')({ body: '{"type":"variant-draft","data":{"draftKey":"k"}}' });
  on('/topic/rounds.7.drafts')({ body: 'nonsense' });
  assert.deepEqual(heard, [['round', 4], ['delta', 7, 'variant'], ['draft', 7, 'variant-draft']]);
  unregister();
  on('/topic/rounds.7')({ body: '{"seq":5,"type":"variant","data":{"id":6}}' });
  assert.equal(heard.length, 4);
});

test('palette symbols: a tree is a trunk and a crown; a green roof lies on the volume under it', async () => {
  const { symbolParts, roofHeightAt } = await import('../src/main/resources/META-INF/resources/app/core/variant-symbols.js');
  const { sceneOf } = await import('../src/main/resources/META-INF/resources/app/core/variants.js');
  const v = startVariant(DESIGN, BOUNDS);
  const volumes = v.draft.volumes;
  const tree = symbolParts({ kind: 'tree', position: { lon: 6.1405, lat: 52.0005 } }, volumes);
  assert.deepEqual(tree.map((p) => p.shape), ['cylinder', 'crown']);
  assert.equal(tree[0].bottom, 0);
  const onRoof = symbolParts({ kind: 'green-roof', position: { lon: 6.14005, lat: 52.00005 } }, volumes);
  assert.equal(onRoof[0].bottom, 8);
  assert.equal(roofHeightAt({ lon: 6.3, lat: 52 }, volumes), 0);
  assert.equal(symbolParts({ kind: 'unknown' }).length, 1);
  const scene = sceneOf({ design: DESIGN, editor: { variant: placeObject(v, 'tree', { lon: 6.1405, lat: 52.0005 }) }, compare: {}, variants: [] });
  assert.equal(scene.variant.objects.length, 1);
  assert.equal(scene.original.volumes.length, 2);
  assert.equal(sceneOf({ design: DESIGN, editor: null, compare: { variantId: null }, variants: [] }), null);
});

test('symbols take the palette footprint from the server; counted units are whole numbers; my own draft echo is not shown', async () => {
  const { symbolParts } = await import('../src/main/resources/META-INF/resources/app/core/variant-symbols.js');
  const tree = symbolParts({ kind: 'tree', position: { lon: 0, lat: 0 } }, [], { width: 4, depth: 4, height: 6 });
  assert.deepEqual(tree[1].radii, [2, 2, 2]);
  assert.equal(tree[1].base, 2);
  assert.deepEqual(symbolParts({ kind: 'hedge' }, [], { width: 4, depth: 1, height: 1.5 })[0].size, [4, 1, 1.5]);
  assert.deepEqual(symbolParts({ kind: 'playground' }, [], { width: 8, depth: 8, height: 3 })[0].size, [8, 8, 0.1]);
  assert.equal(indicatorRows({ indicators: [{ id: 'trees', value: 3, unit: 'stuks' }], original: [{ id: 'trees', value: 0, unit: 'stuks' }] }, [])[0].valueText, '3 stuks');
  const model = connectVariants(fakeApi(), { timers: manualTimers() });
  await model.open(7, { planId: 3 });
  model.startEditing();
  const key = model.get().editor.variant.draftKey;
  assert.equal(requestBody(model.get().editor.variant).draftKey, key);
  model.onDraft(7, { type: 'variant-draft', data: { draftKey: key, author: 'Deelnemer' } });
  assert.equal(model.get().drafts.length, 0);
  model.onDraft(7, { type: 'variant-draft', data: { draftKey: 'other', author: 'Deelnemer', objects: [{}, {}] } });
  model.onDelta(7, { seq: 3, type: 'variant', data: { id: 8, author: { label: 'Deelnemer', mine: false }, objects: [{}, {}] } });
  assert.equal(model.get().drafts.length, 0, 'the author saved what they were shaping');
});

test('a preview refused for asking too often (429) is asked again after Retry-After, with the newest shape', async () => {
  const api = fakeApi();
  let refuse = true;
  const original = api.previewVariant;
  api.previewVariant = async (id, body) => {
    if (refuse) { refuse = false; const e = new Error('too many'); e.status = 429; e.problem = { retryAfter: 1 }; throw e; }
    return original(id, body);
  };
  const timers = manualTimers();
  const model = connectVariants(api, { timers, now: () => 0 });
  await model.open(7, { planId: 3 });
  model.startEditing();
  model.change(placeObject, 'tree', { lon: 6.1405, lat: 52.0005 });
  timers.fire();
  await flush();
  assert.notEqual(model.get().editor.preview.status, 'error', 'not shown as an error');
  assert.equal(timers.count, 1, 'asked again later');
  model.change(placeObject, 'tree', { lon: 6.1406, lat: 52.0005 });
  timers.fire();
  await flush();
  assert.equal(model.get().editor.preview.status, 'ok');
  assert.equal(model.get().editor.preview.result.indicators[0].value, 2);
});
