import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../src/main/resources/META-INF/resources/app/core/api.js';
import { checkErrorMessage, checkModel, connectPlanCheck } from '../src/main/resources/META-INF/resources/app/core/plan-check.js';
import { emptyDraft, exampleAround, setHeight } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

function fakeTimers() {
  const pending = new Map();
  let next = 1;
  return {
    setTimeout: (fn) => { pending.set(next, fn); return next++; },
    clearTimeout: (id) => pending.delete(id),
    flush: () => { const fns = [...pending.values()]; pending.clear(); fns.forEach((fn) => fn()); },
    get count() { return pending.size; },
  };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

const result = (height) => ({
  compliant: height <= 10, failed: height > 10 ? 1 : 0, attention: 0,
  verdicts: [{ ruleKey: 'max-hoogte', label: 'Maximale hoogte', status: height > 10 ? 'fail' : 'pass', measured: height, limit: 10, unit: 'm',
    explanation: 'uitleg', purpose: 'doel', citation: { code: 'DSB-DEMO-WONEN', name: 'Wonen' } }],
  permit: { outcome: 'vergunningvrij', outcomeLabel: 'Vergunningvrij', procedure: 'Niets aanvragen', legalTermWeeks: null,
    fee: { amount: 1234 } },
});

test('checks the closed plan once after a quiet moment, and only the latest change', async () => {
  const timers = fakeTimers();
  const designs = [];
  const api = { check: async (design) => { designs.push(design); return result(design.volumes[0].height); } };
  const state = createState();
  connectPlanCheck(state, api, { timers });
  state.update({ plan: emptyDraft() });
  assert.equal(state.get().planCheck.status, 'idle', 'an open outline is not checked');
  const plan = exampleAround(emptyDraft(), [6.13, 52.01]);
  state.update({ plan });
  state.update({ plan: setHeight(plan, 12) });
  assert.equal(state.get().planCheck.status, 'checking');
  assert.equal(timers.count, 1);
  timers.flush();
  await tick();
  assert.equal(designs.length, 1);
  assert.equal(designs[0].volumes[0].height, 12);
  assert.equal(state.get().planCheck.status, 'ok');
  assert.equal(checkModel(state.get().planCheck.result).headline, 'Past niet: 1 regel');
});

test('an unreachable server can be tried again; a 400 becomes a Dutch sentence', async () => {
  const timers = fakeTimers();
  let fail = true;
  const api = { check: async () => { if (fail) throw new ApiError('unreachable', 'down'); return result(4); } };
  const state = createState();
  const check = connectPlanCheck(state, api, { timers });
  state.update({ plan: exampleAround(emptyDraft(), [6.13, 52.01]) });
  timers.flush();
  await tick();
  assert.equal(state.get().planCheck.status, 'error');
  assert.deepEqual(checkErrorMessage(state.get().planCheck.error), { message: 'We kunnen de server nu niet bereiken om uw plan te controleren.', retry: true });
  fail = false;
  check.retry();
  await tick();
  assert.equal(state.get().planCheck.status, 'ok');

  const rejected = (parameter, message) => checkErrorMessage({ kind: 'rejected', parameter, message }).message;
  assert.match(rejected('volumes[0].footprint', 'the outline crosses itself near lon 6.1, lat 52.0'), /kruisen elkaar/);
  assert.match(rejected('volumes[0].footprint', 'the footprint is 90000 m²; at most 20000 m² per volume'), /te groot/);
  assert.match(rejected('volumes[0].baseHeight', 'baseHeight 5 m is not below height 4 m'), /beginhoogte/);
  assert.match(rejected('volumes[0].roof.eavesHeight', 'eavesHeight 9 m is above the ridge'), /goothoogte/);
  assert.match(rejected('volumes[0]', '200 m is not a height between 0 and 150 m above ground level'), /hoogte/);
  assert.match(rejected('weird', 'Something English'), /^We konden dit plan niet controleren/);
});

test('the model says what passes and fails, measured against the limit, with the permit', () => {
  const model = checkModel(result(4));
  assert.equal(model.headline, 'Past binnen de regels');
  assert.equal(model.verdicts[0].statusText, 'past');
  assert.equal(model.verdicts[0].measured, '4 m (grens 10 m)');
  assert.equal(model.permit.term, 'Geen termijn: u hoeft niets aan te vragen.');
  assert.match(model.permit.fee, /1\.234/);
  assert.equal(checkModel(result(12)).verdicts[0].statusText, 'te hoog');
});
