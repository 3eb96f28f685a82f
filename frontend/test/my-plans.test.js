import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { connectDossier } from '../src/main/resources/META-INF/resources/app/core/dossier.js';
import { connectMyPlans, openErrorKey } from '../src/main/resources/META-INF/resources/app/core/my-plans.js';
import { addCorner, emptyDraft, exampleAround, setHeight, toDesign, volumesOf } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { planIn } from './plan-fixtures.js';

const initiator = { status: 'user', user: { email: 'initiator@demo.stip.nl', roles: ['INITIATOR'] } };
const planner = { status: 'user', user: { email: 'planner@demo.stip.nl', roles: ['PLANNER'] } };

const SHED = { documentId: 7, position: { lon: 6.1356, lat: 52.0084 }, baseHeight: 0, heading: 90, scale: 1 };

/** Two volumes, a placed model and a field the drawing does not know. */
function savedDesign(height) {
  const one = toDesign(setHeight(exampleAround(emptyDraft(), [6.1355, 52.0083]), height)).volumes[0];
  const two = toDesign(exampleAround(emptyDraft(), [6.1357, 52.0085])).volumes[0];
  return { activity: 'aanbouw', volumes: [one, two], models: [SHED], futureField: { kept: true } };
}

function fakeApi() {
  const calls = [];
  let plan = planIn('idea');
  const designs = { 1: savedDesign(3), 2: savedDesign(5) };
  const api = {
    calls,
    plans: async () => { calls.push('plans'); return [plan]; },
    plan: async (id) => { calls.push(`plan ${id}`); if (id !== 7) throw new ApiError('not-found', 'no', 404); return plan; },
    version: async (id, n) => { calls.push(`version ${n}`); return { version: n, design: designs[n] }; },
    versions: async () => Object.keys(designs).map((n) => ({ version: Number(n), savedAt: '2026-11-02T13:05:00Z', check: { compliant: true, failed: 0, attention: 0 } })),
    changes: async (id, n) => { calls.push(`changes ${n}`); return { summary: [`Bouwdeel 1 is hoger geworden (versie ${n}).`] }; },
    documents: async () => [],
    saveDesign: async (id, base, design) => {
      calls.push(`save ${base}`);
      designs[base + 1] = design;
      plan = { ...plan, currentVersion: base + 1 };
      return { version: base + 1 };
    },
    movePhase: async (id, phase) => { calls.push(`phase ${phase}`); plan = planIn(phase); return plan; },
    uploadDocument: async () => { throw new ApiError('rejected', 'Only PDF…', 415, undefined, { code: 'unsupported-document' }); },
    documentUrl: (id, d) => `/api/v1/plans/${id}/documents/${d}`,
  };
  return api;
}

test('opening a plan flies there, puts every volume of its newest design in the drawing and makes the next save version 3', async () => {
  const state = createState();
  state.update({ session: initiator });
  const api = fakeApi();
  const myPlans = connectMyPlans(state, api);
  const dossier = connectDossier(state, api);
  await myPlans.toggle();
  assert.equal(state.get().myPlans.panel, 'list');
  assert.equal(state.get().myPlans.list.plans[0].id, 7);

  await myPlans.open(7);
  const { plan, camera, myPlans: panel } = state.get();
  assert.equal(panel.panel, 'dossier');
  assert.equal(panel.open.status, 'ok');
  assert.equal(volumesOf(plan).length, 2, 'both volumes');
  assert.equal(plan.height, 5, 'the newest version');
  assert.deepEqual(toDesign(plan).models, [SHED], 'the placed model is saved again as it was');
  assert.match(plan.models[0].url, /\/api\/v1\/plans\/\d+\/documents\/7$/, 'the model is drawn from the plan\'s document');
  assert.deepEqual(toDesign(plan).futureField, { kept: true }, 'unknown design fields are kept');
  assert.ok(Math.abs(camera.lon - 6.1356) < 0.001 && camera.lat < 52.0083, 'the camera looks at the plan from the south');
  assert.equal(state.get().dossier.plan.currentVersion, 2);
  assert.deepEqual(state.get().myPlans.open.changes[2], { status: 'ok', summary: ['Bouwdeel 1 is hoger geworden (versie 2).'] });

  state.update({ plan: setHeight(state.get().plan, 6) });
  await dossier.save('ignored');
  assert.ok(api.calls.includes('save 2'), 'the save builds on version 2');
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(state.get().myPlans.open.plan.currentVersion, 3);
  assert.equal(state.get().myPlans.open.versions.items.length, 3, 'the new version is listed');
  assert.equal(state.get().myPlans.open.changes[3]?.status, 'ok', 'with its Wijzigingsprint');
});

test('an older version opens read-only: edits and saves are refused until "back to the newest"', async () => {
  const state = createState();
  state.update({ session: initiator });
  const api = fakeApi();
  const myPlans = connectMyPlans(state, api);
  const dossier = connectDossier(state, api);
  await myPlans.open(7);
  const latest = state.get().plan;
  await myPlans.viewVersion(1);
  assert.equal(state.get().myPlans.open.viewing, 1);
  assert.equal(state.get().plan.readOnly, true);
  assert.equal(state.get().plan.height, 3);
  assert.equal(setHeight(state.get().plan, 9), state.get().plan, 'a read-only draft ignores changes');
  assert.equal(addCorner(state.get().plan, [6.1, 52.0]), state.get().plan);
  await dossier.save('x');
  assert.ok(!api.calls.some((c) => c.startsWith('save')), 'nothing saved from an older version');
  myPlans.backToLatest();
  assert.equal(state.get().plan, latest);
  assert.equal(state.get().myPlans.open.viewing, null);
  dossier.forget(); // "Begin een nieuw plan": the panel goes back to the list
  assert.equal(state.get().myPlans.panel, 'list');
});

test('a planner sees the plan read-only and moves its phase; the dossier follows', async () => {
  const state = createState();
  state.update({ session: planner });
  const api = fakeApi();
  const myPlans = connectMyPlans(state, api);
  connectDossier(state, api);
  await myPlans.open(7);
  assert.equal(state.get().plan.readOnly, true, 'only the owner saves');
  await myPlans.movePhase();
  assert.ok(api.calls.includes('phase exploring'));
  assert.equal(state.get().myPlans.open.plan.phase, 'exploring');
  assert.equal(state.get().myPlans.open.phase.status, 'moved');
  assert.equal(state.get().dossier.plan.phase, 'exploring');
});

test('a refused upload and a plan that is gone are explained; logging out closes the panel', async () => {
  const state = createState();
  state.update({ session: initiator });
  const api = fakeApi();
  const myPlans = connectMyPlans(state, api);
  await myPlans.open(7);
  await myPlans.upload(undefined);
  assert.equal(state.get().myPlans.open.upload.key, 'documentsChooseFirst');
  await myPlans.upload({ name: 'notes.txt' });
  assert.equal(state.get().myPlans.open.upload.key, 'documentsWrongType');
  await myPlans.open(99);
  assert.equal(state.get().myPlans.open.status, 'error');
  assert.equal(openErrorKey(state.get().myPlans.open.error), 'planOpenGone');
  state.update({ session: { status: 'anonymous', loggedOut: true } });
  assert.equal(state.get().myPlans.panel, 'closed');
});

test('the owner opens a submitted plan read-only: its design is frozen; before the application it is theirs to change', async () => {
  for (const [phase, frozen] of [['aligning', false], ['application', true], ['evaluation', true]]) {
    const state = createState();
    state.update({ session: initiator });
    const api = fakeApi();
    await api.movePhase(7, phase);
    const myPlans = connectMyPlans(state, api);
    connectDossier(state, api);
    await myPlans.open(7);
    assert.equal(Boolean(state.get().plan.readOnly), frozen, phase);
    assert.equal(state.get().dossier.plan.mayEditDesign, !frozen, phase);
  }
});
