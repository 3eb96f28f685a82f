import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footprintCorners, moveModel, offset, placeModel, scaleModel, toDesignModel, turnModel }
  from '../src/main/resources/META-INF/resources/app/core/model-placement.js';
import { addModel, changeActiveModel, moveSelected, removeModel, rotateSelected, selectModel, selectVolume, toDesign, undo,
  emptyDraft, exampleAround } from '../src/main/resources/META-INF/resources/app/core/plan-draft.js';
import { looksLikeGlb, modelUploadError } from '../src/main/resources/META-INF/resources/app/core/plan-models.js';

const CENTRE = [6.1358, 52.0105];
const UNIT_BOX = { minX: 0, maxX: 1, minY: 0, maxY: 1, minZ: 0, maxZ: 1 };
const placed = () => placeModel({ documentId: 7, filename: 'huis.glb', url: '/api/v1/plans/1/documents/7' }, CENTRE);

/** Metres east and north of the centre. */
function metres([lon, lat]) {
  const [lon1] = offset(CENTRE[0], CENTRE[1], 1, 0);
  const [, lat1] = offset(CENTRE[0], CENTRE[1], 0, 1);
  return [(lon - CENTRE[0]) / (lon1 - CENTRE[0]), (lat - CENTRE[1]) / (lat1 - CENTRE[1])];
}

const near = (actual, expected, what) => actual.forEach((value, i) => assert.ok(Math.abs(value - expected[i]) < 0.001,
  `${what}: ${actual} is not ${expected}`));

test('a new model stands on the ground at the centre, unturned, at its own size', () => {
  assert.deepEqual(toDesignModel(placed()), { documentId: 7, position: { lon: 6.1358, lat: 52.0105 }, baseHeight: 0, heading: 0, scale: 1 });
});

test('the footprint is the box turned clockwise by the heading: +X east and -Z north at heading 0', () => {
  const model = scaleModel(placed(), 2);
  const flat = footprintCorners(model, UNIT_BOX).map(metres);
  near(flat[0], [0, 0], 'origin');
  near(flat[1], [2, 0], '+X is east');
  near(flat[3], [0, -2], '+Z is south');
  const turned = footprintCorners(turnModel(model, -90), UNIT_BOX).map(metres);
  assert.equal(turnModel(model, -90).heading, 90, 'turning right is clockwise');
  near(turned[1], [0, -2], 'at heading 90 east turns to south');
  near(turned[3], [-2, 0], 'and south turns to west');
});

test('moving, turning and scaling give new placements; bad values change nothing', () => {
  const model = placed();
  near(metres([moveModel(model, 3, -2).lon, moveModel(model, 3, -2).lat]), [3, -2], 'moved');
  assert.equal(turnModel(model, 15).heading, 345, 'to the left from north');
  assert.equal(turnModel(turnModel(model, -350), -20).heading, 10, 'headings wrap at 360');
  assert.equal(scaleModel(model, 0), model);
  assert.equal(scaleModel(model, 101), model);
  assert.equal(scaleModel(model, 'groot'), model);
  assert.equal(scaleModel(model, 2.5).scale, 2.5);
  assert.equal(moveModel(model, NaN, 1), model);
});

test('in the drawing the move and turn buttons work on the chosen model, else on the volume; all of it can be undone', () => {
  const draft = exampleAround(emptyDraft(), CENTRE);
  const withModel = addModel(draft, placed());
  assert.equal(withModel.activeModel, 0);
  const moved = moveSelected(withModel, 1, 0);
  assert.deepEqual(moved.corners, withModel.corners, 'the volume stays');
  assert.notEqual(moved.models[0].lon, withModel.models[0].lon);
  assert.equal(rotateSelected(moved, -15).models[0].heading, 15);
  assert.equal(changeActiveModel(moved, scaleModel, 3).models[0].scale, 3);
  assert.deepEqual(undo(moved).models, withModel.models);

  const volumeAgain = selectVolume(moved, 0);
  assert.equal(volumeAgain.activeModel, null);
  assert.notDeepEqual(moveSelected(volumeAgain, 1, 0).corners, volumeAgain.corners, 'now the volume moves');
  assert.equal(selectModel(volumeAgain, 0).activeModel, 0);
  assert.deepEqual(removeModel(moved, 0).models, []);
});

test('the design sends the placed models with the volumes; without models it stays as it was', () => {
  const draft = exampleAround(emptyDraft(), CENTRE);
  assert.equal(toDesign(draft).models, undefined);
  const design = toDesign(addModel(draft, turnModel(placed(), -30)));
  assert.equal(design.volumes.length, 1);
  assert.deepEqual(design.models, [{ documentId: 7, position: { lon: 6.1358, lat: 52.0105 }, baseHeight: 0, heading: 30, scale: 1 }]);
  assert.deepEqual(toDesign(addModel(emptyDraft(), placed())).volumes, [], 'a model alone is a design too');
});

test('only a glTF 2 binary is uploaded as a model, and a refusal is explained', () => {
  assert.equal(looksLikeGlb(new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0])), true);
  assert.equal(looksLikeGlb(new Uint8Array([0x67, 0x6c, 0x54, 0x46, 1, 0, 0, 0])), false, 'glTF 1');
  assert.equal(looksLikeGlb(new TextEncoder().encode('%PDF-1.7')), false);
  assert.equal(modelUploadError({ status: 415 }), 'notModel');
  assert.equal(modelUploadError({ status: 413 }), 'tooLarge');
  assert.equal(modelUploadError({ kind: 'unreachable' }), 'failed');
});

test('a design with a model is not sent to the anonymous check: it waits for the save, whose check then counts', async () => {
  const { createState } = await import('../src/main/resources/META-INF/resources/app/core/state.js');
  const { connectPlanCheck } = await import('../src/main/resources/META-INF/resources/app/core/plan-check.js');
  const { connectDossier } = await import('../src/main/resources/META-INF/resources/app/core/dossier.js');
  const state = createState();
  const checked = [];
  const savedCheck = { compliant: true, verdicts: [], models: [{ model: 0, volume: 1, explanation: 'afgeleid' }] };
  const api = {
    check: async (design) => { checked.push(design); return { verdicts: [] }; },
    saveDesign: async (id, base, design) => ({ planId: id, version: base + 1, check: { ...savedCheck, sent: design } }),
    plan: async (id) => ({ id, owner: 'initiator@demo.stip.nl', currentVersion: 2 }),
  };
  connectPlanCheck(state, api, { wait: 0 });
  const dossier = connectDossier(state, api);
  state.update({ dossier: { status: 'saved', plan: { id: 4, currentVersion: 1 } } });
  state.update({ plan: addModel(exampleAround(emptyDraft(), CENTRE), placed()) });
  assert.equal(state.get().planCheck.status, 'unsaved');
  await dossier.save('x');
  assert.equal(state.get().planCheck.status, 'ok');
  assert.equal(state.get().planCheck.result.sent.models[0].documentId, 7);
  assert.deepEqual(checked, [], 'the anonymous check never saw the model');
});
