import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  addressHits, concernedErrorKey, connectConcerned, connectHome, homePlace, parseHomeCode, parsePlanLink, placeValues, ringRows,
  statementBody, statementProblem, tallyRows,
} from '../src/main/resources/META-INF/resources/app/core/concerned.js';
import { openTasks, nextStack } from '../src/main/resources/META-INF/resources/app/core/panel-layout.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';
import { STRINGS, t } from '../src/main/resources/META-INF/resources/app/core/strings-nl.js';

const problem = (status, code, parameter) => Object.assign(new Error(code ?? parameter), { status, code, parameter, kind: status === 404 ? 'not-found' : 'rejected' });

test('a statement needs a known kind, and an objection a reason of at most 2000 characters', () => {
  assert.equal(statementProblem({ kind: 'consent' }), null);
  assert.equal(statementProblem({ kind: 'no-objection', reason: '' }), null);
  assert.equal(statementProblem({ kind: 'maybe' }), 'concernedErrors.kind');
  assert.equal(statementProblem({ kind: undefined }), 'concernedErrors.kind');
  assert.equal(statementProblem({ kind: 'objection', reason: '   ' }), 'concernedErrors.reason');
  assert.equal(statementProblem({ kind: 'objection', reason: 'x'.repeat(2001) }), 'concernedErrors.reason');
  assert.equal(statementProblem({ kind: 'objection', reason: 'x'.repeat(2000) }), null);
  assert.deepEqual(statementBody({ kind: 'objection', reason: '  Te hoog  ' }, 3), { kind: 'objection', reason: 'Te hoog', version: 3 });
  assert.deepEqual(statementBody({ kind: 'consent', reason: ' ' }, 1), { kind: 'consent', version: 1 });
});

test('refusals become Dutch texts by their code or field, and every such text exists', () => {
  assert.equal(concernedErrorKey(problem(400, 'wrong-code', 'code')), 'concernedErrors.wrong-code');
  assert.equal(concernedErrorKey(problem(429, 'code-attempts')), 'concernedErrors.code-attempts');
  assert.equal(concernedErrorKey(problem(403, 'not-concerned')), 'concernedErrors.not-concerned');
  assert.equal(concernedErrorKey(problem(400, 'bad-request', 'reason')), 'concernedErrors.reason');
  assert.equal(concernedErrorKey({ kind: 'unreachable' }), 'concernedErrors.unreachable');
  assert.equal(concernedErrorKey(problem(500)), 'concernedErrors.failed');
  for (const code of ['wrong-code', 'code-used', 'code-expired', 'code-attempts', 'no-building-here', 'statements-closed', 'own-plan',
    'no-confirmed-home', 'not-concerned', 'not-published', 'reason', 'kind', 'version', 'code']) {
    assert.notEqual(t(`concernedErrors.${code}`), `concernedErrors.${code}`, code);
  }
  for (const why of ['not-published', 'statements-closed', 'own-plan', 'no-confirmed-home', 'not-concerned']) {
    assert.ok(STRINGS.concernsYouWhyNot[why], why);
  }
});

test('the place of a home reads as distance, compass direction and ring in Dutch', () => {
  const values = placeValues({ distance: 7.4, direction: 'NW', ring: '0-25' }, t);
  assert.deepEqual(values, { distance: '7', direction: 'ten noordwesten', ring: '0 tot 25 meter' });
  assert.equal(t('concernsYouPlace', values), 'Uw woning ligt op 7 meter ten noordwesten van het plan (zone 0 tot 25 meter).');
  assert.equal(homePlace({ pandId: '0221100000311423', addressLabel: null }, t), 'gebouw (pand) 0221100000311423');
  assert.equal(homePlace({ pandId: '1', addressLabel: 'Kerkstraat 1, 6981 AB Doesburg' }, t), 'Kerkstraat 1, 6981 AB Doesburg');
});

test('links from letters and mails: ?home-code= is read leniently, ?plan= only as a plan id', () => {
  assert.equal(parseHomeCode('?home-code=abcd-efgh'), 'ABCD-EFGH');
  assert.equal(parseHomeCode('?home-code=ABCD%20EFGH'), 'ABCD-EFGH');
  assert.equal(parseHomeCode('?home-code=<script>'), null);
  assert.equal(parseHomeCode(''), null);
  assert.equal(parsePlanLink('?plan=12'), 12);
  assert.equal(parsePlanLink('?plan=0'), null);
  assert.equal(parsePlanLink('?plan=12abc'), null);
  assert.equal(parsePlanLink('?x=1'), null);
});

test('only address hits of a search are offered as a home', () => {
  assert.deepEqual(addressHits([{ type: 'building', id: 'b' }, { type: 'address', id: 'a', label: 'Kerkstraat 1' }]),
    [{ type: 'address', id: 'a', label: 'Kerkstraat 1' }]);
  assert.deepEqual(addressHits(null), []);
});

test('rows keep what the server counted: numbers for the owner, "< 5" for the public', () => {
  assert.deepEqual(ringRows({ rings: [{ ring: '0-25', parcels: 9, buildings: 11, addresses: 0, confirmedResidents: 1 }] }),
    [{ ring: '0-25', parcels: 9, buildings: 11, addresses: 0, residents: 1 }]);
  assert.deepEqual(tallyRows([{ ring: '0-25', consent: '< 5', noObjection: '< 5', objection: '7' }]),
    [{ ring: '0-25', consent: '< 5', noObjection: '< 5', objection: '7' }]);
});

test('"Mijn woning" stays shown when the map is clicked to choose the building', () => {
  const current = { home: { panel: 'home' }, myPlans: { panel: 'closed' }, selection: { lon: 6, lat: 52, buildingId: 'b' } };
  assert.equal(openTasks(current).home, true);
  assert.deepEqual(nextStack(['lookup', 'home'], current, { selectionChanged: true }), ['lookup', 'home']);
  assert.deepEqual(nextStack(['lookup'], { ...current, home: { panel: 'closed' } }, { selectionChanged: true }), ['lookup']);
});

function fakeApi(overrides = {}) {
  const calls = [];
  const api = new Proxy({}, {
    get: (target, name) => (...args) => {
      calls.push([name, ...args]);
      if (overrides[name]) return overrides[name](...args);
      return Promise.resolve(null);
    },
  });
  return { api, calls };
}

test('choosing the selected building, then confirming with the code, loads the plans that concern the home', async () => {
  const state = createState();
  const { api, calls } = fakeApi({
    home: () => Promise.resolve({ status: 'none' }),
    chooseHome: (choice) => Promise.resolve({ status: 'unconfirmed', pandId: choice.pandId }),
    confirmHome: () => Promise.resolve({ status: 'confirmed', pandId: 'p1' }),
    homePlans: () => Promise.resolve([{ planId: 5, title: 'Serre', ring: '0-25', distance: 7, direction: 'NW' }]),
  });
  const home = connectHome(state, api);
  await home.open();
  assert.equal(state.get().home.home.data.status, 'none');
  await home.chooseBuilding(undefined);
  assert.equal(state.get().home.message.key, 'homeNoBuilding');
  await home.chooseBuilding('p1');
  assert.deepEqual(calls.find((c) => c[0] === 'chooseHome'), ['chooseHome', { pandId: 'p1' }]);
  assert.equal(state.get().home.message.key, 'homeChosen');
  await home.confirm('');
  assert.equal(state.get().home.message.key, 'concernedErrors.code');
  await home.confirm(' ABCD-EFGH ');
  assert.deepEqual(calls.find((c) => c[0] === 'confirmHome'), ['confirmHome', 'ABCD-EFGH']);
  assert.equal(state.get().home.home.data.status, 'confirmed');
  assert.equal(state.get().home.plans.items[0].planId, 5);
});

test('a wrong code shows why, and a statement is checked before it is sent with the current version', async () => {
  const state = createState();
  const { api, calls } = fakeApi({
    confirmHome: () => Promise.reject(problem(400, 'wrong-code', 'code')),
    concernedMe: () => Promise.resolve({ concerned: true, mayState: true, currentVersion: 2, ring: '0-25', distance: 7, direction: 'NW' }),
    publicPlan: () => Promise.resolve({ title: 'Serre', bbox: [6, 52, 6.001, 52.001] }),
    putStatement: (id, body) => Promise.resolve({ ...body, ring: '0-25' }),
  });
  const home = connectHome(state, api, { lookAt: (lon, lat) => ({ lon, lat, height: 250, heading: 0, pitch: -45 }) });
  await home.confirm('ZZZZ-ZZZZ');
  assert.equal(state.get().home.message.key, 'concernedErrors.wrong-code');
  await home.openPlan(5);
  assert.equal(state.get().home.panel, 'plan');
  assert.equal(state.get().home.plan.title, 'Serre');
  assert.ok(Math.abs(state.get().camera.lon - 6.0005) < 1e-9);
  await home.state('objection', '');
  assert.equal(state.get().home.message.key, 'concernedErrors.reason');
  assert.equal(calls.filter((c) => c[0] === 'putStatement').length, 0);
  await home.state('objection', 'Te hoog');
  assert.deepEqual(calls.find((c) => c[0] === 'putStatement'), ['putStatement', 5, { kind: 'objection', reason: 'Te hoog', version: 2 }]);
  assert.equal(state.get().home.plan.mine.statement.kind, 'objection');
  assert.equal(state.get().home.message.key, 'statementSent');
});

test('the owner sees the concerned set and the statements, the ring goes on the map; a viewer loads nothing', async () => {
  const state = createState();
  const area = { type: 'Polygon', coordinates: [[[6, 52], [6.1, 52], [6.1, 52.1], [6, 52]]] };
  const { api, calls } = fakeApi({
    concerned: () => Promise.resolve({ distance: 100, rings: [], parties: [], area }),
    statements: () => Promise.resolve({ tally: [], statements: [] }),
    inviteConcerned: () => Promise.resolve({ emails: 1, letters: 89 }),
  });
  const concerned = connectConcerned(state, api);
  await concerned.show({ id: 5, role: 'owner', currentVersion: 1 });
  assert.equal(concerned.get().set.status, 'ok');
  assert.equal(concerned.get().statements.status, 'ok');
  assert.deepEqual(state.get().concernedMap.area, area);
  concerned.toggleMap();
  assert.equal(state.get().concernedMap, null);
  await concerned.invite();
  assert.deepEqual(concerned.get().message, { key: 'concernedInvited', values: { emails: 1, letters: 89 } });
  const before = calls.length;
  await concerned.show({ id: 6, role: 'viewer', currentVersion: 1 });
  assert.equal(calls.length, before);
  assert.equal(concerned.get().mayList, false);
  const coEditor = connectConcerned(createState(), api);
  await coEditor.show({ id: 7, role: 'co-editor', currentVersion: 1 });
  assert.equal(coEditor.get().statements, null);
});
