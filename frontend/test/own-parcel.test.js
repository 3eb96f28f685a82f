import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectOwnParcel, containsPoint, fromLookup, fromSite, nextOwnParcel, ownParcelLabel, parcelLinesWhileDrawing, parcelsForCheck }
  from '../src/main/resources/META-INF/resources/app/core/own-parcel.js';
import { emptyDraft, exampleAround, restart } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

// A square parcel of about 70 m × 110 m around (6.1305, 52.0105), and its neighbour to the west.
const square = (west, east) => ({ type: 'Polygon', coordinates: [[[west, 52.01], [east, 52.01], [east, 52.011], [west, 52.011], [west, 52.01]]] });
const own = square(6.13, 6.131);
const neighbour = square(6.129, 6.13);
const lookup = { status: 'ok', answer: { parcel: { id: 3597, kadastraleAanduiding: 'DSB00 C 3597', geometry: own } } };
const site = (chosenBy, id, name, geometry) => ({ chosenBy, parcels: [{ id, kadastraleAanduiding: name, geometry }] });
const answer = (s) => ({ status: 'ok', result: { verdicts: [], site: s } });

test('a point is inside a (multi)polygon but not in its hole', () => {
  assert.equal(containsPoint(own, [6.1305, 52.0105]), true);
  assert.equal(containsPoint(own, [6.1295, 52.0105]), false);
  const withHole = { type: 'MultiPolygon', coordinates: [[own.coordinates[0],
    [[6.1304, 52.0104], [6.1306, 52.0104], [6.1306, 52.0106], [6.1304, 52.0106], [6.1304, 52.0104]]]] };
  assert.equal(containsPoint(withHole, [6.1305, 52.0105]), false);
  assert.equal(containsPoint(withHole, [6.1301, 52.0101]), true);
  assert.equal(containsPoint(null, [6.13, 52.01]), false);
});

test('the parcel clicked is sent as chosen only once the first footprint starts on it', () => {
  const clicked = fromLookup(lookup);
  assert.deepEqual(clicked.ids, [3597]);
  assert.equal(clicked.pinned, false);
  assert.deepEqual(parcelsForCheck(clicked, emptyDraft()), [], 'no footprint yet');
  assert.deepEqual(parcelsForCheck(clicked, exampleAround(emptyDraft(), [6.1305, 52.0105])), [3597]);
  assert.deepEqual(parcelsForCheck(clicked, exampleAround(emptyDraft(), [6.1295, 52.0105])), [], 'drawn elsewhere: largest overlap');
  assert.deepEqual(parcelsForCheck(null, exampleAround(emptyDraft(), [6.1305, 52.0105])), []);
  assert.equal(fromLookup({ status: 'ok', answer: { parcel: null } }), null);
});

test('the check\'s site is pinned, so moving onto the neighbour keeps "uw perceel"', () => {
  const pinned = fromSite(site('largest-overlap', 3597, 'DSB00 C 3597', own), null);
  assert.equal(pinned.pinned, true);
  assert.equal(pinned.how, 'largest-overlap');
  assert.deepEqual(parcelsForCheck(pinned, exampleAround(emptyDraft(), [6.1295, 52.0105])), [3597]);
  assert.equal(fromSite({ chosenBy: 'largest-overlap', parcels: [] }, pinned), pinned, 'no parcel in the answer: as it was');
  const plan = { ids: [3597], names: ['DSB00 C 3597'], geometries: [], how: 'plan', pinned: true };
  assert.equal(fromSite(site('chosen', 3597, 'DSB00 C 3597', own), plan).how, 'plan');
});

test('the own parcel follows the drawing: clicked at the start, pinned by the answer, let go when starting over, gone after', () => {
  const drawn = exampleAround(emptyDraft(), [6.1305, 52.0105]);
  let current = { plan: emptyDraft(), lookup, dossier: { status: 'idle' }, ownParcel: null };
  let next = nextOwnParcel(current, ['plan'], { wasDrawing: false });
  assert.equal(next.how, 'clicked');
  current = { ...current, plan: drawn, ownParcel: next, planCheck: answer(site('chosen', 3597, 'DSB00 C 3597', own)) };
  next = nextOwnParcel(current, ['planCheck'], { wasDrawing: true });
  assert.equal(next.pinned, true);
  assert.equal(next.how, 'chosen');
  current = { ...current, ownParcel: next, plan: restart(drawn) };
  assert.equal(nextOwnParcel(current, ['plan'], { wasDrawing: true }).pinned, false, 'started over');
  assert.equal(nextOwnParcel({ ...current, plan: null }, ['plan'], { wasDrawing: true }), null);
  assert.equal(nextOwnParcel({ ...current, plan: null }, ['lookup'], { wasDrawing: false }), undefined);
});

test('a saved plan\'s parcels are "uw perceel" when it is opened or saved', () => {
  const dossier = { status: 'opened', plan: { id: 7, parcels: [3597], parcelNames: ['DSB00 C 3597'] } };
  const opened = nextOwnParcel({ plan: emptyDraft(), lookup: { status: 'idle' }, dossier, ownParcel: null }, ['plan', 'dossier'], { wasDrawing: false });
  assert.deepEqual([opened.how, opened.pinned, opened.ids], ['plan', true, [3597]]);
  const pinned = fromSite(site('largest-overlap', 3597, 'DSB00 C 3597', own), null);
  const saved = nextOwnParcel({ plan: emptyDraft(), dossier: { status: 'saved', plan: dossier.plan }, ownParcel: pinned }, ['dossier'], { wasDrawing: true });
  assert.equal(saved.how, 'plan');
  assert.deepEqual(saved.geometries, [own], 'the outline is kept');
});

test('named in Dutch: one parcel, several, or how it will be chosen', () => {
  assert.equal(ownParcelLabel({ names: ['DSB00 C 3597'] }), 'Uw perceel: DSB00 C 3597');
  assert.equal(ownParcelLabel({ names: ['DSB00 C 3597', 'DSB00 C 3598'] }), 'Uw percelen: DSB00 C 3597, DSB00 C 3598');
  assert.match(ownParcelLabel(null), /^Uw perceel: nog niet bekend\. Het perceel waar het grootste deel van bouwdeel 1 op staat/);
});

test('the parcel lines are on while drawing and as they were afterwards', () => {
  assert.deepEqual(parcelLinesWhileDrawing({ wasDrawing: false, drawing: true, visible: false }), { visible: true, remembered: false });
  assert.deepEqual(parcelLinesWhileDrawing({ wasDrawing: true, drawing: false, visible: true, remembered: false }), { visible: false, remembered: null });
  assert.deepEqual(parcelLinesWhileDrawing({ wasDrawing: true, drawing: true, visible: false, remembered: false }), { visible: false, remembered: false });
});

test('connected to the state: start drawing after a click, the lines go on and the parcel is the one clicked', () => {
  const state = createState({});
  connectOwnParcel(state);
  state.update({ lookup });
  assert.equal(state.get().ownParcel, null, 'not drawing: no own parcel');
  state.update({ plan: emptyDraft() });
  assert.equal(state.get().layers.parcels, true);
  assert.equal(state.get().ownParcel.names[0], 'DSB00 C 3597');
  state.update({ planCheck: answer(site('chosen', 3597, 'DSB00 C 3597', own)) });
  assert.equal(state.get().ownParcel.pinned, true);
  state.update({ plan: null });
  assert.equal(state.get().ownParcel, null);
  assert.equal(state.get().layers.parcels, false);
  assert.ok(neighbour);
});

test('a part over the boundary gets one fix: onto the own parcel, not a distance without a limit', async () => {
  const { nextSteps } = await import('../src/main/resources/META-INF/resources/app/core/next-steps.js');
  const plan = exampleAround(emptyDraft(), [6.1305, 52.0105]);
  const verdicts = [
    { ruleKey: 'binnen-perceel', label: 'Binnen uw eigen perceel', status: 'fail', measured: 5.3, limit: 0, unit: 'm²' },
    { ruleKey: 'min-afstand-perceelgrens', label: 'Afstand tot de perceelgrens', status: 'fail', measured: null, limit: null, unit: 'm' },
  ];
  const steps = nextSteps({ plan, planCheck: { status: 'ok', result: { verdicts } } });
  assert.deepEqual(steps.map((s) => s.key), ['fix-binnen-perceel', 'ask']);
});
