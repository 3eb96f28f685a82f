import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlanEditing } from '../src/main/resources/META-INF/resources/app/map/plan-editing.js';
import { addCorner, closeShape, emptyDraft } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { createState } from '../src/main/resources/META-INF/resources/app/core/state.js';

// A stand-in for the few Cesium parts plan editing uses: the ground lies flat under the screen, one pixel 1e-5 degrees.
const toGround = ({ x, y }) => [6.13 + x * 1e-5, 52.01 - y * 1e-5];
const at = (x, y) => ({ x, y });

function fakeMap({ corners = [] } = {}) {
  const radians = (d) => (d * Math.PI) / 180;
  const Cesium = {
    ScreenSpaceEventType: { LEFT_DOUBLE_CLICK: 'double', LEFT_DOWN: 'down', MOUSE_MOVE: 'move', LEFT_UP: 'up' },
    ScreenSpaceEventHandler: class {
      constructor() { this.actions = {}; input.handler = this; }
      setInputAction(action, type) { this.actions[type] = action; }
      destroy() { this.destroyed = true; }
    },
    Cartographic: { fromCartesian: ([lon, lat]) => ({ longitude: radians(lon), latitude: radians(lat) }) },
    Math: { toDegrees: (r) => (r * 180) / Math.PI },
  };
  const input = { handler: null };
  const postRender = new Set();
  const scene = {
    canvas: {},
    globe: { ellipsoid: {} },
    camera: { pickEllipsoid: (position) => toGround(position) },
    pick: () => undefined,
    postRender: { addEventListener: (fn) => { postRender.add(fn); return () => postRender.delete(fn); } },
    screenSpaceCameraController: { enableInputs: true },
  };
  const shown = [];
  const planLayer = {
    handle: null,
    handleOnScreen: () => planLayer.handle,
    isHandle: () => false,
    cornerOf: () => null,
    volumeOf: () => null,
    cornerNear: (_, p, pixels) => {
      const i = corners.findIndex((c) => Math.hypot(c.x - p.x, c.y - p.y) <= pixels);
      return i < 0 ? null : i;
    },
    drag: (index, lonLat) => shown.push(index === null ? null : [index, lonLat]),
  };
  const state = createState();
  const handles = [];
  const editing = new PlanEditing({ Cesium, scene, state, planLayer, render: () => {}, onHeightHandle: (h) => handles.push(h) });
  const fire = (type, event) => input.handler.actions[type](event);
  const frame = () => postRender.forEach((fn) => fn());
  return { editing, state, scene, planLayer, shown, handles, input, postRender, fire, frame };
}

const square = (corners) => closeShape(corners.map(toGround).reduce(addCorner, emptyDraft()));

test('clicks add corners where the ground is, and a double click closes the shape', () => {
  const { editing, state, fire } = fakeMap();
  state.update({ plan: emptyDraft() });
  for (const p of [at(0, 0), at(100, 0), at(100, 100)]) editing.clickAt(p, state.get().plan);
  assert.equal(state.get().plan.corners.length, 3);
  assert.deepEqual(state.get().plan.corners[1], [6.131, 52.01]);
  assert.equal(state.get().plan.closed, false);
  fire('double', {});
  assert.equal(state.get().plan.closed, true);
});

test('dragging a corner holds the camera, shows the corner live and changes the plan once, on release', () => {
  const corners = [at(0, 0), at(100, 0), at(100, 100)];
  const { state, scene, shown, fire } = fakeMap({ corners });
  state.update({ plan: square(corners) });
  const before = state.get().plan;
  fire('down', { position: at(95, 4) }); // near corner 1, not on its dot
  assert.equal(scene.screenSpaceCameraController.enableInputs, false);
  fire('move', { endPosition: at(120, 0) });
  fire('move', { endPosition: at(140, 0) });
  assert.equal(state.get().plan, before, 'the plan waits for the release');
  assert.deepEqual(shown, [[1, toGround(at(120, 0))], [1, toGround(at(140, 0))]]);
  fire('up', { position: at(150, 0) });
  assert.equal(scene.screenSpaceCameraController.enableInputs, true);
  assert.deepEqual(shown.at(-1), null, 'the live corner is gone');
  assert.deepEqual(state.get().plan.corners[1], [6.1315, 52.01]);
  assert.equal(state.get().plan.history.length, before.history.length + 1, 'one undo step for the whole drag');
});

test('a press away from the plan leaves the camera free, and without a plan nothing is dragged', () => {
  const corners = [at(0, 0), at(100, 0), at(100, 100)];
  const { state, scene, shown, fire } = fakeMap({ corners });
  fire('down', { position: at(0, 0) });
  assert.equal(scene.screenSpaceCameraController.enableInputs, true);
  state.update({ plan: square(corners) });
  const before = state.get().plan;
  fire('down', { position: at(300, 300) });
  fire('move', { endPosition: at(310, 300) });
  fire('up', { position: at(320, 300) });
  assert.equal(scene.screenSpaceCameraController.enableInputs, true);
  assert.equal(state.get().plan, before);
  assert.deepEqual(shown, []);
});

test('tells where the height handle is on screen only when that changes, until destroyed', () => {
  const { editing, planLayer, handles, input, postRender, frame } = fakeMap();
  frame();
  planLayer.handle = { x: 10.4, y: 20.6 };
  frame();
  frame();
  planLayer.handle = null;
  frame();
  assert.deepEqual(handles, ['', '10,21', ''], 'no handle at first, then where it is, then gone');
  editing.destroy();
  assert.equal(postRender.size, 0);
  assert.equal(input.handler.destroyed, true);
});
