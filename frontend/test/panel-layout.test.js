import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INITIAL_STACK, controlsWhileDrawing, layoutOf, nextStack, raise, stepBack }
  from '../src/main/resources/META-INF/resources/app/core/panel-layout.js';
import { emptyDraft } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';

const closed = { panel: 'closed' };
const plan = emptyDraft();

test('with nothing open the one panel shows the lookup and offers no way back', () => {
  const stack = nextStack(INITIAL_STACK, { plan: null, myPlans: closed });
  assert.deepEqual(layoutOf(stack), { active: 'lookup', back: null });
});

test('the newest task is shown and "Terug" leads to the one opened before it', () => {
  let stack = nextStack(INITIAL_STACK, { plan, myPlans: closed });
  assert.deepEqual(layoutOf(stack), { active: 'plan', back: 'lookup' });
  stack = nextStack(stack, { plan, myPlans: { panel: 'list' } });
  assert.deepEqual(layoutOf(stack), { active: 'myPlans', back: 'plan' });
});

test('"Terug" keeps the task open: the drawing comes back in front from its button, the dossier is not closed', () => {
  let stack = ['lookup', 'plan', 'myPlans'];
  stack = stepBack(stack);
  assert.deepEqual(layoutOf(stack), { active: 'plan', back: 'lookup' });
  assert.ok(stack.includes('myPlans'));
  stack = raise(stack, 'myPlans');
  assert.deepEqual(layoutOf(stack), { active: 'myPlans', back: 'plan' });
  assert.deepEqual(stepBack(['lookup']), ['lookup']);
});

test('a closed task leaves the stack and the one before it shows again', () => {
  const stack = nextStack(['lookup', 'plan', 'myPlans'], { plan, myPlans: closed });
  assert.deepEqual(layoutOf(stack), { active: 'plan', back: 'lookup' });
  assert.deepEqual(nextStack(stack, { plan: null, myPlans: closed }), ['lookup']);
});

test('opening a saved plan from its dossier puts the drawing under the dossier, not over it', () => {
  let stack = nextStack(INITIAL_STACK, { plan: null, myPlans: { panel: 'dossier' } });
  stack = nextStack(stack, { plan, myPlans: { panel: 'dossier' } });
  assert.deepEqual(layoutOf(stack), { active: 'myPlans', back: 'plan' });
});

test('a new selection (a click, a search hit) brings the lookup to the front; closing it shows the task before it', () => {
  const selection = { lon: 6.13, lat: 52.01 };
  const stack = nextStack(['lookup', 'plan'], { plan, myPlans: closed, selection }, { selectionChanged: true });
  assert.deepEqual(layoutOf(stack), { active: 'lookup', back: 'plan' });
  const cleared = nextStack(['lookup', 'plan'], { plan, myPlans: closed, selection: null }, { selectionChanged: true });
  assert.equal(layoutOf(cleared).active, 'plan');
  const closedLookup = nextStack(['plan', 'lookup'], { plan, myPlans: closed, selection: null }, { selectionChanged: true });
  assert.equal(layoutOf(closedLookup).active, 'plan');
  assert.deepEqual(nextStack(['lookup'], { plan: null, myPlans: closed, selection: null }, { selectionChanged: true }), ['lookup']);
});

test('the layer box folds away when drawing starts and comes back as it was when drawing stops', () => {
  const start = controlsWhileDrawing({ wasDrawing: false, drawing: true, open: true });
  assert.deepEqual(start, { open: false, remembered: true });
  assert.deepEqual(controlsWhileDrawing({ wasDrawing: true, drawing: true, open: true, remembered: true }), { open: true, remembered: true });
  assert.deepEqual(controlsWhileDrawing({ wasDrawing: true, drawing: false, open: false, remembered: true }), { open: true, remembered: null });
  assert.deepEqual(controlsWhileDrawing({ wasDrawing: false, drawing: true, open: false }).open, false);
  assert.deepEqual(controlsWhileDrawing({ wasDrawing: true, drawing: false, open: false, remembered: false }).open, false);
});
