import test from 'node:test';
import assert from 'node:assert/strict';
import { applyVoteDelta, ballotModel, budgetLeft, euros, move, percent, resultBars, setupBody, spent, toggle, validity } from '../src/main/resources/META-INF/resources/app/core/ballot.js';

const BUDGET = { method: 'budget', budget: 51000, maxOptions: 3, minOptions: null, options: [
  { key: 'speelplek', label: 'Speelplek', cost: 25000 }, { key: 'bomen', label: '6 bomen', cost: 9000 },
  { key: 'dak', label: 'Lager dak', cost: 40000 }, { key: 'bankjes', label: 'Bankjes', cost: 2000 }] };
const RANKING = { method: 'ranking', options: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }, { key: 'c', label: 'C' }] };

test('budget: what is left, exactly at the limit valid, one euro over not', () => {
  let m = ballotModel(BUDGET);
  assert.deepEqual(validity(m), { valid: false, key: 'ballotChooseOne' });
  m = toggle(toggle(toggle(m, 'bankjes'), 'dak'), 'bomen');
  assert.deepEqual(m.choices, ['bomen', 'dak', 'bankjes']);
  assert.equal(spent(m), 51000);
  assert.equal(budgetLeft(m), 0);
  assert.deepEqual(validity(m), { valid: true });
  const over = { ...m, setup: { ...BUDGET, budget: 50999 } };
  assert.deepEqual(validity(over), { valid: false, key: 'ballotOverBudget', values: { over: '€ 1' } });
  assert.equal(budgetLeft(toggle(m, 'dak')), 40000);
  assert.deepEqual(validity(toggle(m, 'speelplek')).key, 'ballotOverBudget');
});

test('approval: more than N is not valid', () => {
  const setup = { method: 'approval', maxChoices: 1, options: RANKING.options };
  const m = toggle(toggle(ballotModel(setup), 'a'), 'c');
  assert.deepEqual(validity(m), { valid: false, key: 'ballotTooMany', values: { max: 1 } });
  assert.deepEqual(validity(toggle(m, 'a')), { valid: true });
  assert.equal(budgetLeft(m), null);
});

test('ranking: all options in order, the cast order first, up and down stop at the ends', () => {
  let m = ballotModel(RANKING, { cast: true, choices: ['c'] });
  assert.deepEqual(m.choices, ['c', 'a', 'b']);
  m = move(m, 'b', -1);
  assert.deepEqual(m.choices, ['c', 'b', 'a']);
  assert.equal(move(m, 'c', -1), m);
  assert.equal(move(m, 'a', 1), m);
  assert.deepEqual(toggle(m, 'a'), m);
});

test('live deltas: results replace the figures, ballots hide them, older seqs are ignored', () => {
  let m = ballotModel(BUDGET);
  const figures = { method: 'budget', ballots: 1, hidden: false, options: [{ key: 'dak', label: 'Lager dak', count: 1, share: 1, spent: 40000 }] };
  m = applyVoteDelta(m, { seq: 5, type: 'results', data: figures });
  assert.equal(m.results, figures);
  assert.deepEqual(resultBars(m.results), [{ key: 'dak', label: 'Lager dak', share: 1, count: 1, points: null, spent: 40000, percent: '100,0%' }]);
  assert.equal(applyVoteDelta(m, { seq: 4, type: 'results', data: {} }), m);
  assert.equal(applyVoteDelta(m, { seq: 6, type: 'reaction', data: {} }), m);
  m = applyVoteDelta(m, { seq: 7, type: 'ballots', data: { ballots: 3 } });
  assert.equal(m.results.ballots, 3);
  assert.equal(m.results.hidden, true);
  assert.deepEqual(resultBars(m.results), []);
  m = applyVoteDelta(toggle(m, 'dak'), { seq: 8, type: 'vote-setup', data: RANKING });
  assert.deepEqual(m.choices, ['a', 'b', 'c']);
  assert.equal(m.seq, 8);
});

test('Dutch money and shares; the planner form to the API body', () => {
  assert.equal(euros(60000), '€ 60.000');
  assert.equal(euros(1), '€ 1');
  assert.equal(euros(1234567), '€ 1.234.567');
  assert.equal(percent(1 / 3), '33,3%');
  assert.deepEqual(setupBody({ method: 'budget', budget: '60.000', maxOptions: '', options: [{ label: ' Speelplek ', cost: '25.000' }, { label: '' }] }), {
    method: 'budget', options: [{ key: 'o1', label: 'Speelplek', cost: 25000, variantId: null }], maxChoices: null, budget: 60000,
    minOptions: null, maxOptions: null, hideResultsUntilClosed: false });
});
