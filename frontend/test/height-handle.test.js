import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heightOnVertical, heightRange, snapHeight } from '../src/main/resources/META-INF/resources/app/core/height-handle.js';
import { emptyDraft, exampleAround, nudgeHeight, setBaseHeight, setHeight, setRoof, undo }
  from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';

test('the pointer points at the height where its ray passes closest to the vertical line through the handle', () => {
  const foot = [100, 200, 0];
  const up = [0, 0, 1];
  // A camera 50 m east and 30 m up, looking west and slightly down at the line: it meets the line at 20 m.
  const origin = [150, 200, 30];
  assert.ok(Math.abs(heightOnVertical(origin, [-50, 0, -10], foot, up) - 20) < 1e-9);
  // Looking from the side with the ray passing 5 m south of the line: still the height where it passes.
  assert.ok(Math.abs(heightOnVertical([150, 195, 30], [-50, 0, -25], foot, up) - 5) < 1e-9);
  assert.equal(heightOnVertical([100, 200, 90], [0, 0, -1], foot, up), null, 'straight down the line: no answer');
});

test('heights snap to 10 cm and stay within what the check accepts: above the base, not under the eaves, at most 150 m', () => {
  const flat = { baseHeight: 0, roof: 'flat', eavesHeight: null };
  assert.equal(snapHeight(6.04, heightRange(flat)), 6);
  assert.equal(snapHeight(6.06, heightRange(flat)), 6.1);
  assert.equal(snapHeight(-3, heightRange(flat)), 0.1);
  assert.equal(snapHeight(999, heightRange(flat)), 150);
  assert.equal(snapHeight(1, heightRange({ baseHeight: 2.5, roof: 'flat' })), 2.6);
  assert.equal(snapHeight(3, heightRange({ baseHeight: 0, roof: 'pitched', eavesHeight: 4.67 })), 4.67, 'a ridge not under its eaves');
});

test('the height buttons raise and lower by a step, one undo step each, never below the base', () => {
  const draft = exampleAround(emptyDraft(), [6.1357, 52.0121]);
  const higher = nudgeHeight(draft, 0.5);
  assert.equal(higher.height, 4.5);
  assert.equal(undo(higher).height, 4);
  assert.equal(nudgeHeight(setHeight(draft, 4.04), 1).height, 5, 'snapped to 10 cm');
  assert.equal(nudgeHeight(setBaseHeight(draft, 3.5), -10).height, 3.6);
  assert.equal(nudgeHeight(setRoof(draft, 'pitched', 3), -10).height, 3);
  assert.equal(nudgeHeight(draft, 'hoger'), draft);
});
